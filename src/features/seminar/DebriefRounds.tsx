/** The debrief's round-by-round part: the event, each team's decision and its effect, and the predictions. */
import { describeEffect, type Debrief } from './session/debrief';
import { EFFECT_OUTPUTS, formatRoundValue, outputLabel } from './session/figures';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';

const pct = (e: number) => (Number.isFinite(e) ? `${e > 0 ? '+' : e < 0 ? '−' : ''}${formatNumber(Math.abs(e), { style: 'percent', maximumFractionDigits: 0 })}` : '–');
const two = (v: number) => formatNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function DebriefRounds({ debrief }: { readonly debrief: Debrief }) {
  const { t } = useTranslation('seminar');
  return (
    <section className="print-section debrief-rounds" aria-labelledby="rounds-title">
      <h3 id="rounds-title">{t('debrief.rounds')}</h3>
      <p className="small">{t('debrief.effectNote')}</p>
      {debrief.rounds.map((r) => (
        <section key={r.round} className="debrief-round" aria-labelledby={`debrief-round-${r.round}`} data-testid={`debrief-round-${r.round + 1}`}>
          <h4 id={`debrief-round-${r.round}`}>{t('view.round', { n: r.round + 1 })}</h4>
          {r.event && (
            <p>
              <strong>{t('debrief.event', { name: r.event.name })}</strong> {r.event.description}
            </p>
          )}
          <div className="table-scroll" role="region" aria-label={t('debrief.decisionsIn', { n: r.round + 1 })} tabIndex={0}>
            <table className="data-table">
              <caption>{t('debrief.decisionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('export.team')}</th>
                  <th scope="col">{t('export.decision')}</th>
                  {EFFECT_OUTPUTS.map((o) => (
                    <th key={o} scope="col" className="num">
                      {outputLabel(o)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.decisions.length === 0 && (
                  <tr>
                    <td colSpan={2 + EFFECT_OUTPUTS.length}>{t('debrief.noDecisions')}</td>
                  </tr>
                )}
                {r.decisions.map((d) => (
                  <tr key={d.teamId} data-testid={`effect-${r.round + 1}-${d.teamId}`}>
                    <th scope="row">{d.teamName}</th>
                    <td className="wrap">{d.changes.length ? d.changes.map((c) => `${c.label} ${two(c.from)} → ${two(c.to)}`).join('; ') : t('export.noChange')}</td>
                    {EFFECT_OUTPUTS.map((o) => (
                      <td key={o} className="num" data-value={d.effects?.[o]}>
                        {d.effects ? describeEffect(o, d.effects[o]) : d.changes.length ? '…' : '–'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {r.predictions.length > 0 && (
            <p className="small">
              {t('debrief.predictions', {
                list: r.predictions
                  .map((p) =>
                    t('debrief.prediction', {
                      team: p.teamName,
                      predicted: formatRoundValue(p.output, p.predicted),
                      output: outputLabel(p.output).toLocaleLowerCase(),
                      outcome: formatRoundValue(p.output, p.outcome),
                      error: pct(p.error),
                    }),
                  )
                  .join('; '),
              })}
            </p>
          )}
          <p className="small">
            {t('debrief.objectivesMet', { list: r.objectives.map((o) => t('observations.score', { name: o.teamName, met: o.met, total: o.total })).join(' · ') })}
          </p>
        </section>
      ))}
    </section>
  );
}
