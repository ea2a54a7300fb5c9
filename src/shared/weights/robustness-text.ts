/**
 * The robustness line in words: "Your settings score higher than the baseline on human security
 * in 97% of 1,000 random weightings of its terms; at these weights they would lose if deaths
 * weighed less than 5% of the index." Built from the robustness figure (models/analysis/
 * robustness.ts) for the weights in use; numbers go through the page's number format.
 */
import type { TFunction } from 'i18next';
import { INDEX_DECLARATIONS, rankingRobustness, termMeans, type IndexRobustness, type IndexWeights, type OutputKey } from '../../../models/index';

/** A run's summary, or any record holding the term outputs (Compare's per-seed summaries). */
export type TermRecord = Readonly<Record<OutputKey, number>>;
import { formatNumber } from '../format';

export interface RobustnessSentence {
  readonly index: 'human' | 'state';
  readonly share: number;
  readonly text: string;
}

/** A share as a percentage, whole unless it is below 1% or above 99% (where the decimal matters). */
function percent(x: number): string {
  const digits = x > 0 && (x < 0.01 || x > 0.99) && x < 1 ? 1 : 0;
  return formatNumber(x, { style: 'percent', maximumFractionDigits: digits });
}

/** The flip nearest to the weight the term has now: the change of weight most likely to matter. */
function nearestFlip(r: IndexRobustness, weights: Readonly<Record<string, number>>) {
  const total = r.terms.reduce((s, k) => s + weights[k], 0);
  let best: { term: string; at: number; above: boolean } | undefined;
  let bestGap = Infinity;
  for (const b of r.breakEven) {
    if (b.flipsAt === null) continue;
    const gap = Math.abs(b.flipsAt - (total > 0 ? weights[b.term] / total : 0));
    if (gap < bestGap) {
      bestGap = gap;
      best = { term: b.term, at: b.flipsAt, above: b.aHigherAbove };
    }
  }
  return best;
}

/**
 * One sentence per index for mix A against mix B (their runs' summaries: one run or many seeds).
 * `names` are A's and B's names as the page shows them.
 */
export function robustnessSentences(t: TFunction, names: { readonly a: string; readonly b: string }, a: readonly TermRecord[], b: readonly TermRecord[], weights: IndexWeights): RobustnessSentence[] {
  return INDEX_DECLARATIONS.map((index) => {
    const key = index.output === 'humanSecurityIndex' ? 'human' : 'state';
    const w = weights[key] as Readonly<Record<string, number>>;
    const r = rankingRobustness(index, termMeans(index, a), termMeans(index, b), { weights: w });
    // The same terms (no lever moved): no weighting can rank one above the other.
    if (r.terms.every((k) => r.a[k] === r.b[k])) return { index: key, share: r.aHigherShare, text: t('robustness.same', { a: names.a, b: names.b, index: t(`robustness.index.${key}`) }) };
    const head = t('robustness.share', { a: names.a, b: names.b, index: t(`robustness.index.${key}`), share: percent(r.aHigherShare), samples: formatNumber(r.samples) });
    const higherNow = r.atDefaults.a > r.atDefaults.b;
    const flip = nearestFlip(r, w);
    let tail: string;
    if (!flip) tail = t('robustness.noFlip');
    else {
      // Above the flip A is higher when `above`; A loses (or wins) by crossing it.
      const less = higherNow === flip.above;
      const which = `robustness.${higherNow ? 'loses' : 'wins'}${less ? 'Below' : 'Above'}`;
      tail = t(which, { term: t(`weights.terms.${flip.term}`), weight: percent(flip.at) });
    }
    return { index: key, share: r.aHigherShare, text: `${head} ${tail}` };
  });
}
