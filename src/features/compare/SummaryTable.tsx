/**
 * The comparison as a table: for each output (rows) and mix (columns), the median over seeds
 * and the range of 90% of the seeds, and, for every mix but the reference, the paired difference
 * from the reference (same seeds under both mixes: the median of the per-seed differences and
 * their 5–95% range). A difference whose range does not include zero went the same way in at
 * least 95% of the seeds; it is marked.
 */
import { useId, useState } from 'react';
import { OUTPUT_KEYS, type OutputKey, type PairedComparison } from '../../../models/index';
import { KEY_FIGURES } from '../../shared/key-figures';
import { downloadText } from '../../shared/export/download';
import { formatOutput } from '../../shared/format';
import { allBandsCsv, runsCsv, summaryCsv } from './csv';
import { monthlyBands, type Comparison } from './ensembles';
import { outputSpec, summaryUnit } from './Fields';
import { MixKey } from './MixKey';

const KEY_ROWS: readonly OutputKey[] = [...KEY_FIGURES, 'humanSecurityIndex', 'stateSecurityIndex'];
const signed = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

function signedValue(key: OutputKey, v: number): string {
  const text = formatOutput(outputSpec(key), Math.abs(v));
  return v > 0 ? `+${text}` : v < 0 ? `−${text}` : text;
}

interface SummaryTableProps {
  readonly comparison: Comparison;
  readonly paired: readonly (PairedComparison | null)[];
  readonly reference: number;
}

export function SummaryTable({ comparison, paired, reference }: SummaryTableProps) {
  const toggleId = useId();
  const [all, setAll] = useState(false);
  const rows = all ? OUTPUT_KEYS : KEY_ROWS;
  const refTitle = comparison.mixes[reference]?.mix.title ?? '';
  return (
    <section className="summary-section" aria-labelledby="summary-title">
      <div className="chart-head">
        <h3 id="summary-title">Summary over {comparison.seeds.length} seeds</h3>
        <label className="chart-picker" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
          Show every output
        </label>
      </div>
      <p className="chart-description">
        Each cell: the median over the seeds (flows are totals over the whole run, as in the explorer’s key figures), then the range holding 90% of them (5th–95th percentile). Below, the difference from the reference, “{refTitle}”: each seed run under both mixes, the difference taken seed by seed, its median and 5–95% range. <strong>Bold</strong> differences went the same way in at least 95% of the seeds.
      </p>
      <div className="table-scroll summary-scroll" role="region" aria-label="Summary of the comparison" tabIndex={0}>
        <table className="data-table summary-table" data-testid="summary-table">
          <caption className="visually-hidden">Median and 5–95% range over seeds per output and mix, with paired differences from the reference</caption>
          <thead>
            <tr>
              <th scope="col">Output</th>
              {comparison.mixes.map((m, i) => (
                <th key={m.mix.mix.id} scope="col" className="num">
                  <span className="summary-mix">
                    <MixKey style={m.mix.style} number={m.mix.number} />
                    <span>
                      {m.mix.number}. {m.mix.title}
                      {i === reference && <span className="mix-badge"> reference</span>}
                    </span>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((key) => {
              const spec = outputSpec(key);
              return (
                <tr key={key}>
                  <th scope="row" title={spec.doc}>
                    {spec.label}
                    <span className="summary-unit"> {summaryUnit(spec)}</span>
                  </th>
                  {comparison.mixes.map((m, i) => {
                    const s = m.spreads[key];
                    const d = paired[i]?.outputs[key];
                    const clear = d && (d.diff.p5 > 0 || d.diff.p95 < 0);
                    return (
                      <td key={m.mix.mix.id} className="num" data-testid={`summary-${key}-${i + 1}`} data-median={s.median} data-p5={s.p5} data-p95={s.p95} data-diff-median={d?.diff.median}>
                        <span className="cell-value">{formatOutput(spec, s.median)}</span>
                        <span className="cell-range">
                          {formatOutput(spec, s.p5)} – {formatOutput(spec, s.p95)}
                        </span>
                        {d && (
                          <span className={clear ? 'cell-diff clear' : 'cell-diff'}>
                            {signedValue(key, d.diff.median)}
                            {Number.isFinite(d.relative.median) && d.relative.median !== 0 && ` (${signed.format(d.relative.median).replace('-', '−')})`}
                            <span className="cell-range">
                              {signedValue(key, d.diff.p5)} to {signedValue(key, d.diff.p95)}
                            </span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="chart-tools">
        <span>
          Save as CSV:{' '}
          <button type="button" className="link-button" onClick={() => downloadText(summaryCsv(comparison, paired, reference), 'crossings-compare-summary.csv', 'text/csv')}>
            this table, every output
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => downloadText(runsCsv(comparison), 'crossings-compare-runs.csv', 'text/csv')}>
            every run (one row per mix and seed)
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => downloadText(allBandsCsv(comparison, (key) => monthlyBands(comparison, key)), 'crossings-compare-monthly.csv', 'text/csv')}>
            every output month by month
          </button>
        </span>
      </p>
    </section>
  );
}
