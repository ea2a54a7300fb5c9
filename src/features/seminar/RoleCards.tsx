/**
 * Printable role cards, one per team: its name, briefing, the levers it controls with their
 * values now (as they stand for the round being played), its budget and its objectives. On
 * paper, two cards share an A4 page and no card is split.
 */
import { LEVER_BY_KEY } from '../../../models/index';
import { currentRound } from './session/actions';
import { leversBeforeDecisions } from './session/engine';
import { findScenario } from '../../../scenarios/index';
import { useSeminar } from './use-seminar-session';

export function RoleCards() {
  const { session } = useSeminar();
  const r = Math.min(currentRound(session), session.roundsTotal - 1);
  const values = leversBeforeDecisions(session, r);
  const scenario = findScenario(session.scenarioId);
  return (
    <section className="role-cards-page" aria-labelledby="cards-title">
      <div className="print-head">
        <h2 id="cards-title">Role cards</h2>
        <p className="small">
          {session.title} · {scenario?.title ?? session.scenarioId} · lever values as they stand for round {r + 1}. Cut along the lines.
        </p>
        <button type="button" className="primary-button no-print" onClick={() => window.print()}>
          Print the role cards
        </button>
      </div>
      <div className="role-cards">
        {session.teams.map((t) => (
          <article key={t.id} className="role-card" aria-labelledby={`card-${t.id}`} data-testid={`role-card-${t.id}`}>
            <h3 id={`card-${t.id}`}>{t.name}</h3>
            <p className="role-briefing">{t.briefing || 'No briefing written for this role.'}</p>
            <h4>Your levers</h4>
            <table className="role-levers">
              <tbody>
                {t.levers.map((l) => (
                  <tr key={l}>
                    <th scope="row">{LEVER_BY_KEY.get(l)?.label ?? l}</th>
                    <td className="num">{(values[l] ?? 0).toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="role-budget">
              <strong>Budget: {t.budgetPerRound.toFixed(2)} a round</strong> — the total you may move your levers in one round (all levers run from 0 to 1).
            </p>
            <h4>Your objectives</h4>
            <ul>
              {t.objectives.map((o) => (
                <li key={`${o.output}-${o.direction}`}>{o.label}</li>
              ))}
            </ul>
            <p className="small">Each round you also predict one figure. Objectives are scored against business as usual: the same years and events with no team decisions.</p>
          </article>
        ))}
      </div>
    </section>
  );
}
