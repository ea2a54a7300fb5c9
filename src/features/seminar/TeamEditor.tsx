/**
 * One team in the set-up. A default role can be renamed or dropped; its briefing, levers, budget
 * and objectives are shown as they will be played. A role of the facilitator's own also gets its
 * briefing, budget, levers (from the model's lever list) and objectives (from a list of
 * measurable ones) chosen here.
 */
import { LEVERS, LEVER_BY_KEY } from '../../../models/index';
import { OBJECTIVE_CHOICES, outputLabel } from './session/figures';
import type { Team } from './session/session';
import { removeTeam, updateTeam } from './session/setup';
import { Field, toNumber } from './Fields';
import { useSeminar } from './use-seminar-session';

const sameObjective = (a: { output: string; direction: string }, b: { output: string; direction: string }) => a.output === b.output && a.direction === b.direction;

export function TeamEditor({ team }: { readonly team: Team }) {
  const { apply, session } = useSeminar();
  const custom = team.roleId === 'custom';
  const update = (patch: Parameters<typeof updateTeam>[2]) => apply((s) => updateTeam(s, team.id, patch));
  const toggleLever = (lever: string, on: boolean) => update({ levers: on ? LEVERS.map((l) => l.key).filter((k) => k === lever || team.levers.includes(k)) : team.levers.filter((l) => l !== lever) });
  const toggleObjective = (o: (typeof OBJECTIVE_CHOICES)[number], on: boolean) =>
    update({ objectives: on ? [...team.objectives, { ...o }] : team.objectives.filter((x) => !sameObjective(x, o)) });

  return (
    <section className="team-editor" aria-label={`Team: ${team.name}`} data-testid={`team-editor-${team.id}`}>
      <div className="team-editor-head">
        <Field label="Team name" value={team.name} onCommit={(text) => update({ name: text.trim() === '' ? '' : text })} testId={`team-name-${team.id}`} />
        <button type="button" className="small-button" disabled={session.teams.length <= 1} onClick={() => apply((s) => removeTeam(s, team.id))}>
          Remove<span className="visually-hidden"> {team.name}</span>
        </button>
      </div>
      {custom ? (
        <>
          <Field label="Briefing" multiline value={team.briefing} onCommit={(text) => update({ briefing: text })} hint="Who the team plays, what pressures it faces." />
          <Field
            label="Budget per round"
            type="number"
            min={0}
            max={team.levers.length || 1}
            step={0.05}
            value={String(team.budgetPerRound)}
            onCommit={(text) => update({ budgetPerRound: toNumber(text) })}
            hint="The largest total change of its levers in one round (0.4 = one lever by 0.4, or two by 0.2)."
          />
          <fieldset className="choice-list">
            <legend>Levers it controls</legend>
            {LEVERS.map((l) => (
              <label key={l.key}>
                <input type="checkbox" checked={team.levers.includes(l.key)} onChange={(e) => toggleLever(l.key, e.target.checked)} /> {l.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-list">
            <legend>Objectives (scored against business as usual)</legend>
            {OBJECTIVE_CHOICES.map((o) => (
              <label key={`${o.output}-${o.direction}`}>
                <input type="checkbox" checked={team.objectives.some((x) => sameObjective(x, o))} onChange={(e) => toggleObjective(o, e.target.checked)} /> {o.label}
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <>
          <p className="team-briefing">{team.briefing}</p>
          <p className="small">
            <strong>Levers:</strong> {team.levers.map((l) => LEVER_BY_KEY.get(l)?.label ?? l).join(', ')} · <strong>Budget:</strong> {team.budgetPerRound.toFixed(2)} a round
          </p>
          <p className="small">
            <strong>Objectives:</strong> {team.objectives.map((o) => o.label || outputLabel(o.output)).join('; ')}
          </p>
        </>
      )}
    </section>
  );
}
