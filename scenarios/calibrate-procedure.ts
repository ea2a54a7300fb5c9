/**
 * The calibration procedure, independent of how runs are made: (1) a one-at-a-time screen of every
 * calibration constant over its search box, ranked by how much the fitted series move; (2)
 * rejection ABC over the top-ranked constants against a record; (3) the band of the accepted runs
 * (5–95% per year), which the app draws against the record. The caller supplies `runBatch` (worker
 * threads in scripts/calibrate.ts, in-process in the recovery test); given the same runs back, the
 * procedure gives the same answer.
 */
import {
  abcReject,
  logDistance,
  priorDraws,
  rankScreen,
  searchBox,
  type AbcResult,
  type ScreenRow,
  type YearlySeries,
} from '../models/analysis/calibrate';
import { percentile } from '../models/analysis/percentile';
import type { Calibration, CalibrationKey } from '../models/index';
import { distanceToRecord } from './calibration-target';

export interface CalibrationRun {
  readonly calibration: Partial<Calibration>;
  readonly seed: number;
}

/** Runs the model for each request and returns each run's yearly series, in order. */
export type RunBatch = (runs: readonly CalibrationRun[]) => Promise<YearlySeries[]>;

export interface ScreenResult {
  readonly rows: ScreenRow[];
  /** Mean logDistance between two seeds at the documented values: effects below it are noise. */
  readonly noise: number;
}

/** The seeds every particle and screen point cycles through (those of the history check). */
export const RUN_SEEDS = [1, 2, 3, 4, 5] as const;

/** `floor`: people added to both sides of each log ratio, at least one agent's weight (models/analysis/calibrate.ts). */
export async function screen(runBatch: RunBatch, base: Partial<Calibration>, record: YearlySeries, keys: readonly CalibrationKey[], seeds: readonly number[], floor: number): Promise<ScreenResult> {
  const runs: CalibrationRun[] = [];
  for (const seed of seeds) runs.push({ calibration: base, seed });
  for (const key of keys) {
    const box = searchBox(key);
    for (const seed of seeds) {
      runs.push({ calibration: { ...base, [key]: box.lo }, seed });
      runs.push({ calibration: { ...base, [key]: box.hi }, seed });
    }
  }
  const out = await runBatch(runs);
  const S = seeds.length;
  let noise = 0;
  for (let s = 0; s < S; s++) noise += logDistance(out[s], out[(s + 1) % S], floor) / S;
  const rows = keys.map((key, k) => {
    let effect = 0, fitChange = 0;
    for (let s = 0; s < S; s++) {
      const lo = out[S + 2 * (k * S + s)], hi = out[S + 2 * (k * S + s) + 1];
      effect += logDistance(hi, lo, floor) / S;
      fitChange += (distanceToRecord(hi, record, floor) - distanceToRecord(lo, record, floor)) / S;
    }
    return { key, box: searchBox(key), effect, fitChange };
  });
  return { rows: rankScreen(rows), noise };
}

export interface Band {
  /** Per series, per year: 5th percentile, median and 95th percentile of the accepted runs. */
  readonly [series: string]: { readonly p5: number[]; readonly median: number[]; readonly p95: number[] };
}

export interface FitResult extends AbcResult {
  readonly band: Band;
  readonly budget: number;
}

function bandOf(series: readonly YearlySeries[]): Band {
  const out: Record<string, { p5: number[]; median: number[]; p95: number[] }> = {};
  if (!series.length) return out;
  for (const name of Object.keys(series[0])) {
    const years = series[0][name].length;
    const at = (i: number) => series.map((s) => s[name][i]);
    const q = (p: number) => Array.from({ length: years }, (_, i) => Math.round(percentile(at(i), p)));
    out[name] = { p5: q(0.05), median: q(0.5), p95: q(0.95) };
  }
  return out;
}

/** Rejection ABC over `keys`: `budget` prior draws, each run once (seeds cycling over RUN_SEEDS). */
export async function fit(runBatch: RunBatch, base: Partial<Calibration>, record: YearlySeries, keys: readonly CalibrationKey[], budget: number, seed: number, floor: number): Promise<FitResult> {
  const thetas = priorDraws(keys, budget, seed);
  const runs = thetas.map((theta, i) => ({ calibration: { ...base, ...theta }, seed: RUN_SEEDS[i % RUN_SEEDS.length] }));
  const out = await runBatch(runs);
  const particles = thetas.map((theta, i) => ({ theta, distance: distanceToRecord(out[i], record, floor) }));
  const result = abcReject(keys, particles);
  const acceptedSeries = result.accepted.map((p) => out[particles.indexOf(p)]);
  return { ...result, band: bandOf(acceptedSeries), budget };
}
