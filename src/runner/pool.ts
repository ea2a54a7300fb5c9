/**
 * A pool of model workers for ensembles, comparisons and sweeps: many runs shared out over
 * several Web Workers, one run per worker at a time.
 *
 * - Results land by task index, so the list that comes back is the same whatever the number of
 *   workers and whichever finished first: aggregation never depends on scheduling.
 * - Seed affinity: a free worker takes, in this order, a task whose population it already holds,
 *   a task whose population no other worker holds or is drawing, or else the first task left.
 *   Each seed's people are then drawn about once for the whole batch rather than once per worker.
 * - Cancel terminates the workers: the runs in flight stop at once and their results are never
 *   seen; the batch's promise rejects with RunCancelledError. New workers start on the next batch.
 *
 * One batch at a time; a new batch while one runs is refused (the page offers one at a time).
 */
import type { RunInput } from '../../models/index';
import { populationCacheKey, type CompactRun, type PoolReply, type PoolRequest, type RunTiming } from './pool-protocol';
import { RunCancelledError } from './types';

export interface PoolTask {
  /** Without `population`: each worker draws or reuses its own. */
  readonly input: RunInput;
  readonly withMonths: boolean;
}

/** The part of the Worker API the pool uses; tests pass fakes. */
export interface PoolWorkerLike {
  postMessage(message: PoolRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PoolReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type PoolWorkerFactory = () => PoolWorkerLike;

/** Called as each run finishes: its task index, the run, and how many are done of how many. */
export type PoolResultListener = (task: number, run: CompactRun, done: number, total: number) => void;

export interface PoolTimings {
  /** Summed over workers: time spent drawing populations, and running. */
  readonly populationMs: number;
  readonly runMs: number;
  readonly populationsDrawn: number;
}

export interface PoolOutcome {
  /** One run per task, in task order. */
  readonly runs: CompactRun[];
  readonly timings: PoolTimings;
}

/** Most workers a pool starts: beyond this, memory grows faster than speed. */
export const MAX_POOL_SIZE = 8;
/** Bytes of drawn populations all workers together may keep (split evenly). */
export const POOL_POPULATION_BYTES = 240_000_000;
const BYTES_PER_AGENT = 100;

/** The real pool worker. Vite finds and bundles it through this exact `new URL(...)` pattern. */
export function createPoolWorker(): PoolWorkerLike {
  return new Worker(new URL('./pool-worker.ts', import.meta.url), { type: 'module', name: 'crossings-pool' }) as PoolWorkerLike;
}

/** One worker per logical core, at least 1 and at most MAX_POOL_SIZE. */
export function defaultPoolSize(cores: number | undefined = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency): number {
  const n = Number.isFinite(cores) ? Math.floor(cores as number) : 2;
  return Math.max(1, Math.min(MAX_POOL_SIZE, n));
}

interface Slot {
  worker: PoolWorkerLike | null;
  /** The task in flight (index in the batch) and its request id. */
  task: number | null;
  requestId: number;
  /** Population keys this worker probably holds, most recently used last (a mirror of its cache). */
  held: string[];
}

interface Batch {
  readonly tasks: readonly PoolTask[];
  readonly keys: readonly string[];
  readonly pending: number[];
  readonly runs: (CompactRun | undefined)[];
  done: number;
  populationMs: number;
  runMs: number;
  populationsDrawn: number;
  readonly onResult?: PoolResultListener;
  readonly resolve: (outcome: PoolOutcome) => void;
  readonly reject: (error: Error) => void;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private batch: Batch | null = null;
  private nextRequestId = 1;
  private disposed = false;

  constructor(
    readonly size: number = defaultPoolSize(),
    private readonly createWorker: PoolWorkerFactory = createPoolWorker,
    private readonly populationBytes: number = POOL_POPULATION_BYTES,
  ) {
    this.slots = Array.from({ length: Math.max(1, Math.floor(size)) }, () => ({ worker: null, task: null, requestId: 0, held: [] }));
  }

  get busy(): boolean {
    return this.batch !== null;
  }

  /** Start the workers now (their scripts load while the user is still choosing). */
  prepare(): void {
    if (this.disposed) return;
    this.slots.forEach((slot) => this.ensureWorker(slot));
  }

  run(tasks: readonly PoolTask[], onResult?: PoolResultListener): Promise<PoolOutcome> {
    if (this.disposed) return Promise.reject(new Error('the worker pool has been closed'));
    if (this.batch) return Promise.reject(new Error('the worker pool is already running a batch'));
    if (tasks.length === 0) return Promise.resolve({ runs: [], timings: { populationMs: 0, runMs: 0, populationsDrawn: 0 } });
    return new Promise<PoolOutcome>((resolve, reject) => {
      this.batch = {
        tasks,
        keys: tasks.map((t) => populationCacheKey(t.input)),
        pending: tasks.map((_, i) => i),
        runs: new Array(tasks.length),
        done: 0,
        populationMs: 0,
        runMs: 0,
        populationsDrawn: 0,
        onResult,
        resolve,
        reject,
      };
      this.slots.forEach((slot) => this.feed(slot));
    });
  }

  /** Stop everything in flight; the batch rejects with RunCancelledError. */
  cancel(): void {
    this.stop(new RunCancelledError('the runs were cancelled'));
  }

  dispose(): void {
    this.cancel();
    this.slots.forEach((slot) => this.stopWorker(slot));
    this.disposed = true;
  }

  private stop(error: Error): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    // Terminate only the workers with a run in flight; idle ones keep their populations.
    this.slots.forEach((slot) => {
      if (slot.task !== null) this.stopWorker(slot);
    });
    batch.reject(error);
  }

  private stopWorker(slot: Slot): void {
    if (slot.worker) {
      slot.worker.onmessage = null;
      slot.worker.onerror = null;
      slot.worker.terminate();
    }
    slot.worker = null;
    slot.task = null;
    slot.held = [];
  }

  private ensureWorker(slot: Slot): PoolWorkerLike {
    if (slot.worker) return slot.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.stop(new Error(`a model worker failed: ${event.message || 'unknown error'}`));
      this.stopWorker(slot);
    };
    worker.postMessage({ type: 'config', populationBytes: Math.floor(this.populationBytes / this.slots.length) });
    slot.worker = worker;
    return worker;
  }

