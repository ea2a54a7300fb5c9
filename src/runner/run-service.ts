/**
 * The run service: `run(input, { signal, onProgress, shape })` over a pool of workers and one
 * result store, keyed by one cache key (runCacheKey). It has no scheduling policy: every call is
 * a request for one run, answered from the store when it can be, shared with an equal request
 * already in flight, or else sent to the pool. The policies sit on top: the newest request wins
 * (latest-wins.ts, the explorer's lanes) and every request counts (every-request.ts, batches).
 *
 * Sharing: equal requests (same key, and a shape the running one can serve) wait on one run.
 * Aborting one of them lets go of that run; the run itself is cancelled only when nobody waits
 * for it any more. Every finished run is stored as soon as it arrives, so a batch given up
 * halfway still leaves its finished runs for next time.
 */
import { runCacheKey, type RunInput, type RunResult } from '../../models/index';
import { packRun, type CompactRun } from './compact-run';
import type { PoolResult, WorkerPool } from './pool';
import { ResultStore } from './result-store';
import { RunCancelledError, type ModelRunner, type RunOptions, type RunProgress, type RunShape, type ShapedRun } from './types';

const RICHNESS: Record<RunShape, number> = { summary: 0, months: 1, full: 2 };

interface Flight {
  readonly key: string;
  readonly shape: RunShape;
  readonly promise: Promise<PoolResult>;
  readonly controller: AbortController;
  readonly listeners: Set<(progress: RunProgress) => void>;
  waiters: number;
}

/** A run in the shape asked for, from a run in the same or a richer shape. */
function reshape<S extends RunShape>(run: RunResult | CompactRun, shape: S): ShapedRun<S> {
  if ('modelVersion' in run && shape !== 'full') return packRun(run, shape === 'months') as ShapedRun<S>;
  return run as ShapedRun<S>;
}

export class RunService implements ModelRunner {
  private readonly inflight = new Map<string, Flight>();
  /**
   * Keys already worked out, by input object. A view asks for the key of the same input object
   * several times per render (the lanes, the seed spread, "is everything shown?"), and the key is
   * the canonical JSON of the whole input, routes included: during a drag that was a few
   * milliseconds per render. Run inputs are never changed once made, so a key per object is exact.
   */
  private readonly keys = new WeakMap<RunInput, string>();

  constructor(
    private readonly pool: WorkerPool,
    readonly store: ResultStore = new ResultStore(),
  ) {}

  /** How many workers the runs share. */
  get size(): number {
    return this.pool.size;
  }

  keyOf(input: RunInput): string {
    let key = this.keys.get(input);
    if (key === undefined) {
      key = runCacheKey(input);
      this.keys.set(input, key);
    }
    return key;
  }

  peek<S extends RunShape = 'full'>(input: RunInput, shape: S = 'full' as S): ShapedRun<S> | undefined {
    return this.store.get(this.keyOf(input), shape);
  }

  run<S extends RunShape = 'full'>(input: RunInput, options: RunOptions<S> = {}): Promise<ShapedRun<S>> {
    const shape = options.shape ?? ('full' as S);
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new RunCancelledError());
    const key = this.keyOf(input);
    const stored = this.store.get(key, shape);
    if (stored) return Promise.resolve(stored);
    let flight = this.inflight.get(key);
    if (!flight || RICHNESS[flight.shape] < RICHNESS[shape]) flight = this.launch(key, input, shape, options);
    return this.wait(flight, shape, signal, onProgress);
  }

  /** Start the pool's workers now, before the first request. */
  prepare(): void {
    this.pool.prepare();
  }

  /**
   * Cancel every run waiting or running and stop the workers. The service stays usable: the next
   * request starts fresh workers (React's strict mode unmounts and mounts a view again).
   */
  stop(): void {
    for (const flight of this.inflight.values()) flight.controller.abort();
    this.inflight.clear();
    this.pool.stop();
  }

  /** Stop everything for good (the command line, when it is done). */
  dispose(): void {
    this.stop();
    this.pool.dispose();
  }

  private launch<S extends RunShape>(key: string, input: RunInput, shape: S, options: RunOptions<S>): Flight {
    const controller = new AbortController();
    const listeners = new Set<(progress: RunProgress) => void>();
    const onProgress = options.onProgress ? (p: RunProgress) => listeners.forEach((l) => l(p)) : undefined;
    const promise = this.pool.submit({ input, shape, onProgress }, controller.signal);
    const flight: Flight = { key, shape, promise, controller, listeners, waiters: 0 };
    this.inflight.set(key, flight);
    const done = () => {
      if (this.inflight.get(key) === flight) this.inflight.delete(key);
    };
    promise.then(
      (result) => {
        done();
        this.store.set(key, result.run);
        options.onTiming?.(result.timing);
      },
      done,
    );
    return flight;
  }

  private wait<S extends RunShape>(flight: Flight, shape: S, signal?: AbortSignal, onProgress?: (p: RunProgress) => void): Promise<ShapedRun<S>> {
    flight.waiters++;
    if (onProgress) flight.listeners.add(onProgress);
    return new Promise<ShapedRun<S>>((resolve, reject) => {
      let waiting = true;
      const leave = () => {
        if (!waiting) return false;
        waiting = false;
        signal?.removeEventListener('abort', abort);
        if (onProgress) flight.listeners.delete(onProgress);
        flight.waiters--;
        return true;
      };
      const abort = () => {
        if (!leave()) return;
        if (flight.waiters === 0) {
          // Nobody wants it any more: forget it at once, so an equal request starts afresh.
          if (this.inflight.get(flight.key) === flight) this.inflight.delete(flight.key);
          flight.controller.abort();
        }
        reject(new RunCancelledError());
      };
      signal?.addEventListener('abort', abort, { once: true });
      flight.promise.then(
        (result) => leave() && resolve(reshape(result.run, shape)),
        (error: unknown) => leave() && reject(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }
}
