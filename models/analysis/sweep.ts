/**
 * Sweeps: how an output responds as one lever moves over a range, optionally for up to three
 * values of a second lever (`by`), and two-lever grids. Each point fixes its levers for the whole
 * run; every other lever comes from the base input the caller applies the runs to (see
 * applyRunSpec).
 *
 * Order of points: a sweep lists the values of the swept lever for the first `by` value, then
 * for the second, and so on (each `by` series is contiguous, ready to draw as one line); a grid
 * lists every y for the first x, then for the second, and so on.
 */
import { checkLeverValue, expandDesign, leverSpec, pointSpreads, sweepValues, type Design } from './design';
import type { Spread } from './percentile';

/** Largest number of values of the `by` lever: more lines than this are hard to read. */
export const MAX_BY_VALUES = 3;

export interface SweepAxis {
  readonly lever: string;
  readonly from: number;
  readonly to: number;
  /** Number of values, both ends included (≥ 2). */
  readonly steps: number;
}

export interface SweepSpec extends SweepAxis {
  /** A second lever held at one to three values, each giving its own series. */
  readonly by?: { readonly lever: string; readonly values: readonly number[] };
}

export interface SweepPoint {
  readonly value: number;
  /** Value of the `by` lever, or null without one. */
  readonly byValue: number | null;
  readonly set: Readonly<Record<string, number>>;
}

export interface GridSpec {
  readonly x: SweepAxis;
  readonly y: SweepAxis;
}

export interface GridPoint {
  readonly x: number;
  readonly y: number;
  readonly set: Readonly<Record<string, number>>;
}

function axisValues(field: string, axis: SweepAxis): number[] {
  const spec = leverSpec(`${field}.lever`, axis.lever);
  checkLeverValue(`${field}.from`, spec, axis.from);
  checkLeverValue(`${field}.to`, spec, axis.to);
  if (axis.from === axis.to) throw new RangeError(`${field}.to: got ${axis.to}; must differ from ${field}.from`);
  try {
    return sweepValues(axis.from, axis.to, axis.steps);
  } catch (e) {
    throw new RangeError(`${field}.${(e as Error).message}`);
  }
}

/** The runs of a one-lever sweep (with its optional `by` lever) over the given seeds. */
export function sweepDesign(spec: SweepSpec, seeds: readonly number[]): Design<SweepPoint> {
  const values = axisValues('sweep', spec);
  const points: SweepPoint[] = [];
  if (!spec.by) {
    for (const value of values) points.push({ value, byValue: null, set: { [spec.lever]: value } });
    return expandDesign(points, seeds);
  }
  const by = spec.by;
  const bySpec = leverSpec('sweep.by.lever', by.lever);
  if (by.lever === spec.lever) throw new RangeError(`sweep.by.lever: got ${JSON.stringify(by.lever)}; must differ from the swept lever`);
  if (by.values.length < 1 || by.values.length > MAX_BY_VALUES) {
    throw new RangeError(`sweep.by.values: got ${by.values.length} values; give 1 to ${MAX_BY_VALUES}`);
  }
  by.values.forEach((v, i) => checkLeverValue(`sweep.by.values.${i}`, bySpec, v));
  if (new Set(by.values).size !== by.values.length) throw new RangeError(`sweep.by.values: got ${JSON.stringify(by.values)}; values must differ`);
  for (const byValue of by.values) {
    for (const value of values) points.push({ value, byValue, set: { [spec.lever]: value, [by.lever]: byValue } });
  }
  return expandDesign(points, seeds);
}

/** The runs of a two-lever grid over the given seeds. */
export function gridDesign(spec: GridSpec, seeds: readonly number[]): Design<GridPoint> {
  const xs = axisValues('grid.x', spec.x);
  const ys = axisValues('grid.y', spec.y);
  if (spec.x.lever === spec.y.lever) throw new RangeError(`grid.y.lever: got ${JSON.stringify(spec.y.lever)}; must differ from grid.x.lever`);
  const points: GridPoint[] = [];
  for (const x of xs) for (const y of ys) points.push({ x, y, set: { [spec.x.lever]: x, [spec.y.lever]: y } });
  return expandDesign(points, seeds);
}

export type SweepRow = { readonly value: number; readonly byValue: number | null } & Spread;
export type GridCell = { readonly x: number; readonly y: number } & Spread;

/** One row per sweep point: the lever value(s) and the spread of the output over the seeds. */
export function sweepTable(design: Design<SweepPoint>, values: ArrayLike<number>): SweepRow[] {
  const spreads = pointSpreads(design, values);
  return design.points.map((p, i) => ({ value: p.value, byValue: p.byValue, ...spreads[i] }));
}

/** One cell per grid point: x, y and the spread of the output over the seeds. */
export function gridTable(design: Design<GridPoint>, values: ArrayLike<number>): GridCell[] {
  const spreads = pointSpreads(design, values);
  return design.points.map((p, i) => ({ x: p.x, y: p.y, ...spreads[i] }));
}
