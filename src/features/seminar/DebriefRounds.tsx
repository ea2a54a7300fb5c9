/** The debrief's round-by-round part: the event, each team's decision and its effect, and the predictions. */
import { describeEffect, type Debrief } from './session/debrief';
import { EFFECT_OUTPUTS, formatRoundValue, outputLabel } from './session/figures';

const pct = (e: number) => (Number.isFinite(e) ? `${e > 0 ? '+' : e < 0 ? '−' : ''}${Math.abs(e * 100).toFixed(0)}%` : '–');

export function DebriefRounds({ debrief }: { readonly debrief: Debrief }) {
  return (
    <section className="print-section debrief-rounds" aria-labelledby="rounds-title">
      <h3 id="rounds-title">Round by round</h3>
      <p className="small">
        The effect of a decision is the session with it minus the session without it (same seed): for flows, the people over the rest of the session;
        for the indices, the average change in points.
      </p>
      {debrief.rounds.map((r) => (
        <section key={r.round} className="debrief-round" aria-labelledby={`debrief-round-${r.round}`} data-testid={`debrief-round-${r.round + 1}`}>
          <h4 id={`debrief-round-${r.round}`}>Round {r.round + 1}</h4>
          {r.event && (
            <p>
              <strong>Event: {r.event.name}.</strong> {r.event.description}
            </p>
          )}
          <div className="table-scroll" role="region" aria-label={`Decisions in round ${r.round + 1}`} tabIndex={0}>
            <table className="data-table">
              <caption>Decisions and their effects</caption>
              <thead>
                <tr>
                  <th scope="col">Team</th>
                  <th scope="col">Decision</th>
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
                    <td colSpan={2 + EFFECT_OUTPUTS.length}>No team decided this round.</td>
                  </tr>
                )}
                {r.decisions.map((d) => (
                  <tr key={d.teamId} data-testid={`effect-${r.round + 1}-${d.teamId}`}>
                    <th scope="row">{d.teamName}</th>
                    <td className="wrap">{d.changes.length ? d.changes.map((c) => `${c.label} ${c.from.toFixed(2)} → ${c.to.toFixed(2)}`).join('; ') : 'no change'}</td>
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
              Predictions:{' '}
              {r.predictions
                .map((p) => `${p.teamName} said ${formatRoundValue(p.output, p.predicted)} for ${outputLabel(p.output).toLowerCase()}, it was ${formatRoundValue(p.output, p.outcome)} (${pct(p.error)})`)
                .join('; ')}
              .
            </p>
          )}
          <p className="small">
            Objectives met: {r.objectives.map((o) => `${o.teamName} ${o.met} of ${o.total}`).join(' · ')}
          </p>
        </section>
      ))}
    </section>
  );
}
