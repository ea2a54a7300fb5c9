/**
 * Calibration by approximate Bayesian computation (ABC), the pure part: where each calibration
 * constant may move (its search box), a one-at-a-time sensitivity screen over those boxes, prior
 * draws for the constants chosen by the screen, and rejection ABC (keep the draws whose runs come
 * closest to the record; their spread is the plausible range). Running the model is left to the
 * caller (scripts/calibrate.ts runs it on worker threads; the recovery test in-process), so this
 * file only needs numbers in and numbers out and stays deterministic: the same seed gives the
 * same draws, whatever runs them.
 */
import { CALIBRATION, type Calibration, type CalibrationKey } from '../params/calibration';
import { log } from '../portable-math';
import { draw, mix32 } from '../rng';
import { percentile } from './percentile';

/**
 * The search box around a documented value: from half to twice it, inside the documented range.
 * The documented ranges are what the model accepts, not what is plausible (a monthly hazard up to
 * 0.2, a warm-up of ten years); a factor of two either way is the uncertainty we admit for a
 * constant set by assumption, and the fit says where inside it the record points.
 */
export const BOX_FACTOR = 2;

export interface Box {
  readonly lo: number;
  readonly hi: number;
}

function onStep(key: CalibrationKey, value: number): number {
  const step = CALIBRATION[key].step;
  return step >= 1 ? Math.round(value / step) * step : value;
}

export function searchBox(key: CalibrationKey): Box {
  const s = CALIBRATION[key];
  const d = s.defaultValue;
  if (d === 0) return { lo: s.min, hi: s.min + (s.max - s.min) / 4 };
  const a = d > 0 ? d / BOX_FACTOR : d * BOX_FACTOR;
  const b = d > 0 ? d * BOX_FACTOR : d / BOX_FACTOR;
  return { lo: onStep(key, Math.max(s.min, a)), hi: onStep(key, Math.min(s.max, b)) };
}

/**
 * Constants the screen leaves out, with the reason: they cannot change a historical run's
 * arrivals, deaths or pull-backs, or they are set by the scenario rather than by the mechanisms.
 */
export const NOT_SCREENED: Readonly<Partial<Record<CalibrationKey, string>>> = {
  indexRefIrregularPerYear: 'a reference for the indices only; no mechanism reads it',
  indexRefRevenueUsdPerYear: 'a reference for the indices only; no mechanism reads it',
  indexRefDeathsPerYear: 'a reference for the indices only; no mechanism reads it',
  indexRefAbusePerYear: 'a reference for the indices only; no mechanism reads it',
  indexRefPeopleHeld: 'a reference for the indices only; no mechanism reads it',
};

/**
 * Screened, but never fitted: the scale of the represented population is the scenario's own choice
 * (the history scenario sets it so that 2014 is of the right size), and the warm-up is a burn-in,
 * not a mechanism.
 */
export const NOT_FITTED: Readonly<Partial<Record<CalibrationKey, string>>> = {
  populationPeople: 'the scenario sets the represented population',
  warmupMonths: 'a burn-in, not a mechanism',
};

export function screenedKeys(): CalibrationKey[] {
  return (Object.keys(CALIBRATION) as CalibrationKey[]).filter((k) => NOT_SCREENED[k] === undefined);
}

/** Yearly values of the fitted series, one number per year in order (NaN where none). */
export type YearlySeries = Readonly<Record<string, readonly number[]>>;

/**
 * People added to both sides of every log ratio: keeps the logarithm finite for a year with none.
 * Callers pass at least the weight of one agent (populationPeople ÷ agents), so that one agent
 * more or less in a year with few (deaths at small sizes) does not count as a large error.
 */
export const LOG_FLOOR = 100;

/**
 * How far apart two runs' yearly series are: the root mean square of ln((a+F)/(b+F)) over every
 * series and year present in both. This is the screen's elementary effect (a run at the top of a
 * box against one at the bottom, same seed).
 */
