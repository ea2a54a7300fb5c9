/**
 * A queue of whole batches of runs on one ModelRunner (one worker), for work that needs several
 * runs at once: a scenario's claims over five seeds and the scenarios they compare with, or the
 * history check's five seeds. Batches share the runner one run at a time, in the order asked;
 * equal runs (by key) are run once and kept in a small cache, so checking claims twice or two
 * batches needing the baseline cost nothing extra. A batch can be abandoned with an AbortSignal:
 * its runs not yet started are dropped (unless another batch needs them) and its promise rejects
 * with RunCancelledError. The explorer's own two lanes are untouched: this runner is separate.
 */
import type { RunInput, RunResult } from '../../models/index';
import { ResultCache } from './result-cache';
import { RunCancelledError, type ModelRunner } from './types';

export interface QueuedInput {
  readonly key: string;
  readonly input: RunInput;
}

export interface BatchProgress {
  readonly done: number;
  readonly total: number;
}

interface Task {
  readonly key: string;
  readonly input: RunInput;
  /** Batches still waiting for this run. */
  waiters: number;
  readonly promise: Promise<RunResult>;
  readonly resolve: (r: RunResult) => void;
  readonly reject: (e: Error) => void;
}

/** 120-month runs are about 100 kB each: a few dozen are cheap to keep. */
export const QUEUE_CACHE_SIZE = 48;

export class RunQueue {
  private readonly pending: Task[] = [];
  private readonly byKey = new Map<string, Task>();
  private running: Task | null = null;
  private disposed = false;

  constructor(
    private readonly runner: ModelRunner,
    private readonly cache = new ResultCache(QUEUE_CACHE_SIZE),
  ) {}

  /** Every input's result, in the order given. */
  runAll(inputs: readonly QueuedInput[], options: { onProgress?: (p: BatchProgress) => void; signal?: AbortSignal } = {}): Promise<RunResult[]> {
    if (this.disposed) return Promise.reject(new Error('the run queue has been disposed'));
    const { onProgress, signal } = options;
    if (signal?.aborted) return Promise.reject(new RunCancelledError());
    const total = inputs.length;
    let done = 0;
    const joined: Task[] = [];
    const each = inputs.map(({ key, input }) => {
      const cached = this.cache.get(key);
      if (cached) {
        done++;
        return Promise.resolve(cached);
      }
      const task = this.task(key, input);
      joined.push(task);
      return task.promise.then((r) => {
        onProgress?.({ done: ++done, total });
        return r;
      });
    });
    onProgress?.({ done, total });
    const all = Promise.all(each);
    this.pump();
    if (!signal) return all;
    return new Promise<RunResult[]>((resolve, reject) => {
      const abort = () => {
        for (const t of joined) t.waiters--;
        reject(new RunCancelledError());
      };
      signal.addEventListener('abort', abort, { once: true });
      all.then(
        (r) => {
          signal.removeEventListener('abort', abort);
          resolve(r);
        },
        (e: unknown) => {
          signal.removeEventListener('abort', abort);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.pending) t.reject(new RunCancelledError());
    this.pending.length = 0;
    this.byKey.clear();
    this.runner.dispose();
  }

  private task(key: string, input: RunInput): Task {
    const existing = this.byKey.get(key);
    if (existing) {
      existing.waiters++;
      return existing;
    }
    let resolve!: (r: RunResult) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<RunResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // rejections are handled by the batches that wait
    const task: Task = { key, input, waiters: 1, promise, resolve, reject };
    this.byKey.set(key, task);
    this.pending.push(task);
    return task;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    let next = this.pending.shift();
    while (next && next.waiters <= 0) {
      this.byKey.delete(next.key);
      next.reject(new RunCancelledError());
      next = this.pending.shift();
    }
    if (!next) return;
    const task = next;
    this.running = task;
    this.runner.run({ input: task.input }).then(
      (result) => {
        this.cache.set(task.key, result);
        this.finish(task);
        task.resolve(result);
      },
      (error: unknown) => {
        this.finish(task);
        task.reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  private finish(task: Task): void {
    if (this.byKey.get(task.key) === task) this.byKey.delete(task.key);
    if (this.running === task) this.running = null;
    queueMicrotask(() => this.pump());
  }
}
