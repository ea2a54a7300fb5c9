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
import { useTranslation } from 'react-i18next';
import { formatSigned } from '../../shared/format';
import { Rich } from '../../shared/i18n/Rich';
import { useModelText } from '../../shared/i18n/model-text';
import { useMixText } from './use-mix-text';

const KEY_ROWS: readonly OutputKey[] = [...KEY_FIGURES, 'humanSecurityIndex', 'stateSecurityIndex'];
const SIGNED = { style: 'percent', maximumFractionDigits: 1 } as const;

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
  const { t } = useTranslation('compare');
  const mt = useModelText();
  const mixText = useMixText();
  const toggleId = useId();
  const [all, setAll] = useState(false);
  const rows = all ? OUTPUT_KEYS : KEY_ROWS;
  const refMix = comparison.mixes[reference]?.mix;
  const refTitle = refMix ? mixText.title(refMix) : '';
  return (
    <section className="summary-section" aria-labelledby="summary-title">
      <div className="chart-head">
        <h3 id="summary-title">{t('summary.title', { count: comparison.seeds.length })}</h3>
        <label className="chart-picker" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
          {t('summary.everyOutput')}
        </label>
      </div>
      <p className="chart-description">
        <Rich text={t('summary.description', { reference: refTitle })} parts={{ bold: <strong>{t('summary.bold')}</strong> }} />
      </p>
      <div className="table-scroll summary-scroll" role="region" aria-label={t('summary.regionLabel')} tabIndex={0}>
        <table className="data-table summary-table" data-testid="summary-table">
          <caption className="visually-hidden">{t('summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.output')}</th>
              {comparison.mixes.map((m, i) => (
                <th key={m.mix.mix.id} scope="col" className="num">
                  <span className="summary-mix">
                    <MixKey style={m.mix.style} number={m.mix.number} />
                    <span>
                      {mixText.numbered(m.mix)}
                      {i === reference && <span className="mix-badge"> {t('panel.reference')}</span>}
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
                  <th scope="row" title={mt.outputDoc(key)}>
                    {mt.outputLabel(key)}
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
                            {Number.isFinite(d.relative.median) && d.relative.median !== 0 && ` (${formatSigned(d.relative.median, SIGNED)})`}
                            <span className="cell-range">
                              {t('summary.range', { from: signedValue(key, d.diff.p5), to: signedValue(key, d.diff.p95) })}
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
          {t('summary.saveCsv')}{' '}
          <button type="button" className="link-button" onClick={() => downloadText(summaryCsv(comparison, paired, reference), 'crossings-compare-summary.csv', 'text/csv')}>
            {t('summary.csvTable')}
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => downloadText(runsCsv(comparison), 'crossings-compare-runs.csv', 'text/csv')}>
            {t('summary.csvRuns')}
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => downloadText(allBandsCsv(comparison, (key) => monthlyBands(comparison, key)), 'crossings-compare-monthly.csv', 'text/csv')}>
            {t('summary.csvMonthly')}
          </button>
        </span>
      </p>
    </section>
  );
}
