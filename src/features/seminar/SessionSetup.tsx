/**
 * The facilitator's set-up: the scenario the session starts from, how many rounds of how many
 * years, the number of agents (fewer run faster; 50,000 is plenty for a class), the seed, and the
 * teams. Every change is saved at once; the set-up is fixed when round 1 starts.
 */
import { useState } from 'react';
import { BUILT_IN_SCENARIOS } from '../../shared/built-in-scenarios';
import { startRound } from './session/actions';
import { DEFAULT_ROLES } from './session/roles';
import { addCustomTeam, addDefaultRole, MAX_TEAMS, setupWarnings, updateSetup } from './session/setup';
import { Field, toNumber } from './Fields';
import { TeamEditor } from './TeamEditor';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../scenarios/index';
import { formatCount } from '../../shared/format';
import { ContentText } from '../../shared/i18n/ContentText';
import { useScenarioContent, useScenarioTitles } from '../../shared/i18n/scenario-content';
import { useRoleText } from './role-text';

const AGENT_CHOICES = [20_000, 50_000, 100_000, 200_000];

/** The scenario's summary, in the interface language when translated. */
function ScenarioSummary({ scenario }: { readonly scenario: Scenario }) {
  const text = useScenarioContent(scenario);
  return text.summary ? (
    <span className="small">
      <ContentText shown={text.summary} />
    </span>
  ) : null;
}

export function SessionSetup() {
  const { t } = useTranslation('seminar');
  const titleOf = useScenarioTitles();
  const roles = useRoleText();
  const { session, apply } = useSeminar();
  const [toAdd, setToAdd] = useState('custom');
  const [error, setError] = useState<string | null>(null);
  const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === session.scenarioId);
  const warnings = setupWarnings(session);
  const years = session.roundsTotal * session.yearsPerRound;

  return (
    <section className="setup" aria-labelledby="setup-title" data-testid="setup">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <p className="setup-intro">{t('setup.intro')}</p>
      <fieldset className="setup-settings">
        <legend>{t('setup.session')}</legend>
        <Field label={t('setup.sessionTitle')} value={roles.sessionTitle(session.title)} onCommit={(t) => apply((s) => updateSetup(s, { title: t }))} testId="setup-title" />
        <div className="sem-field">
          <label htmlFor="setup-scenario">{t('setup.scenario')}</label>
          <select id="setup-scenario" value={session.scenarioId} data-testid="setup-scenario" onChange={(e) => setError(apply((s) => updateSetup(s, { scenarioId: e.target.value })))}>
            {BUILT_IN_SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {titleOf(s)}
              </option>
            ))}
          </select>
          {scenario && <ScenarioSummary scenario={scenario} />}
        </div>
        <div className="setup-numbers">
          <Field label={t('setup.rounds')} type="number" min={1} max={10} value={String(session.roundsTotal)} onCommit={(t) => apply((s) => updateSetup(s, { roundsTotal: toNumber(t) }))} testId="setup-rounds" />
          <Field label={t('setup.years')} type="number" min={1} max={5} value={String(session.yearsPerRound)} onCommit={(t) => apply((s) => updateSetup(s, { yearsPerRound: toNumber(t) }))} testId="setup-years" />
          <div className="sem-field">
            <label htmlFor="setup-agents">{t('setup.agents')}</label>
            <select id="setup-agents" value={session.agents} data-testid="setup-agents" onChange={(e) => setError(apply((s) => updateSetup(s, { agents: Number(e.target.value) })))}>
              {[...new Set([...AGENT_CHOICES, session.agents])].sort((a, b) => a - b).map((n) => (
                <option key={n} value={n}>
                  {formatCount(n)}
                </option>
              ))}
            </select>
          </div>
          <Field label={t('setup.seed')} type="number" min={0} value={String(session.seed)} onCommit={(t) => apply((s) => updateSetup(s, { seed: toNumber(t) }))} testId="setup-seed" />
        </div>
        <p className="small">
          {t('setup.length', { rounds: session.roundsTotal, count: session.yearsPerRound, years })}
        </p>
      </fieldset>
      <h3>{t('setup.teams', { n: session.teams.length })}</h3>
      <div className="team-editors">
        {session.teams.map((team) => (
          <TeamEditor key={team.id} team={team} />
        ))}
      </div>
      <div className="add-team">
        <label htmlFor="add-role">{t('setup.addTeam')}</label>
        <select id="add-role" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
          <option value="custom">{t('setup.customRole')}</option>
          {DEFAULT_ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {roles.roleName(r)}
              {session.teams.some((team) => team.roleId === r.id) ? ` ${t('setup.anotherTeam')}` : ''}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="small-button"
          disabled={session.teams.length >= MAX_TEAMS}
          onClick={() => setError(apply((s) => (toAdd === 'custom' ? addCustomTeam(s) : addDefaultRole(s, toAdd))))}
        >
          {t('setup.add')}
        </button>
      </div>
      {warnings.length > 0 && (
        <ul className="setup-warnings" aria-label={t('setup.beforeStart')}>
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
          {t('setup.start')}
        </button>
        <span className="small">{t('setup.fixed')}</span>
      </div>
    </section>
  );
}
