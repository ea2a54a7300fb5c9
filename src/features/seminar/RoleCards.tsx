/**
 * Printable role cards, one per team: its name, briefing, the levers it controls with their
 * values now (as they stand for the round being played), its budget, its objectives and what
 * counts as security for it (the weights the debrief scores it on). On
 * paper, two cards share an A4 page and no card is split.
 */
import { LEVER_BY_KEY } from '../../../models/index';
import { currentRound } from './session/actions';
import { leversBeforeDecisions } from './session/engine';
import { findScenario } from '../../shared/built-in-scenarios';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useModelText } from '../../shared/i18n/model-text';
import { useScenarioTitles } from '../../shared/i18n/scenario-content';
import { useRoleText } from './role-text';
import { DEFAULT_ROLES } from './session/roles';
import type { Team } from './session/session';
import { weightingName } from './session/team-weights';

const two = (v: number) => formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function RoleCards() {
  const { t } = useTranslation('seminar');
  const { t: tc } = useTranslation('common');
  const mt = useModelText();
  const roles = useRoleText();
  const titleOf = useScenarioTitles();
  const { session } = useSeminar();
  const r = Math.min(currentRound(session), session.roundsTotal - 1);
  const values = leversBeforeDecisions(session, r);
  const scenario = findScenario(session.scenarioId);
  /** How the debrief will score the team: its role's weights (with the reason), a preset, or its own. */
  const weightingText = (team: Team): string => {
    const w = weightingName(team);
    const role = w.kind === 'role' ? DEFAULT_ROLES.find((x) => x.id === w.role) : undefined;
    if (role) return roles.weightsReason(role);
    return w.kind === 'preset' ? tc(`weights.presets.${w.preset}`) : t('ownScores.custom');
  };
  return (
    <section className="role-cards-page" aria-labelledby="cards-title">
      <div className="print-head">
        <h2 id="cards-title">{t('cards.title')}</h2>
        <p className="small">{t('cards.meta', { title: roles.sessionTitle(session.title), scenario: scenario ? titleOf(scenario) : session.scenarioId, n: r + 1 })}</p>
        <button type="button" className="primary-button no-print" onClick={() => window.print()}>
          {t('cards.print')}
        </button>
      </div>
      <div className="role-cards">
        {session.teams.map((team) => (
          <article key={team.id} className="role-card" aria-labelledby={`card-${team.id}`} data-testid={`role-card-${team.id}`}>
            <h3 id={`card-${team.id}`}>{roles.teamName(team)}</h3>
            <p className="role-briefing">{roles.briefing(team) || t('cards.noBriefing')}</p>
            <h4>{t('cards.levers')}</h4>
            <table className="role-levers">
              <tbody>
                {team.levers.map((l) => (
                  <tr key={l}>
                    <th scope="row">{LEVER_BY_KEY.has(l) ? mt.leverLabel(l) : l}</th>
                    <td className="num">{two(values[l] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="role-budget">
              <strong>{t('cards.budget', { budget: two(team.budgetPerRound) })}</strong> — {t('cards.budgetNote')}
            </p>
            <h4>{t('cards.objectives')}</h4>
            <ul>
              {team.objectives.map((o) => (
                <li key={`${o.output}-${o.direction}`}>{roles.objective(o)}</li>
              ))}
            </ul>
            <p className="small role-weighting" data-testid={`role-card-weights-${team.id}`}>
              <strong>{t('ownScores.teamWeights')}:</strong> {weightingText(team)}
            </p>
            <p className="small">{t('cards.predict')}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
