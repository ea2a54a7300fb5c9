/**
 * Results of recent runs by input key, shared by the explorer's two lanes (the user's run and the
 * baseline). Runs are pure functions of their input, so a cached result is exact: moving a lever
 * back to where it was, or a baseline equal to the current settings, costs nothing. It also
 * tracks runs in flight, so two lanes asking for the same input share one run.
 */
import type { RunResult } from '../../models/index';

/** About 100 kB per 120-month run: a few dozen cost little memory. */
export const CACHE_SIZE = 32;

export class ResultCache {
  private readonly entries = new Map<string, RunResult>();
  private readonly inflight = new Map<string, Promise<RunResult>>();

  constructor(private readonly size = CACHE_SIZE) {}

  get(key: string): RunResult | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so eviction drops the oldest.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, result: RunResult): void {
    this.entries.delete(key);
    this.entries.set(key, result);
    while (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** The run in flight for this key, if a lane has started one. */
  running(key: string): Promise<RunResult> | undefined {
    return this.inflight.get(key);
  }

  track(key: string, run: Promise<RunResult>): void {
    this.inflight.set(key, run);
    const done = () => {
      if (this.inflight.get(key) === run) this.inflight.delete(key);
    };
    run.then(done, done);
  }
}
