/**
 * Each team against its objectives for a round (met when the round's figure beats business as
 * usual in the objective's direction), and each team's prediction against the outcome.
 */
import type { RunResult } from '../../../models/index';
import { formatRoundValue, outputLabel, roundUnit } from './session/figures';
import { predictionResults, scorecard } from './session/scoring';
import type { Session } from './session/session';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useRoleText } from './role-text';

interface Props {
  readonly session: Session;
  readonly round: number;
  readonly run: RunResult;
  readonly plain: RunResult;
}

export function Scorecards({ session, round, run, plain }: Props) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  return (
    <div className="scorecards" data-testid="scorecards">
      {session.teams.map((team) => {
        const card = scorecard(team, session, round, run, plain);
        const met = card.filter((c) => c.met).length;
        return (
          <section key={team.id} className="scorecard" aria-labelledby={`score-${team.id}`} data-testid={`scorecard-${team.id}`} data-met={met}>
            <h4 id={`score-${team.id}`}>
              {roles.teamName(team)} <span className="score-count">{t('scores.met', { met, total: card.length })}</span>
            </h4>
            <ul>
              {card.map((c) => (
                <li key={c.output + c.direction} className={c.met ? 'objective met' : 'objective missed'}>
                  <span className="objective-mark" aria-hidden="true">
                    {c.met ? '✓' : '✗'}
                  </span>
                  <span>
                    <span className="visually-hidden">{c.met ? t('scores.metLabel') : t('scores.notMetLabel')} </span>
                    {roles.objective(c)}: <strong>{formatRoundValue(c.output, c.value)}</strong>
                    <span className="figure-unit">{t('scores.bau', { value: formatRoundValue(c.output, c.businessAsUsual) })}</span>
                  </span>
                </li>
              ))}
              {card.length === 0 && <li className="small">{t('scores.none')}</li>}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

export function PredictionTable({ session, round, run }: Omit<Props, 'plain'>) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const results = predictionResults(session, round, run);
  if (results.length === 0) return <p className="small">{t('scores.noPredictions')}</p>;
  const name = (id: string) => {
    const team = session.teams.find((x) => x.id === id);
    return team ? roles.teamName(team) : id;
  };
  return (
    <div className="table-scroll" role="region" aria-label={t('scores.predictions')} tabIndex={0}>
      <table className="data-table" data-testid="predictions">
        <caption>{t('scores.predictions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('export.team')}</th>
            <th scope="col">{t('export.figure')}</th>
            <th scope="col" className="num">
              {t('export.predicted')}
            </th>
            <th scope="col" className="num">
              {t('export.outcome')}
            </th>
            <th scope="col" className="num">
              {t('export.offBy')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...results]
            .sort((a, b) => Math.abs(a.error) - Math.abs(b.error))
            .map((p) => (
              <tr key={p.teamId} data-testid={`prediction-${p.teamId}`} data-outcome={p.outcome}>
                <th scope="row">{name(p.teamId)}</th>
                <td>
                  {outputLabel(p.output)} <span className="small">({roundUnit(p.output)})</span>
                </td>
                <td className="num">{formatRoundValue(p.output, p.predicted)}</td>
                <td className="num">{formatRoundValue(p.output, p.outcome)}</td>
                <td className="num">{Number.isFinite(p.error) ? `${p.error > 0 ? '+' : p.error < 0 ? '−' : ''}${formatNumber(Math.abs(p.error), { style: 'percent', maximumFractionDigits: 0 })}` : '–'}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
