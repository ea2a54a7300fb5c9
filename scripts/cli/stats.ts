/**
 * The ensemble line of `simulate --seeds K`: median, 5th and 95th percentiles of every summary
 * output over the seeds. The statistics come from models/analysis, the one implementation the
 * app and the sweep command share (percentile method documented in models/analysis/percentile.ts:
 * linear interpolation between the nearest ranks, numpy's and R's default).
 */
import { spreadColumn, summarySpreads, type OutputKey, type RunSummary } from '../../models/index';

export { percentile } from '../../models/index';

export type OutputValues = Record<OutputKey, number>;

export interface Ensemble {
  readonly ensemble: true;
  readonly seeds: number[];
  readonly median: OutputValues;
  readonly p5: OutputValues;
  readonly p95: OutputValues;
}

/** Median, 5th and 95th percentiles of every numeric summary output, in the order of OUTPUTS. */
export function summariseEnsemble(seeds: readonly number[], summaries: readonly RunSummary[]): Ensemble {
  const spreads = summarySpreads(summaries);
  return {
    ensemble: true,
    seeds: [...seeds],
    median: spreadColumn(spreads, 'median'),
    p5: spreadColumn(spreads, 'p5'),
    p95: spreadColumn(spreads, 'p95'),
  };
}
