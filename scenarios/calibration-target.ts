/**
 * What the calibration fits: a historical scenario's recorded yearly series (arrivals, dead and
 * missing, pull-backs), and how far a run's yearly series are from them. The distance weighs the
 * three series equally; for each it adds the mean absolute log error over recorded years (level,
 * year by year) and how far the rank correlation falls short of 1 (the shape the history check
 * reports). Log errors, because the record spans a factor of fifteen (arrivals 2016 vs 2019).
 */
import { LOG_FLOOR, type YearlySeries } from '../models/analysis/calibrate';
import { log } from '../models/portable-math';
import type { ObservedYear, Scenario } from './format';
import { OBSERVED_SERIES, spearman, type ObservedSeries } from './history';

/** Monthly values of one output → calendar-year totals (months from the scenario's first month). */
export function yearlyOf(monthly: ArrayLike<number>, months: number): number[] {
  const out = new Array<number>(Math.ceil(months / 12)).fill(0);
  for (let i = 0; i < months; i++) out[Math.floor(i / 12)] += monthly[i];
  return out;
}

/** The record of a scenario as yearly series (NaN where a year has no recorded value). */
export function recordedSeries(scenario: Scenario): YearlySeries {
  const years = Math.ceil((scenario.months ?? 120) / 12);
  const start = scenario.startYear ?? 0;
  const out: Record<string, number[]> = {};
  for (const series of OBSERVED_SERIES) {
    const row = Array.from({ length: years }, (_, i) => {
      const y: ObservedYear | undefined = scenario.observed?.find((o) => o.year === start + i);
      return y?.[series] ?? NaN;
    });
    if (row.some((v) => Number.isFinite(v))) out[series] = row;
  }
  return out;
}

export interface SeriesDistance {
  readonly series: ObservedSeries;
  readonly logError: number;
  readonly rankCorrelation: number;
}

export function seriesDistances(run: YearlySeries, record: YearlySeries, floor = LOG_FLOOR): SeriesDistance[] {
  return (Object.keys(record) as ObservedSeries[]).map((series) => {
    const obs = record[series], mod = run[series] ?? [];
    const idx = obs.map((_, i) => i).filter((i) => Number.isFinite(obs[i]) && Number.isFinite(mod[i]));
    const logError = idx.reduce((s, i) => s + Math.abs(log((mod[i] + floor) / (obs[i] + floor))), 0) / Math.max(1, idx.length);
    return { series, logError, rankCorrelation: spearman(idx.map((i) => mod[i]), idx.map((i) => obs[i])) };
  });
}

/** The ABC distance: mean over series of (mean |log error| + (1 − rank correlation) ÷ 2). */
export function distanceToRecord(run: YearlySeries, record: YearlySeries, floor = LOG_FLOOR): number {
  const parts = seriesDistances(run, record, floor);
  if (!parts.length) return NaN;
  // A flat modelled series has no rank correlation: count it as none (0), not as a perfect one.
  return parts.reduce((s, p) => s + p.logError + (1 - (Number.isNaN(p.rankCorrelation) ? 0 : p.rankCorrelation)) / 2, 0) / parts.length;
}

export interface SeriesFigures {
  readonly rankCorrelation: number;
  /** Mean of |modelled − recorded| ÷ recorded over recorded years (the history check's measure). */
  readonly meanRelativeError: number;
  /** Modelled yearly totals, mean over the runs, rounded to whole people. */
  readonly modelled: number[];
}

export interface HistoryFigures {
  readonly series: Record<string, SeriesFigures>;
  /** Modelled arrivals in the fifth year over the third (2018 ÷ 2016 in the history scenario). */
  readonly arrivalsYear5OverYear3: number;
}

const FIGURE_DIGITS = 1e3;

/** The history check's figures for the mean of several runs (seeds): rank correlation and mean relative error per series. */
export function historyFigures(runs: readonly YearlySeries[], record: YearlySeries): HistoryFigures {
  const series: Record<string, SeriesFigures> = {};
  for (const name of Object.keys(record)) {
    const obs = record[name];
    const mean = obs.map((_, i) => runs.reduce((s, r) => s + r[name][i], 0) / runs.length);
    const idx = obs.map((_, i) => i).filter((i) => Number.isFinite(obs[i]));
    const mre = idx.reduce((s, i) => s + Math.abs(mean[i] - obs[i]) / obs[i], 0) / idx.length;
    const rho = spearman(idx.map((i) => mean[i]), idx.map((i) => obs[i]));
    series[name] = { rankCorrelation: Math.round(rho * FIGURE_DIGITS) / FIGURE_DIGITS, meanRelativeError: Math.round(mre * FIGURE_DIGITS) / FIGURE_DIGITS, modelled: mean.map(Math.round) };
  }
  const arrivals = series.irregularArrivals?.modelled ?? [];
  return { series, arrivalsYear5OverYear3: Math.round((arrivals[4] / arrivals[2]) * FIGURE_DIGITS) / FIGURE_DIGITS };
}
