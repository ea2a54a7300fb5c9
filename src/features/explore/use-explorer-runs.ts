/**
 * React hook: the explorer's two lanes of runs — the user's settings and the baseline (the
 * reference: the status quo or the scenario as loaded, same seed and size; see
 * shared/settings/reference.ts) — on a service of two workers, so both run at once.
 * The newest request wins in each lane. Equal inputs share one run and the store keeps recent
 * results, so the baseline is computed once per scenario, seed, agents and months, and not at
 * all when it equals the user's settings. Once both lanes are idle, the same service refines the
 * figures over as many seeds as the settings ask for (use-seed-spread.ts; one: not at all).
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { RunInput } from '../../../models/index';
import { IDLE_LANE, RunLane, useRunService, type LaneState, type ResultStore } from '../../runner/index';
import { isDragging } from './levers/lever-activity';
import { useSeedSpread, type SpreadState } from './use-seed-spread';

/** One worker per lane. */
const LANE_WORKERS = 2;

export interface ExplorerRuns {
  readonly current: LaneState;
  readonly baseline: LaneState;
  /** The figures over more seeds, once the lanes are idle. */
  readonly spread: SpreadState;
  /**
   * Both lanes idle and showing the runs of the inputs now asked for. False in the moment between
   * a change of settings and its run being asked for (the lanes' news comes in a transition), when
   * the lanes are idle but show the previous settings' runs.
   */
  readonly settled: boolean;
}

export function useExplorerRuns(current: RunInput, baseline: RunInput, store?: ResultStore, spreadSeeds?: number): ExplorerRuns {
  const service = useRunService({ workers: LANE_WORKERS, store });
  const [currentState, setCurrentState] = useState<LaneState>(IDLE_LANE);
  const [baselineState, setBaselineState] = useState<LaneState>(IDLE_LANE);
  const lanes = useRef<{ current: RunLane; baseline: RunLane } | null>(null);

  // Effects run in order: the lanes exist before the two effects below ask them for runs, and
  // the user's run is asked for first, so that a baseline equal to it shares its run.
  useEffect(() => {
    // A lane's news (a run asked for, its progress, its result) redraws the whole explorer: in a
    // transition, so React renders it in slices and a lever's next movement is never kept waiting
    // behind it (issue 15: no long task during a drag). The slider itself is outside: LeverControl.
    // While a lever is dragged, a run in flight is let finish (latest-wins.ts): stopping it for a
    // request the drag will replace in moments would start a cold worker each time.
    const made = {
      current: new RunLane(service, (state) => startTransition(() => setCurrentState(state)), undefined, undefined, () => isDragging()),
      baseline: new RunLane(service, (state) => startTransition(() => setBaselineState(state)), undefined, undefined, () => isDragging()),
    };
    lanes.current = made;
    return () => {
      made.current.dispose();
      made.baseline.dispose();
      lanes.current = null;
    };
  }, [service]);

  useEffect(() => {
    lanes.current?.current.request(current);
  }, [current]);

  useEffect(() => {
    lanes.current?.baseline.request(baseline);
  }, [baseline]);

  const idle = !currentState.busy && !baselineState.busy && currentState.shown?.key === service.keyOf(current) && baselineState.shown?.key === service.keyOf(baseline);
  const spread = useSeedSpread(service, current, baseline, idle, spreadSeeds);
  // A failed run settles its lane too: nothing more will come (the run status says what failed).
  const settled = idle || currentState.error !== null || baselineState.error !== null;
  return { current: currentState, baseline: baselineState, spread, settled };
}
