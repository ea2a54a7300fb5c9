/**
 * Percentiles and the "spread" of a set of values (one value per seed). One implementation for
 * the whole project: the app, the command lines and the documentation all summarise ensembles
 * with these functions, so a number printed in one place can be checked against another.
 *
 * Method: linear interpolation between the two nearest ranks (Hyndman & Fan type 7, the default
 * of numpy and R). With the n values sorted ascending as x[0..n-1] and p in [0, 1]:
 *
 *   h = (n − 1)·p,   P(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])
 *
 * so P(0) is the smallest value, P(1) the largest and P(0.5) the usual median. With few seeds the
 * 5% and 95% values lie close to the extremes: they describe the runs, they are not confidence
 * limits.
 *
 * NaN marks a missing value (for example a relative change against zero): it is left out and
 * `n` counts the values that were used. With no values left every statistic is NaN.
 */

/** The percentiles every spread reports, as shares. */
export const SPREAD_LEVELS = { p5: 0.05, p25: 0.25, median: 0.5, p75: 0.75, p95: 0.95 } as const;

/** The statistics of a spread, in the order they are printed. */
export const SPREAD_STATS = ['median', 'p5', 'p25', 'p75', 'p95', 'mean'] as const;
export type SpreadStat = (typeof SPREAD_STATS)[number];

/** Summary of values over seeds: median, quartiles, 5th and 95th percentiles, mean, count. */
export interface Spread {
  readonly median: number;
  readonly p5: number;
  readonly p25: number;
  readonly p75: number;
  readonly p95: number;
  readonly mean: number;
  /** Number of values used (NaN values are left out). */
  readonly n: number;
}

/** The percentile p (0–1, clamped) of values already sorted ascending, NaN-free. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  // Equal neighbours give the value itself (also when they are infinite).
  return a === b ? a : a + (h - lo) * (b - a);
}

/** Values without NaN, sorted ascending (a fresh array; the input is not changed). */
export function sortedValues(values: ArrayLike<number>): Float64Array {
  let kept = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) kept++;
  const out = new Float64Array(kept);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[j++] = values[i];
  // A typed array sorts numerically.
  return out.sort();
}

/** The percentile p (0–1) of values in any order. */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileOfSorted(sortedValues(values), p);
}

/** Arithmetic mean of NaN-free values, summed in the order given (so the result is reproducible). */
function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    sum += values[i];
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/** The spread of values over seeds. */
export function spreadOf(values: ArrayLike<number>): Spread {
  const sorted = sortedValues(values);
  return {
    median: percentileOfSorted(sorted, SPREAD_LEVELS.median),
    p5: percentileOfSorted(sorted, SPREAD_LEVELS.p5),
    p25: percentileOfSorted(sorted, SPREAD_LEVELS.p25),
    p75: percentileOfSorted(sorted, SPREAD_LEVELS.p75),
    p95: percentileOfSorted(sorted, SPREAD_LEVELS.p95),
    mean: meanOf(values),
    n: sorted.length,
  };
}
