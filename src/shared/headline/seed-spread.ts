/**
 * Several seeds of the same settings and of the reference, paired by seed: for each figure the
 * median of the user's runs, the median of the reference's, and the median and the 5–95% range of
 * the paired relative change (run s against reference s). Pairing takes out the chance both runs
 * share, so the range says how much the change itself depends on chance. Pure: the explorer's
 * hook (use-seed-spread.ts) runs the seeds and passes their summaries in. Percentiles and relative
 * changes are the project's one implementation (models/analysis), as the Compare view and the CLI use.
 */
import { percentileOfSorted, relativeDifference, sortedValues, type OutputKey } from '../../../models/index';

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

export function pairedSpread(pairs: readonly SeedPair[], keys: readonly OutputKey[]): SeedSpread {
  const figures: Partial<Record<OutputKey, FigureSpread>> = {};
  for (const key of keys) {
    const current = sortedValues(pairs.map((p) => p.current[key]));
    const reference = sortedValues(pairs.map((p) => p.reference[key]));
    const changes = sortedValues(pairs.map((p) => relativeDifference(p.current[key], p.reference[key])));
    figures[key] = {
      median: percentileOfSorted(current, 0.5),
      medianReference: percentileOfSorted(reference, 0.5),
      change: percentileOfSorted(changes, 0.5),
      low: percentileOfSorted(changes, SPREAD_LOW),
      high: percentileOfSorted(changes, SPREAD_HIGH),
    };
  }
  return { seeds: pairs.length, figures };
}
