/**
 * ModelRunner that runs the model in the calling thread. For Node (tests, scripts) and as the
 * reference the worker runner must agree with. A run blocks until it finishes, so the only
 * moment another call can cancel or supersede it is from inside its own progress callback; the
 * run then stops after the current month.
 */
import { runModel, type RunResult } from '../../models/index';
import { RunCancelledError, type ModelRunner, type RunRequest } from './types';

export class SyncRunner implements ModelRunner {
  private liveToken: object | null = null;
  private disposed = false;

  run(request: RunRequest): Promise<RunResult> {
    if (this.disposed) return Promise.reject(new Error('model runner has been disposed'));
    const token = {};
    this.liveToken = token;
    try {
      const result = runModel(request.input, (month, total) => {
        if (this.liveToken !== token) throw new RunCancelledError();
        request.onProgress?.({ month, total });
        if (this.liveToken !== token) throw new RunCancelledError();
      });
      if (this.liveToken === token) this.liveToken = null;
      return Promise.resolve(result);
    } catch (error) {
      if (this.liveToken === token) this.liveToken = null;
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  cancel(): void {
    this.liveToken = null;
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }
}
