/**
 * Ensemble statistics: one policy mix run over several seeds, summarised per output. The run
 * summary gives one number per output and seed (flows summed over the run, stocks at the end,
 * indices averaged; see models/summary.ts); the monthly records give one number per output,
 * month and seed. Both are summarised by their spread over the seeds (see percentile.ts).
 */
import { OUTPUT_KEYS, type MonthRecord, type OutputKey } from '../outputs';
import { spreadOf, type Spread, type SpreadStat } from './percentile';

/** What the ensemble functions read from a run: a plain RunResult fits. */
export interface SeededSummary {
  readonly seed: number;
  readonly summary: Readonly<Record<OutputKey, number>>;
}

export interface SeededMonths {
  readonly seed: number;
  readonly months: readonly MonthRecord[];
}

export type OutputSpreads = Record<OutputKey, Spread>;

/** One statistic per month, as columns (one array per statistic), ready for a chart. */
export interface SpreadSeries {
  readonly median: number[];
  readonly p5: number[];
  readonly p25: number[];
  readonly p75: number[];
  readonly p95: number[];
  readonly mean: number[];
}

/** The spread over seeds of every summary output (one run summary per seed), in the order of OUTPUTS. */
export function summarySpreads(summaries: readonly Readonly<Record<OutputKey, number>>[]): OutputSpreads {
  const out = {} as OutputSpreads;
  const xs = new Float64Array(summaries.length);
  for (const key of OUTPUT_KEYS) {
    summaries.forEach((s, i) => (xs[i] = s[key]));
    out[key] = spreadOf(xs);
  }
  return out;
}

/** One statistic of every output, e.g. the medians: `{ smugglingDemand: …, … }`. */
export function spreadColumn(spreads: Readonly<Record<OutputKey, Spread>>, stat: SpreadStat): Record<OutputKey, number> {
  const out = {} as Record<OutputKey, number>;
  for (const key of OUTPUT_KEYS) out[key] = spreads[key][stat];
  return out;
}

function emptySeries(): SpreadSeries {
  return { median: [], p5: [], p25: [], p75: [], p95: [], mean: [] };
}

function pushSpread(series: SpreadSeries, s: Spread): void {
  series.median.push(s.median);
  series.p5.push(s.p5);
  series.p25.push(s.p25);
  series.p75.push(s.p75);
  series.p95.push(s.p95);
  series.mean.push(s.mean);
}

/** The common number of months of several runs; runs of different lengths cannot be summarised month by month. */
export function commonLength(runs: readonly { readonly months: readonly unknown[] }[]): number {
  const length = runs.length ? runs[0].months.length : 0;
  runs.forEach((r, i) => {
    if (r.months.length !== length) throw new RangeError(`runs.${i}.months: has ${r.months.length} months; every run must have ${length}`);
  });
  return length;
}

/**
 * The spread over seeds of a per-month value: `valueOf(run, month)` for every month. Used for
 * the outputs themselves and for paired differences.
 */
export function seriesSpread<R extends { readonly months: readonly unknown[] }>(
  runs: readonly R[],
  valueOf: (run: R, month: number, runIndex: number) => number,
): SpreadSeries {
  const length = commonLength(runs);
  const series = emptySeries();
  const xs = new Float64Array(runs.length);
  for (let m = 0; m < length; m++) {
    runs.forEach((r, i) => (xs[i] = valueOf(r, m, i)));
    pushSpread(series, spreadOf(xs));
  }
  return series;
}

/** The spread over seeds of each month of the given outputs (all outputs by default). */
export function monthlySpreads(runs: readonly SeededMonths[], keys: readonly OutputKey[] = OUTPUT_KEYS): Partial<Record<OutputKey, SpreadSeries>> {
  const out: Partial<Record<OutputKey, SpreadSeries>> = {};
  for (const key of keys) out[key] = seriesSpread(runs, (r, m) => r.months[m][key]);
  return out;
}

export interface Ensemble {
  /** Seeds of the runs, in the order given. */
  readonly seeds: number[];
  readonly summary: OutputSpreads;
  /** Per month, when asked for. */
  readonly monthly?: Partial<Record<OutputKey, SpreadSeries>>;
}

/** Ensemble statistics of one mix over several seeds. */
export function ensembleOf(runs: readonly (SeededSummary & SeededMonths)[], options: { monthly?: boolean | readonly OutputKey[] } = {}): Ensemble {
  const summary = summarySpreads(runs.map((r) => r.summary));
  const seeds = runs.map((r) => r.seed);
  if (!options.monthly) return { seeds, summary };
  const keys = options.monthly === true ? OUTPUT_KEYS : options.monthly;
  return { seeds, summary, monthly: monthlySpreads(runs, keys) };
}
