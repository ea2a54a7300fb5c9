/**
 * One team in the set-up. A default role can be renamed or dropped; its briefing, levers, budget
 * and objectives are shown as they will be played. A role of the facilitator's own also gets its
 * briefing, budget, levers (from the model's lever list) and objectives (from a list of
 * measurable ones) chosen here. Every team says what counts as security for it (TeamWeighting).
 */
import { LEVERS } from '../../../models/index';
import { OBJECTIVE_CHOICES } from './session/roles';
import type { Team } from './session/session';
import { removeTeam, updateTeam } from './session/setup';
import { Field, toNumber } from './Fields';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useModelText } from '../../shared/i18n/model-text';
import { useRoleText } from './role-text';
import { TeamWeighting } from './TeamWeighting';

const sameObjective = (a: { output: string; direction: string }, b: { output: string; direction: string }) => a.output === b.output && a.direction === b.direction;

export function TeamEditor({ team }: { readonly team: Team }) {
  const { t } = useTranslation('seminar');
  const mt = useModelText();
  const roles = useRoleText();
  const { apply, session } = useSeminar();
  const custom = team.roleId === 'custom';
  const update = (patch: Parameters<typeof updateTeam>[2]) => apply((s) => updateTeam(s, team.id, patch));
  const toggleLever = (lever: string, on: boolean) => update({ levers: on ? LEVERS.map((l) => l.key).filter((k) => k === lever || team.levers.includes(k)) : team.levers.filter((l) => l !== lever) });
  const toggleObjective = (o: (typeof OBJECTIVE_CHOICES)[number], on: boolean) =>
    update({ objectives: on ? [...team.objectives, { ...o }] : team.objectives.filter((x) => !sameObjective(x, o)) });

  return (
    <section className="team-editor" aria-label={t('team.label', { name: roles.teamName(team) })} data-testid={`team-editor-${team.id}`}>
      <div className="team-editor-head">
        <Field label={t('team.name')} value={roles.teamName(team)} onCommit={(text) => update({ name: text.trim() === '' ? '' : text })} testId={`team-name-${team.id}`} />
        <button type="button" className="small-button" disabled={session.teams.length <= 1} onClick={() => apply((s) => removeTeam(s, team.id))}>
          {t('team.remove')}
          <span className="visually-hidden"> {roles.teamName(team)}</span>
        </button>
      </div>
      {custom ? (
        <>
          <Field label={t('team.briefing')} multiline value={team.briefing} onCommit={(text) => update({ briefing: text })} hint={t('team.briefingHint')} />
          <Field
            label={t('team.budget')}
            type="number"
            min={0}
            max={team.levers.length || 1}
            step={0.05}
            value={String(team.budgetPerRound)}
            onCommit={(text) => update({ budgetPerRound: toNumber(text) })}
            hint={t('team.budgetHint')}
          />
          <fieldset className="choice-list">
            <legend>{t('team.levers')}</legend>
            {LEVERS.map((l) => (
              <label key={l.key}>
                <input type="checkbox" checked={team.levers.includes(l.key)} onChange={(e) => toggleLever(l.key, e.target.checked)} /> {mt.leverLabel(l.key)}
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-list">
            <legend>{t('team.objectives')}</legend>
            {OBJECTIVE_CHOICES.map((o) => (
              <label key={`${o.output}-${o.direction}`}>
                <input type="checkbox" checked={team.objectives.some((x) => sameObjective(x, o))} onChange={(e) => toggleObjective(o, e.target.checked)} /> {roles.objective(o)}
              </label>
            ))}
          </fieldset>
        </>
      ) : (
        <>
          <p className="team-briefing">{roles.briefing(team)}</p>
          <p className="small">
            <strong>{t('team.leversShort')}</strong> {team.levers.map((l) => mt.leverLabel(l)).join(', ')} · <strong>{t('team.budgetShort')}</strong>{' '}
            {t('team.aRound', { budget: formatNumber(team.budgetPerRound, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })}
          </p>
          <p className="small">
            <strong>{t('team.objectivesShort')}</strong> {team.objectives.map((o) => (o.label ? roles.objective(o) : mt.outputLabel(o.output))).join('; ')}
          </p>
        </>
      )}
      <TeamWeighting team={team} onChange={(weights) => update({ weights })} />
    </section>
  );
}
