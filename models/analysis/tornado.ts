/**
 * Tornado (one-at-a-time sensitivity): around a given mix, each lever is moved down and up by a
 * step, clamped to its range, while every other lever stays where it is. For a chosen output the
 * levers are then ranked by their swing, the paired difference (same seed) between the run with
 * the lever up and the run with it down. The widest bars come first: these are the levers the
 * output is most sensitive to near this mix. One-at-a-time changes ignore interactions between
 * levers; a grid (sweep.ts) shows those for a pair.
 *
 * The design has the centre (the mix itself) as point 0, then for each lever its `down` and `up`
 * points. A side whose clamped value equals the centre's value is not run again: its results
 * are the centre's. The caller applies the runs to a base input whose levers are `around`
 * (applyRunSpec); a moved lever is fixed for the whole run, so the comparison is clean when the
 * base has no timeline entries for the levers being moved.
 */
import { LEVERS } from '../params/levers';
import { checkLeverValue, expandDesign, leverSpec, pointValues, roundValue, type Design } from './design';
import { spreadOf, type Spread } from './percentile';

/** Default move of each lever, in lever units (levers run from 0 to 1). */
export const TORNADO_STEP = 0.2;

export interface TornadoSpec {
  /** The mix to perturb: lever values in force (missing levers take their defaults). */
  readonly around: Readonly<Record<string, number>>;
  /** Size of the move down and up; default TORNADO_STEP. */
  readonly step?: number;
  /** Levers to move, default all in the order of the lever table. */
  readonly levers?: readonly string[];
}

export type TornadoPoint =
  | { readonly kind: 'centre'; readonly set: Readonly<Record<string, number>> }
  | {
      readonly kind: 'down' | 'up';
      readonly lever: string;
      /** The lever's value in the mix, and at this point. */
      readonly around: number;
      readonly value: number;
      readonly set: Readonly<Record<string, number>>;
    };

export interface TornadoBar {
  readonly lever: string;
  /** The lever's value in the mix, and after moving it down and up. */
  readonly around: number;
  readonly downValue: number;
  readonly upValue: number;
  /** Spread of (down − centre) and (up − centre), paired by seed. */
  readonly down: Spread;
  readonly up: Spread;
  /** Spread of (up − down), paired by seed; bars are sorted by |swing.median|. */
  readonly swing: Spread;
}

export interface TornadoTable {
  /** Spread of the output at the centre mix. */
  readonly centre: Spread;
  readonly bars: TornadoBar[];
}

/** The runs of a tornado over the given seeds. */
export function tornadoDesign(spec: TornadoSpec, seeds: readonly number[]): Design<TornadoPoint> {
  const step = spec.step ?? TORNADO_STEP;
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0 || step > 1) {
    throw new RangeError(`tornado.step: got ${step}; must be a number above 0 and at most 1`);
  }
  const keys = spec.levers ?? LEVERS.map((l) => l.key);
  if (new Set(keys).size !== keys.length) throw new RangeError(`tornado.levers: got ${JSON.stringify(keys)}; each lever at most once`);
  const points: TornadoPoint[] = [{ kind: 'centre', set: {} }];
  keys.forEach((key, i) => {
    const lever = leverSpec(`tornado.levers.${i}`, key);
    const around = spec.around[key] ?? lever.defaultValue;
    checkLeverValue(`tornado.around.${key}`, lever, around);
    const down = roundValue(Math.max(lever.min, around - step));
    const up = roundValue(Math.min(lever.max, around + step));
    if (down !== around) points.push({ kind: 'down', lever: key, around, value: down, set: { [key]: down } });
    if (up !== around) points.push({ kind: 'up', lever: key, around, value: up, set: { [key]: up } });
  });
  return expandDesign(points, seeds);
}

/**
 * Aggregate a tornado's per-run values (one output, in the order of `design.runs`) into bars
 * sorted by the size of their swing, largest first (ties in the design's lever order).
 */
export function tornadoTable(design: Design<TornadoPoint>, values: ArrayLike<number>): TornadoTable {
  const centre = pointValues(design, values, 0);
  // Per lever, in the design's order: its value in the mix and the per-seed values of each side
  // (the centre's when that side was clamped onto the mix).
  const levers = new Map<string, { around: number; down: number; up: number; downXs: number[]; upXs: number[] }>();
  design.points.forEach((p, index) => {
    if (p.kind === 'centre') return;
    const entry = levers.get(p.lever) ?? { around: p.around, down: p.around, up: p.around, downXs: centre, upXs: centre };
    const xs = pointValues(design, values, index);
    if (p.kind === 'down') Object.assign(entry, { down: p.value, downXs: xs });
    else Object.assign(entry, { up: p.value, upXs: xs });
    levers.set(p.lever, entry);
  });
  const bars: TornadoBar[] = [...levers].map(([lever, e]) => ({
    lever,
    around: e.around,
    downValue: e.down,
    upValue: e.up,
    down: spreadOf(e.downXs.map((x, s) => x - centre[s])),
    up: spreadOf(e.upXs.map((x, s) => x - centre[s])),
    swing: spreadOf(e.upXs.map((x, s) => x - e.downXs[s])),
  }));
  const size = (b: TornadoBar) => (Number.isNaN(b.swing.median) ? -1 : Math.abs(b.swing.median));
  const order = new Map(bars.map((b, i) => [b.lever, i]));
  bars.sort((a, b) => size(b) - size(a) || order.get(a.lever)! - order.get(b.lever)!);
  return { centre: spreadOf(centre), bars };
}
