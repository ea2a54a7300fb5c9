/**
 * Runs for the seminar and lecture views, one after another in one Web Worker, each cached by
 * its input. The explorer's lanes drop requests that a newer one supersedes; here every request
 * counts (a reveal needs its run and business as usual; a debrief needs one run per decision), so
 * requests queue instead. A run is a pure function of its input, so a cached result is exact.
 */
import type { RunInput, RunResult } from '../../models/index';
import { ResultCache } from '../runner/result-cache';
import { RunCancelledError, type ModelRunner, type RunProgress } from '../runner/types';
import { WorkerRunner } from '../runner/worker-runner';

/** Debriefs re-run the session once per decision: keep a whole session's worth. */
const QUEUE_CACHE_SIZE = 64;

export const inputKey = (input: RunInput): string => JSON.stringify(input);

export class RunQueue {
  private runner: ModelRunner | null = null;
  private readonly cache = new ResultCache(QUEUE_CACHE_SIZE);
  private readonly inflight = new Map<string, Promise<RunResult>>();
  private chain: Promise<unknown> = Promise.resolve();
  private generation = 0;

  constructor(private readonly makeRunner: () => ModelRunner = () => new WorkerRunner()) {}

  /** The cached result of an input (by its key), if it has run. */
  peek(key: string): RunResult | undefined {
    return this.cache.get(key);
  }

  run(input: RunInput, onProgress?: (p: RunProgress) => void): Promise<RunResult> {
    const key = inputKey(input);
    const hit = this.cache.get(key);
    if (hit) return Promise.resolve(hit);
    const running = this.inflight.get(key);
    if (running) return running;
    const generation = this.generation;
    const job = this.chain.then(async () => {
      if (generation !== this.generation) throw new RunCancelledError();
      const again = this.cache.get(key);
      if (again) return again;
      this.runner ??= this.makeRunner();
      const result = await this.runner.run({ input, onProgress });
      this.cache.set(key, result);
      return result;
    });
    this.chain = job.catch(() => undefined);
    this.inflight.set(key, job);
    const done = () => {
      if (this.inflight.get(key) === job) this.inflight.delete(key);
    };
    job.then(done, done);
    return job;
  }

  /** Drop queued runs and stop the worker; the queue can still be used afterwards (a new worker starts). */
  dispose(): void {
    this.generation++;
    this.inflight.clear();
    this.runner?.dispose();
    this.runner = null;
  }
}
