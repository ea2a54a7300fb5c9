/**
 * React hook: the explorer's two lanes of runs, each in its own Web Worker — the user's settings
 * and the baseline (the scenario as loaded, same seed and size). They share a result cache, so
 * the baseline is computed once per scenario, seed, agents and months, and not at all when it
 * equals the user's settings.
 */
import { useEffect, useRef, useState } from 'react';
import type { RunInput } from '../../models/index';
import { ResultCache } from './result-cache';
import { IDLE_LANE, RunLane, type LaneState } from './run-lane';
import { WorkerRunner } from './worker-runner';

export interface KeyedInput {
  readonly key: string;
  readonly input: RunInput;
}

export interface ExplorerRuns {
  readonly current: LaneState;
  readonly baseline: LaneState;
}

export function useExplorerRuns(current: KeyedInput, baseline: KeyedInput): ExplorerRuns {
  const [currentState, setCurrentState] = useState<LaneState>(IDLE_LANE);
  const [baselineState, setBaselineState] = useState<LaneState>(IDLE_LANE);
  const lanes = useRef<{ current: RunLane; baseline: RunLane } | null>(null);

  // Effects run in order: the lanes exist before the two effects below ask them for runs, and
  // the user's run is asked for first, so that a baseline equal to it shares its run.
  useEffect(() => {
    const cache = new ResultCache();
    const made = {
      current: new RunLane(new WorkerRunner(), cache, setCurrentState),
      baseline: new RunLane(new WorkerRunner(), cache, setBaselineState),
    };
    lanes.current = made;
    return () => {
      made.current.dispose();
      made.baseline.dispose();
      lanes.current = null;
    };
  }, []);

  useEffect(() => {
    lanes.current?.current.request(current.key, current.input);
  }, [current.key, current.input]);

  useEffect(() => {
    lanes.current?.baseline.request(baseline.key, baseline.input);
  }, [baseline.key, baseline.input]);

  return { current: currentState, baseline: baselineState };
}
