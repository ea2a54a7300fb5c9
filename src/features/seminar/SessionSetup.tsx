/**
 * The facilitator's set-up: the scenario the session starts from, how many rounds of how many
 * years, the number of agents (fewer run faster; 50,000 is plenty for a class), the seed, and the
 * teams. Every change is saved at once; the set-up is fixed when round 1 starts.
 */
import { useState } from 'react';
import { BUILT_IN_SCENARIOS } from '../../../scenarios/index';
import { startRound } from './session/actions';
import { DEFAULT_ROLES } from './session/roles';
import { addCustomTeam, addDefaultRole, MAX_TEAMS, setupWarnings, updateSetup } from './session/setup';
import { Field, toNumber } from './Fields';
import { TeamEditor } from './TeamEditor';
import { useSeminar } from './use-seminar-session';

const AGENT_CHOICES = [20_000, 50_000, 100_000, 200_000];

export function SessionSetup() {
  const { session, apply } = useSeminar();
  const [toAdd, setToAdd] = useState('custom');
  const [error, setError] = useState<string | null>(null);
  const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === session.scenarioId);
  const warnings = setupWarnings(session);
  const years = session.roundsTotal * session.yearsPerRound;

  return (
    <section className="setup" aria-labelledby="setup-title" data-testid="setup">
      <h2 id="setup-title">Set up the session</h2>
      <p className="setup-intro">
        Teams play States and agencies. Each round they move their own levers within a budget and predict one figure; then the model runs the round’s
        years and the reveal shows what changed. Print the role cards and the facilitator guide from the links above.
      </p>
      <fieldset className="setup-settings">
        <legend>The session</legend>
        <Field label="Title" value={session.title} onCommit={(t) => apply((s) => updateSetup(s, { title: t }))} testId="setup-title" />
        <div className="sem-field">
          <label htmlFor="setup-scenario">Scenario it starts from</label>
          <select id="setup-scenario" value={session.scenarioId} data-testid="setup-scenario" onChange={(e) => setError(apply((s) => updateSetup(s, { scenarioId: e.target.value })))}>
            {BUILT_IN_SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          {scenario && <span className="small">{scenario.summary}</span>}
        </div>
        <div className="setup-numbers">
          <Field label="Rounds" type="number" min={1} max={10} value={String(session.roundsTotal)} onCommit={(t) => apply((s) => updateSetup(s, { roundsTotal: toNumber(t) }))} testId="setup-rounds" />
          <Field label="Years per round" type="number" min={1} max={5} value={String(session.yearsPerRound)} onCommit={(t) => apply((s) => updateSetup(s, { yearsPerRound: toNumber(t) }))} testId="setup-years" />
          <div className="sem-field">
            <label htmlFor="setup-agents">Agents</label>
            <select id="setup-agents" value={session.agents} data-testid="setup-agents" onChange={(e) => setError(apply((s) => updateSetup(s, { agents: Number(e.target.value) })))}>
              {[...new Set([...AGENT_CHOICES, session.agents])].sort((a, b) => a - b).map((n) => (
                <option key={n} value={n}>
                  {n.toLocaleString('en-GB')}
                </option>
              ))}
            </select>
          </div>
          <Field label="Seed" type="number" min={0} value={String(session.seed)} onCommit={(t) => apply((s) => updateSetup(s, { seed: toNumber(t) }))} testId="setup-seed" />
        </div>
        <p className="small">
          {session.roundsTotal} rounds × {session.yearsPerRound} year{session.yearsPerRound === 1 ? '' : 's'} = {years} simulated years. The same set-up and
          decisions always give the same figures.
        </p>
      </fieldset>
      <h3>Teams ({session.teams.length})</h3>
      <div className="team-editors">
        {session.teams.map((t) => (
          <TeamEditor key={t.id} team={t} />
        ))}
      </div>
      <div className="add-team">
        <label htmlFor="add-role">Add a team</label>
        <select id="add-role" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
          <option value="custom">A role of your own (choose its levers and objectives)</option>
          {DEFAULT_ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
              {session.teams.some((t) => t.roleId === r.id) ? ' (another team)' : ''}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="small-button"
          disabled={session.teams.length >= MAX_TEAMS}
          onClick={() => setError(apply((s) => (toAdd === 'custom' ? addCustomTeam(s) : addDefaultRole(s, toAdd))))}
        >
          Add
        </button>
      </div>
      {warnings.length > 0 && (
        <ul className="setup-warnings" aria-label="Before you start">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="sem-error" role="alert">
          {error}
        </p>
      )}
      <div className="setup-start">
        <button type="button" className="primary-button big-button" data-testid="start-session" onClick={() => setError(apply(startRound))}>
          Start round 1
        </button>
        <span className="small">The set-up is fixed from then on (save a session file first if you want to reuse it).</span>
      </div>
    </section>
  );
}
