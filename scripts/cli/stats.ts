/**
 * Ensemble statistics over several seeds. Percentiles use linear interpolation between the two
 * nearest ranks of the sorted values (the method numpy and R use by default, "type 7"):
 * for p in [0, 1] and n sorted values x[0..n-1], h = (n − 1)·p and
 * P(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
import { OUTPUT_KEYS, type OutputKey, type RunSummary } from '../../models/index';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export type OutputValues = Record<OutputKey, number>;

export interface Ensemble {
  readonly ensemble: true;
  readonly seeds: number[];
  readonly median: OutputValues;
  readonly p5: OutputValues;
  readonly p95: OutputValues;
}

/** Median, 5th and 95th percentiles of every numeric summary output, in the order of OUTPUTS. */
export function summariseEnsemble(seeds: readonly number[], summaries: readonly RunSummary[]): Ensemble {
  const median = {} as OutputValues;
  const p5 = {} as OutputValues;
  const p95 = {} as OutputValues;
  for (const key of OUTPUT_KEYS) {
    const xs = summaries.map((s) => s[key]);
    median[key] = percentile(xs, 0.5);
    p5[key] = percentile(xs, 0.05);
    p95[key] = percentile(xs, 0.95);
  }
  return { ensemble: true, seeds: [...seeds], median, p5, p95 };
}