  /** Give a free worker its next task, preferring seeds it (or nobody) has drawn. */
  private feed(slot: Slot): void {
    const batch = this.batch;
    if (!batch || slot.task !== null || batch.pending.length === 0) return;
    const at = this.pick(slot, batch);
    const task = batch.pending.splice(at, 1)[0];
    const key = batch.keys[task];
    const input = batch.tasks[task].input;
    const capacity = Math.max(1, Math.floor(this.populationBytes / this.slots.length / (BYTES_PER_AGENT * (input.agents ?? 100_000))));
    slot.held = [...slot.held.filter((k) => k !== key), key].slice(-capacity);
    slot.task = task;
    slot.requestId = this.nextRequestId++;
    this.ensureWorker(slot).postMessage({ type: 'run', id: slot.requestId, input, withMonths: batch.tasks[task].withMonths });
  }

  private pick(slot: Slot, batch: Batch): number {
    const mine = new Set(slot.held);
    const mineAt = batch.pending.findIndex((t) => mine.has(batch.keys[t]));
    if (mineAt >= 0) return mineAt;
    const others = new Set<string>();
    for (const s of this.slots) {
      if (s === slot) continue;
      for (const k of s.held) others.add(k);
    }
    const freeAt = batch.pending.findIndex((t) => !others.has(batch.keys[t]));
    return freeAt >= 0 ? freeAt : 0;
  }

  private receive(slot: Slot, reply: PoolReply): void {
    const batch = this.batch;
    if (!batch || slot.task === null || reply.id !== slot.requestId) return;
    const task = slot.task;
    slot.task = null;
    if (reply.type === 'error') {
      this.stop(new Error(`run ${task + 1} of ${batch.tasks.length}: ${reply.message}`));
      return;
    }
    batch.runs[task] = reply.run;
    this.addTiming(batch, reply.timing);
    batch.done++;
    batch.onResult?.(task, reply.run, batch.done, batch.tasks.length);
    if (batch.done === batch.tasks.length) {
      this.batch = null;
      batch.resolve({
        runs: batch.runs as CompactRun[],
        timings: { populationMs: batch.populationMs, runMs: batch.runMs, populationsDrawn: batch.populationsDrawn },
      });
      return;
    }
    this.feed(slot);
  }

  private addTiming(batch: Batch, timing: RunTiming): void {
    batch.populationMs += timing.populationMs;
    batch.runMs += timing.runMs;
    if (!timing.populationReused) batch.populationsDrawn++;
  }
}
