/**
 * Several seeds of the same settings and of the reference, paired by seed: for each figure the
 * median of the user's runs, the median of the reference's, and the median and the 5–95% range of
 * the paired relative change (run s against reference s). Pairing takes out the chance both runs
 * share, so the range says how much the change itself depends on chance. Pure: the explorer's
 * hook (use-seed-spread.ts) runs the seeds and passes their summaries in.
 */
import type { OutputKey } from '../../../models/index';

/** The quantiles of the range: 5% and 95%, the range the issue and the Compare view use. */
export const SPREAD_LOW = 0.05;
export const SPREAD_HIGH = 0.95;

export interface FigureSpread {
  /** Median of the user's runs. */
  readonly median: number;
  /** Median of the reference's runs. */
  readonly medianReference: number;
  /** Median of the paired relative changes (0.5 = +50%); NaN when every reference was 0. */
  readonly change: number;
  /** 5% and 95% quantiles of the paired relative changes. */
  readonly low: number;
  readonly high: number;
}

export interface SeedSpread {
  /** Seeds the figures rest on. */
  readonly seeds: number;
  readonly figures: Readonly<Partial<Record<OutputKey, FigureSpread>>>;
}

export interface SeedPair {
  readonly current: Readonly<Record<string, number>>;
  readonly reference: Readonly<Record<string, number>>;
}

/** The q-quantile of sorted values, interpolated between neighbours (R's type 7, numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** A figure's change against its reference, relative to the reference; 0 when both are 0, NaN from 0 to something. */
export function relativeChange(value: number, reference: number): number {
  if (value === reference) return 0;
  if (reference === 0) return Number.NaN;
  return (value - reference) / Math.abs(reference);
}

const sortedOf = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export function pairedSpread(pairs: readonly SeedPair[], keys: readonly OutputKey[]): SeedSpread {
  const figures: Partial<Record<OutputKey, FigureSpread>> = {};
  for (const key of keys) {
    const current = sortedOf(pairs.map((p) => p.current[key]));
    const reference = sortedOf(pairs.map((p) => p.reference[key]));
    const changes = sortedOf(pairs.map((p) => relativeChange(p.current[key], p.reference[key])).filter((c) => !Number.isNaN(c)));
    figures[key] = {
      median: quantile(current, 0.5),
      medianReference: quantile(reference, 0.5),
      change: quantile(changes, 0.5),
      low: quantile(changes, SPREAD_LOW),
      high: quantile(changes, SPREAD_HIGH),
    };
  }
  return { seeds: pairs.length, figures };
}
