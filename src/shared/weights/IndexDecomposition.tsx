/**
 * Why the point moved: for each index, how much each term moves it from the reference run (the
 * baseline, or a Compare mix) to the run shown, in index points, as a diverging bar. A term's part
 * of an index is 100 × wₜ·termₜ ÷ Σw (termContributions), so the bars of an index add up to the
 * change in the index itself. Plain HTML bars: they read in both directions and print as they are.
 */
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { INDEX_DECLARATIONS, termContributions, type IndexWeights, type RunSummary } from '../../../models/index';
import { formatSigned } from '../format';
import { useModelText } from '../i18n/model-text';
import './decomposition.css';


const SIGNED = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

interface Row {
  readonly term: string;
  /** Index points this term adds from the reference to the run shown (positive: less harm, a higher index). */
  readonly change: number;
}

/** Each index's rows: the reference's harm from a term minus the run's (a harm that falls raises the index). */
export function decompose(current: RunSummary, reference: RunSummary, weights: IndexWeights): { readonly output: string; readonly rows: readonly Row[]; readonly total: number }[] {
  return INDEX_DECLARATIONS.map((index) => {
    const w = index.output === 'humanSecurityIndex' ? weights.human : weights.state;
    const mine = termContributions(index, current as unknown as Readonly<Record<string, number>>, w);
    const theirs = termContributions(index, reference as unknown as Readonly<Record<string, number>>, w);
    const rows = index.terms.filter((t) => (w as Readonly<Record<string, number>>)[t.name] > 0).map((t) => ({ term: t.name, change: theirs[t.name] - mine[t.name] }));
    return { output: index.output, rows, total: rows.reduce((s, r) => s + r.change, 0) };
  });
}

interface IndexDecompositionProps {
  readonly current: RunSummary;
  readonly reference: RunSummary;
  readonly weights: IndexWeights;
}

export const IndexDecomposition = memo(function IndexDecomposition({ current, reference, weights }: IndexDecompositionProps) {
  const { t } = useTranslation();
  const mt = useModelText();
  const parts = decompose(current, reference, weights);
  const scale = Math.max(1e-9, ...parts.flatMap((p) => p.rows.map((r) => Math.abs(r.change))));
  const signed = (v: number) => formatSigned(Math.abs(v) < 0.05 ? 0 : v, SIGNED);
  return (
    <section className="decomposition" data-testid="decomposition" aria-labelledby="decomposition-title">
      <h3 id="decomposition-title">{t('decomposition.title')}</h3>
      <p className="decomposition-intro">{t('decomposition.intro')}</p>
      {parts.map((p) => (
        <div key={p.output} className="decomposition-index" data-index={p.output}>
          <h4>
            {mt.indexLabel(p.output)}: <span data-testid={`decomposition-total-${p.output}`}>{t('decomposition.total', { value: signed(p.total) })}</span>
          </h4>
          <ul>
            {p.rows.map((r) => (
              <li key={r.term} className="decomposition-row" data-term={r.term} data-change={r.change}>
                <span className="decomposition-term">{t(`weights.terms.${r.term}`)}</span>
                <span className="decomposition-track" aria-hidden="true">
                  <span className={r.change >= 0 ? 'decomposition-bar up' : 'decomposition-bar down'} style={{ '--size': Math.abs(r.change) / scale } as CSSProperties} />
                </span>
                <span className="decomposition-value">{signed(r.change)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
