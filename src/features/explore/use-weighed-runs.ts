/**
 * The explorer's two lanes read with the user's weights: each shown run's indices recomputed from
 * its terms (scenarios/index-weights.ts), so moving a weight redraws the plane and the figures
 * without asking the workers for a run. With the default weights the lanes pass through as they are.
 */
import { useMemo } from 'react';
import type { IndexWeights } from '../../../models/index';
import { reweighResult } from '../../../scenarios/index-weights';
import type { LaneState } from '../../runner/index';
import type { ExplorerRuns } from './use-explorer-runs';

function weighLane(lane: LaneState, weights: IndexWeights): LaneState {
  return lane.shown ? { ...lane, shown: { ...lane.shown, result: reweighResult(lane.shown.result, weights) } } : lane;
}

export function useWeighedRuns(runs: ExplorerRuns, weights: IndexWeights): ExplorerRuns {
  const { current: currentLane, baseline: baselineLane, spread, settled } = runs;
  const current = useMemo(() => weighLane(currentLane, weights), [currentLane, weights]);
  const baseline = useMemo(() => weighLane(baselineLane, weights), [baselineLane, weights]);
  // The spread's figures are counts, rates and fees, which no weight changes.
  return useMemo(() => ({ current, baseline, spread, settled }), [current, baseline, spread, settled]);
}
