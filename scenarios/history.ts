/**
 * The history check: a historical scenario's modelled yearly figures set against the recorded
 * ones, with the fit stated plainly — relative error per year and the rank correlation (Spearman)
 * of the yearly series. The model is not fitted year by year, so a poor year is information.
 */
import type { MonthRecord, RunResult } from '../models/index';
import type { ObservedYear, Scenario } from './format';

export const OBSERVED_SERIES = ['irregularArrivals', 'deathsMissing', 'pullbacks'] as const;
export type ObservedSeries = (typeof OBSERVED_SERIES)[number];

export interface YearFit {
  readonly year: number;
  readonly modelled: number;
  readonly observed: number | undefined;
  /** (modelled − observed) ÷ observed */
  readonly relativeError: number | undefined;
}

export interface SeriesFit {
  readonly series: ObservedSeries;
  readonly years: YearFit[];
  /** Mean of |relative error| over years with a recorded value. */
  readonly meanAbsoluteRelativeError: number;
  /** Spearman rank correlation between modelled and recorded values (NaN with fewer than 3 years). */
  readonly rankCorrelation: number;
}

/** Yearly totals of an output, as the mean over runs, for each calendar year the run covers. */
export function yearlyTotals(runs: readonly RunResult[], series: ObservedSeries, startYear: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of runs) {
    r.months.forEach((m: MonthRecord, i) => {
      const year = startYear + Math.floor(i / 12);
      out.set(year, (out.get(year) ?? 0) + m[series] / runs.length);
    });
  }
  return out;
}

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1][0] === order[k][0]) j++;
    for (let q = k; q <= j; q++) r[order[q][1]] = (k + j) / 2 + 1; // ties share the mean rank
    k = j + 1;
  }
  return r;
}

/** Spearman's rank correlation (Pearson correlation of the ranks). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length < 3) return NaN;
  const ra = ranks(a), rb = ranks(b);
  const mean = (ra.length + 1) / 2;
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - mean) * (rb[i] - mean);
    da += (ra[i] - mean) ** 2;
    db += (rb[i] - mean) ** 2;
  }
  return da > 0 && db > 0 ? num / Math.sqrt(da * db) : NaN;
}

export function historicalFit(scenario: Scenario, runs: readonly RunResult[]): SeriesFit[] {
  const observed: readonly ObservedYear[] = scenario.observed ?? [];
  const startYear = scenario.startYear ?? 0;
  return OBSERVED_SERIES.filter((s) => observed.some((o) => o[s] !== undefined)).map((series) => {
    const totals = yearlyTotals(runs, series, startYear);
    const years: YearFit[] = [...totals.entries()].map(([year, modelled]) => {
      const obs = observed.find((o) => o.year === year)?.[series];
      return { year, modelled, observed: obs, relativeError: obs ? (modelled - obs) / obs : undefined };
    });
    const paired = years.filter((y) => y.observed !== undefined);
    const errors = paired.map((y) => Math.abs(y.relativeError ?? 0));
    return {
      series,
      years,
      meanAbsoluteRelativeError: errors.length ? errors.reduce((s, e) => s + e, 0) / errors.length : NaN,
      rankCorrelation: spearman(paired.map((y) => y.modelled), paired.map((y) => y.observed as number)),
    };
  });
}