export function logDistance(a: YearlySeries, b: YearlySeries, floor = LOG_FLOOR): number {
  let sum = 0;
  let n = 0;
  for (const series of Object.keys(a)) {
    const xs = a[series], ys = b[series] ?? [];
    for (let i = 0; i < xs.length; i++) {
      if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
      sum += log((xs[i] + floor) / (ys[i] + floor)) ** 2;
      n++;
    }
  }
  return n ? Math.sqrt(sum / n) : NaN;
}

export interface ScreenRow {
  readonly key: CalibrationKey;
  readonly box: Box;
  /** Mean over seeds of logDistance(run at box.hi, run at box.lo). */
  readonly effect: number;
  /** Mean over seeds of the change in the distance to the record from box.lo to box.hi (signed). */
  readonly fitChange: number;
}

/** Rank by effect, largest first; ties (and the order of equal effects) by key for stability. */
export function rankScreen(rows: readonly ScreenRow[]): ScreenRow[] {
  return [...rows].sort((a, b) => b.effect - a.effect || (a.key < b.key ? -1 : 1));
}

/** A deterministic uniform number in [0, 1) for draw i, coordinate j of a calibration seeded by seed. */
function unit(seed: number, i: number, j: number): number {
  return draw(mix32(seed ^ 0x5bd1e995), i, j);
}

/**
 * Prior draws: each constant uniform over its box (a Latin hypercube, so that even a small budget
 * covers each box evenly), deterministic for (keys, n, seed).
 */
export function priorDraws(keys: readonly CalibrationKey[], n: number, seed: number): Partial<Calibration>[] {
  const out: Partial<Calibration>[] = Array.from({ length: n }, () => ({}));
  keys.forEach((key, j) => {
    const box = searchBox(key);
    // A permutation of the n strata for this coordinate (Fisher–Yates on the seeded draws).
    const strata = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const k = Math.floor(unit(seed, i, 2 * j) * (i + 1));
      [strata[i], strata[k]] = [strata[k], strata[i]];
    }
    for (let i = 0; i < n; i++) {
      const u = (strata[i] + unit(seed, i, 2 * j + 1)) / n;
      out[i][key] = onStep(key, box.lo + u * (box.hi - box.lo));
    }
  });
  return out;
}

export interface Particle {
  readonly theta: Partial<Calibration>;
  readonly distance: number;
}

export interface Estimate {
  readonly key: CalibrationKey;
  readonly box: Box;
  /** Posterior median: the chosen value. */
  readonly value: number;
  /** The plausible range: 5th to 95th percentile of the accepted draws. */
  readonly p5: number;
  readonly p95: number;
}

export interface AbcResult {
  readonly accepted: Particle[];
  /** The largest accepted distance (the tolerance the budget reached). */
  readonly tolerance: number;
  readonly estimates: Estimate[];
}

/** Share of draws kept, and the fewest kept whatever the budget (percentiles of fewer mean little). */
export const ACCEPT_SHARE = 0.05;
export const ACCEPT_MIN = 10;

/** Rejection ABC: keep the closest draws; each constant's chosen value and range come from them. */
export function abcReject(keys: readonly CalibrationKey[], particles: readonly Particle[], acceptShare = ACCEPT_SHARE): AbcResult {
  const finite = particles.filter((p) => Number.isFinite(p.distance));
  const keep = Math.min(finite.length, Math.max(ACCEPT_MIN, Math.round(acceptShare * particles.length)));
  // Ties broken by draw order, so the result does not depend on how a sort treats equal keys.
  const indexed = finite.map((p, i) => ({ p, i })).sort((a, b) => a.p.distance - b.p.distance || a.i - b.i);
  const accepted = indexed.slice(0, keep).map((x) => x.p);
  const estimates = keys.map((key) => {
    const values = accepted.map((p) => p.theta[key] as number);
    return { key, box: searchBox(key), value: onStep(key, percentile(values, 0.5)), p5: percentile(values, 0.05), p95: percentile(values, 0.95) };
  });
  return { accepted, tolerance: accepted.length ? accepted[accepted.length - 1].distance : NaN, estimates };
}
