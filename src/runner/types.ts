/**
 * The model-runner seam. The app asks a ModelRunner for a run and gets a promise of the result;
 * it does not know whether the model runs in a Web Worker (WorkerRunner, the browser) or in the
 * calling thread (SyncRunner, Node and tests). Both implement this one interface.
 */
import type { RunInput, RunResult } from '../../models/index';

/** How far a run has got: `month` of `total` months simulated. */
export interface RunProgress {
  readonly month: number;
  readonly total: number;
}

export interface RunRequest {
  readonly input: RunInput;
  /** Called after each simulated month of this run (never for a superseded or cancelled run). */
  readonly onProgress?: (progress: RunProgress) => void;
}

export interface ModelRunner {
  /**
   * Start a run. Only one run is live at a time: a newer call supersedes the run in progress,
   * whose promise then rejects with RunCancelledError.
   */
  run(request: RunRequest): Promise<RunResult>;
  /** Stop the run in progress, if any; its promise rejects with RunCancelledError. */
  cancel(): void;
  /** Cancel and release resources (the worker). Later calls to run() reject. */
  dispose(): void;
}

/** The rejection of a run that was cancelled or superseded by a newer one. Not a failure. */
export class RunCancelledError extends Error {
  constructor(message = 'model run cancelled') {
    super(message);
    this.name = 'RunCancelledError';
  }
}

export function isRunCancelled(error: unknown): error is RunCancelledError {
  return error instanceof RunCancelledError;
}
