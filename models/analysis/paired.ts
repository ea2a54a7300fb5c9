/**
 * Paired differences between two policy mixes run with the same seeds. A seed fixes the people
 * (their savings, ties, exposure) and every random stream, so the two runs of one seed differ
 * only through the policy: these are common random numbers. The difference of each pair is then
 * far less noisy than the difference of two independent ensembles, and a mix compared with
 * itself differs by exactly zero.
 *
 * Differences are alternative − reference; the relative difference is that divided by |reference|.
 */
import { OUTPUT_KEYS, type OutputKey } from '../outputs';
import { seriesSpread, type SeededMonths, type SeededSummary, type SpreadSeries } from './ensemble';
import { spreadOf, type Spread } from './percentile';

export interface PairedOutput {
  /** alternative − reference, per seed in the order of `seeds`. */
  readonly diffs: number[];
  /** Spread of the per-seed differences. */
  readonly diff: Spread;
  /** Spread of the per-seed relative differences; seeds with a zero reference and a non-zero alternative are left out (n says how many remain). */
  readonly relative: Spread;
}

export interface PairedComparison {
  readonly seeds: number[];
  readonly outputs: Record<OutputKey, PairedOutput>;
}

/** (alternative − reference) ÷ |reference|; 0 when both are 0; NaN (missing) when only the reference is 0. */
export function relativeDifference(alternative: number, reference: number): number {
  if (reference === 0) return alternative === 0 ? 0 : NaN;
  return (alternative - reference) / Math.abs(reference);
}

/** Check that two lists of runs pair up seed by seed. */
export function checkPairs(reference: readonly { readonly seed: number }[], alternative: readonly { readonly seed: number }[]): void {
  if (reference.length !== alternative.length) {
    throw new RangeError(`alternative: has ${alternative.length} runs; the reference has ${reference.length} and runs must pair up seed by seed`);
  }
  reference.forEach((r, i) => {
    if (alternative[i].seed !== r.seed) throw new RangeError(`alternative.${i}.seed: got ${alternative[i].seed}; must equal the reference's seed ${r.seed}`);
  });
}

/** Per-seed and summarised differences of every summary output. */
export function pairedDifferences(reference: readonly SeededSummary[], alternative: readonly SeededSummary[]): PairedComparison {
  checkPairs(reference, alternative);
  const outputs = {} as Record<OutputKey, PairedOutput>;
  for (const key of OUTPUT_KEYS) {
    const diffs = reference.map((r, i) => alternative[i].summary[key] - r.summary[key]);
    const relative = reference.map((r, i) => relativeDifference(alternative[i].summary[key], r.summary[key]));
    outputs[key] = { diffs, diff: spreadOf(diffs), relative: spreadOf(relative) };
  }
  return { seeds: reference.map((r) => r.seed), outputs };
}

/** Month by month: the spread over seeds of the paired difference of one output. */
export function pairedMonthly(reference: readonly SeededMonths[], alternative: readonly SeededMonths[], output: OutputKey): SpreadSeries {
  checkPairs(reference, alternative);
  const length = reference.length ? reference[0].months.length : 0;
  alternative.forEach((a, i) => {
    if (a.months.length !== length) throw new RangeError(`alternative.${i}.months: has ${a.months.length} months; the reference runs have ${length}`);
  });
  return seriesSpread(reference, (r, m, i) => alternative[i].months[m][output] - r.months[m][output]);
}
