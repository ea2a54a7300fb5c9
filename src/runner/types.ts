/**
 * The run seam. A view asks a ModelRunner for a run — `run(input, { signal, onProgress, shape })`
 * — and gets a promise of the result in the shape it needs; it does not know how many workers
 * there are, whether they are Web Workers, worker threads or the calling thread, or whether the
 * result came from the store. The runner has no scheduling policy of its own: "the newest
 * request wins" (latest-wins.ts) and "every request counts" (every-request.ts) sit on top.
 */
import type { RunInput, RunResult } from '../../models/index';
import type { CompactRun } from './compact-run';

/** How far a run has got: `month` of `total` months simulated. */
export interface RunProgress {
  readonly month: number;
  readonly total: number;
}

/**
 * What a view needs of a run: the whole RunResult (the explorer, seminar and lecture charts), or
 * the compact form (flat typed arrays, moved between threads without copying) with every month
 * (Compare's bands) or with the summary only (sweeps, maps, tornados).
 */
export type RunShape = 'full' | 'months' | 'summary';

export type ShapedRun<S extends RunShape> = S extends 'full' ? RunResult : CompactRun;

/** Where a computed run's time went, measured in its worker. */
export interface RunTiming {
  /** Drawing the population (0 when a drawn one was reused). */
  readonly populationMs: number;
  /** The run itself: copying the people, warm-up and the recorded months. */
  readonly runMs: number;
  readonly populationReused: boolean;
}

export interface RunOptions<S extends RunShape = 'full'> {
  /** Default 'full'. */
  readonly shape?: S;
  /** Abort to give up on the run: its promise rejects with RunCancelledError. */
  readonly signal?: AbortSignal;
  /** Called as the run goes (only for runs slow enough to report, see progress-gate.ts). */
  readonly onProgress?: (progress: RunProgress) => void;
  /** Called once if this request computed the run (not for a stored or shared one). */
  readonly onTiming?: (timing: RunTiming) => void;
}

export interface ModelRunner {
  /** Run one input (or take it from the store) in the shape asked for. */
  run<S extends RunShape = 'full'>(input: RunInput, options?: RunOptions<S>): Promise<ShapedRun<S>>;
  /** The stored run of an input in this shape, if there is one. */
  peek<S extends RunShape = 'full'>(input: RunInput, shape?: S): ShapedRun<S> | undefined;
  /** The cache key of an input: equal keys, equal runs. */
  keyOf(input: RunInput): string;
}

/** The rejection of a run that was cancelled or given up. Not a failure. */
export class RunCancelledError extends Error {
  constructor(message = 'model run cancelled') {
    super(message);
    this.name = 'RunCancelledError';
  }
}

export function isRunCancelled(error: unknown): error is RunCancelledError {
  return error instanceof RunCancelledError;
}

/** An error's message, for people. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
