/**
 * Experiment designs: which runs a sweep, a grid or a tornado needs. A design is a list of
 * points (each a set of levers fixed for the whole run) crossed with a list of seeds. Designs
 * are data, built by pure functions; running them (in this thread, a worker pool or a Web
 * Worker) is the caller's business, and the results come back as one number per run, in the
 * order of `runs`, to be summarised per point.
 *
 * Runs are ordered point by point, and within a point seed by seed, so the run of point p and
 * seed index s is `runs[p × seeds.length + s]`. Every point shares the same seeds: comparisons
 * between points are paired (common random numbers, see paired.ts).
 */
import { withFixedLevers } from '../fix-levers';
import { SEED_LIMIT } from '../limits';
import { leverSpec, type LeverSettings } from '../params/levers';
import type { ParamSpec } from '../params/spec';
import type { RunInput } from '../simulation';
import { spreadOf, type Spread } from './percentile';

/** One run of a design. */
export interface RunSpec {
  /** Index of the point in the design's `points`. */
  readonly point: number;
  readonly seed: number;
  /** Levers fixed for the whole run (key → value); the rest come from the base input. */
  readonly set: LeverSettings;
}

export interface DesignPoint {
  readonly set: LeverSettings;
}

export interface Design<P extends DesignPoint> {
  readonly points: readonly P[];
  readonly seeds: readonly number[];
  readonly runs: readonly RunSpec[];
}

/** Largest number of values along one axis of a sweep or grid. */
export const MAX_SWEEP_STEPS = 1001;
/**
 * Lever values computed by arithmetic are rounded to this many decimals, so that 0.7 + 0.2 is
 * printed and cached as 0.9, not 0.8999999999999999. Far finer than any lever's step.
 */
const VALUE_DECIMALS = 12;
const VALUE_SCALE = 10 ** VALUE_DECIMALS;

export function roundValue(x: number): number {
  return Math.round(x * VALUE_SCALE) / VALUE_SCALE;
}

function fail(field: string, value: unknown, allowed: string): never {
  throw new RangeError(`${field}: got ${JSON.stringify(value) ?? String(value)}; ${allowed}`);
}

/** The lever's declaration, or a RangeError naming the field (declared with the levers). */
export { leverSpec };

/** Check a value against its lever's range. */
export function checkLeverValue(field: string, spec: ParamSpec, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) {
    fail(field, value, `must be a number between ${spec.min} and ${spec.max} (the range of ${spec.key})`);
  }
}

/** Consecutive seeds first, first + 1, …, first + count − 1. */
export function seedList(first: number, count: number): number[] {
  if (!Number.isInteger(first) || first < SEED_LIMIT.min || first > SEED_LIMIT.max) fail('seed', first, `must be a whole number from ${SEED_LIMIT.min} to ${SEED_LIMIT.max}`);
  if (!Number.isInteger(count) || count < 1 || first + count - 1 > SEED_LIMIT.max) fail('seeds', count, `must be a whole number ≥ 1 with the last seed at most ${SEED_LIMIT.max}`);
  return Array.from({ length: count }, (_, i) => first + i);
}

/** `steps` evenly spaced values from `from` to `to`, both included (steps ≥ 2). */
export function sweepValues(from: number, to: number, steps: number): number[] {
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_SWEEP_STEPS) fail('steps', steps, `must be a whole number from 2 to ${MAX_SWEEP_STEPS}`);
  return Array.from({ length: steps }, (_, i) => (i === steps - 1 ? to : roundValue(from + ((to - from) * i) / (steps - 1))));
}

/** Cross points with seeds: point by point, seed by seed. */
export function expandDesign<P extends DesignPoint>(points: readonly P[], seeds: readonly number[]): Design<P> {
  if (seeds.length === 0) fail('seeds', [], 'at least one seed is needed');
  const runs: RunSpec[] = [];
  points.forEach((p, point) => {
    for (const seed of seeds) runs.push({ point, seed, set: p.set });
  });
  return { points, seeds, runs };
}

/**
 * The model input of one run: the base input with the run's levers fixed for the whole run
 * (fix-levers.ts, as `simulate --set` does), so a sweep value is the value in force in every month.
 */
export function applyRunSpec(base: RunInput, run: Pick<RunSpec, 'set' | 'seed'>): RunInput {
  return { ...withFixedLevers(base, run.set), seed: run.seed };
}

/** The values of one point, seed by seed, from the per-run values of the whole design. */
export function pointValues(design: Design<DesignPoint>, values: ArrayLike<number>, point: number): number[] {
  if (values.length !== design.runs.length) fail('values', `${values.length} values`, `one value per run is needed (${design.runs.length})`);
  const n = design.seeds.length;
  return Array.from({ length: n }, (_, s) => values[point * n + s]);
}

/** The spread over seeds of every point. */
export function pointSpreads(design: Design<DesignPoint>, values: ArrayLike<number>): Spread[] {
  return design.points.map((_, p) => spreadOf(pointValues(design, values, p)));
}
