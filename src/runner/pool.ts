/**
 * A pool of N model workers: requests wait in one list and each free worker takes the next,
 * one run (or one group of runs, below) per worker at a time.
 *
 * - Request ids: every run message carries a fresh id and its replies echo it; a reply for
 *   anything but the worker's current request (a late one from a request given up on) is dropped.
 * - Seed affinity: a free worker takes, in this order, a waiting request whose population it
 *   already holds, one whose population no other worker holds or is drawing, or else the first
 *   waiting. Each seed's people are then drawn about once rather than once per worker.
 * - Groups: with it go the waiting requests that can share its first months — same seed, size,
 *   calibration and routes, the same levers in month 0 (runBranchKey), no progress asked — up to
 *   an even share of the waiting work per worker, so that no worker idles while another works
 *   through a long group. The worker simulates the months they share once (models/run.ts).
 * - Transfers: compact results come back as transferred buffers (worker-body.ts).
 * - Cancel: aborting a request's signal drops it if it is waiting, or terminates its worker if it
 *   is running (a run is a synchronous loop that cannot read a message until it ends); that slot
 *   starts a fresh worker for its next request, and the other runs of its group wait again. A
 *   worker that crashes fails only its own request (or group).
 *
 * No other policy lives here: which requests to make, to drop or to keep is decided above
 * (run-service.ts, latest-wins.ts, every-request.ts).
 */
import { DEFAULT_AGENTS, runBranchKey, runPopulationKey, type RunInput, type RunResult } from '../../models/index';
import { createModelWorker, defaultPoolSize } from './browser-workers';
import type { CompactRun } from './compact-run';
import { populationsThatFit } from './population-budget';
import type { WorkerFactory, WorkerLike, WorkerReply } from './protocol';
import { RunCancelledError, type RunProgress, type RunShape, type RunTiming } from './types';

/** Bytes of drawn populations all workers of a pool together may keep (split evenly). */
export const POOL_POPULATION_BYTES = 240_000_000;

export interface PoolRequest {
  /** Without `population`: each worker draws or reuses its own. */
  readonly input: RunInput;
  readonly shape: RunShape;
  readonly onProgress?: (progress: RunProgress) => void;
}

export interface PoolResult {
  readonly run: RunResult | CompactRun;
  readonly timing: RunTiming;
}

export interface PoolOptions {
  readonly size?: number;
  readonly createWorker?: WorkerFactory;
  readonly populationBytes?: number;
  /** Have each new worker make a tiny run first, to compile the model before real work (default: no). */
  readonly warmUp?: boolean;
  /** Passed to each worker (progress-gate.ts); tests set 0 to see every month. */
  readonly progressAfterMs?: number;
  readonly progressEveryMs?: number;
}

interface Job {
  readonly request: PoolRequest;
  readonly populationKey: string;
  /** Requests with equal keys can run as a group (runBranchKey); null for those that ask for progress. */
  readonly branchKey: string | null;
  readonly resolve: (result: PoolResult) => void;
  readonly reject: (error: Error) => void;
  readonly detach: () => void;
}

interface Slot {
  worker: WorkerLike | null;
  /** The worker's current runs by request id (one, or a group's); empty when free. */
  readonly running: Map<number, Job>;
  /** Population keys this worker probably holds, most recently used last (a mirror of its store). */
  held: string[];
}

export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[];
  private readonly waiting: Job[] = [];
  private readonly createWorker: WorkerFactory;
  private readonly populationBytes: number;
  private nextRequestId = 1;
  private feedScheduled = false;
  private disposed = false;

  constructor(private readonly options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.createWorker = options.createWorker ?? createModelWorker;
    this.populationBytes = options.populationBytes ?? POOL_POPULATION_BYTES;
    this.slots = Array.from({ length: this.size }, () => ({ worker: null, running: new Map<number, Job>(), held: [] }));
  }

  /** Requests waiting or running. */
  get load(): number {
    return this.waiting.length + this.slots.reduce((n, s) => n + s.running.size, 0);
  }

  /** Start the workers now (their scripts load and warm up while the user is still choosing). */
  prepare(): void {
    if (!this.disposed) this.slots.forEach((slot) => this.ensureWorker(slot));
  }

  submit(request: PoolRequest, signal?: AbortSignal): Promise<PoolResult> {
    if (this.disposed) return Promise.reject(new Error('the worker pool has been closed'));
    if (signal?.aborted) return Promise.reject(new RunCancelledError());
    return new Promise<PoolResult>((resolve, reject) => {
      const abort = () => this.abort(job);
      const detach = () => signal?.removeEventListener('abort', abort);
      const branchKey = request.onProgress ? null : groupKey(request.input);
      const job: Job = { request, populationKey: runPopulationKey(request.input), branchKey, resolve, reject, detach };
      signal?.addEventListener('abort', abort, { once: true });
      this.waiting.push(job);
      this.scheduleFeed();
    });
  }

  /** Cancel everything, waiting and running, and stop every worker; the pool can be used again. */
  stop(): void {
    for (const job of this.waiting.splice(0)) this.settle(job, new RunCancelledError());
    for (const slot of this.slots) {
      const jobs = [...slot.running.values()];
      this.stopWorker(slot);
      for (const job of jobs) this.settle(job, new RunCancelledError());
    }
  }

  dispose(): void {
    this.stop();
    this.disposed = true;
  }

  private settle(job: Job, outcome: Error | PoolResult): void {
    job.detach();
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
  }

  private abort(job: Job): void {
    const at = this.waiting.indexOf(job);
    if (at >= 0) {
      this.waiting.splice(at, 1);
      this.settle(job, new RunCancelledError());
      return;
    }
    const slot = this.slots.find((s) => [...s.running.values()].includes(job));
    if (!slot) return;
    const others = [...slot.running.values()].filter((j) => j !== job);
    this.stopWorker(slot);
    this.settle(job, new RunCancelledError());
    // The rest of its group wait again, first in line (a batch given up aborts them next).
    this.waiting.unshift(...others);
    // After the current task: a batch given up aborts all its runs at once, and a fresh worker
    // must not be started for a waiting run that is about to be aborted too.
    queueMicrotask(() => this.feed(slot));
  }

  private stopWorker(slot: Slot): void {
    if (slot.worker) {
      slot.worker.onmessage = null;
      slot.worker.onerror = null;
      slot.worker.terminate();
    }
    slot.worker = null;
    slot.running.clear();
    slot.held = [];
  }

  private ensureWorker(slot: Slot): WorkerLike {
    if (slot.worker) return slot.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(slot, event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      const jobs = [...slot.running.values()];
      this.stopWorker(slot);
      for (const job of jobs) this.settle(job, new Error(`a model worker failed: ${event.message || 'unknown error'}`));
      this.feed(slot);
    };
    const { warmUp, progressAfterMs, progressEveryMs } = this.options;
    worker.postMessage({ type: 'config', populationBytes: Math.floor(this.populationBytes / this.size), warmUp, progressAfterMs, progressEveryMs });
    slot.worker = worker;
    return worker;
  }

  /**
   * Hand out work after the current task, once: requests made together (a batch asks for its
   * runs one call at a time) are all waiting by then, so seed affinity can see every one of them.
   */
  private scheduleFeed(): void {
    if (this.feedScheduled) return;
    this.feedScheduled = true;
    queueMicrotask(() => {
      this.feedScheduled = false;
      for (const slot of this.slots) this.feed(slot);
    });
  }

  /** Give a free worker its next request (and those that can run with it), preferring seeds it (or nobody) has drawn. */
  private feed(slot: Slot): void {
    if (this.disposed || slot.running.size > 0 || this.waiting.length === 0) return;
    // An even share of the work waiting or running, so that a group does not leave a worker idle.
    const share = Math.ceil(this.load / this.size);
    const job = this.waiting.splice(this.pick(slot), 1)[0];
    const group = [job];
    for (let k = 0; k < this.waiting.length && group.length < share && job.branchKey !== null; ) {
      if (this.waiting[k].branchKey === job.branchKey) group.push(...this.waiting.splice(k, 1));
      else k++;
    }
    const { input } = job.request;
    const capacity = populationsThatFit(this.populationBytes / this.size, input.agents ?? DEFAULT_AGENTS);
    slot.held = [...slot.held.filter((k) => k !== job.populationKey), job.populationKey].slice(-capacity);
    const messages = group.map((j) => {
      const id = this.nextRequestId++;
      slot.running.set(id, j);
      const { input: runInput, shape, onProgress } = j.request;
      return { type: 'run', id, input: runInput, shape, progress: onProgress !== undefined } as const;
    });
    const worker = this.ensureWorker(slot);
    worker.postMessage(messages.length === 1 ? messages[0] : { type: 'runs', runs: messages });
  }

  private pick(slot: Slot): number {
    const mine = new Set(slot.held);
    const mineAt = this.waiting.findIndex((j) => mine.has(j.populationKey));
    if (mineAt >= 0) return mineAt;
    const others = new Set<string>();
    for (const s of this.slots) {
      if (s === slot) continue;
      for (const k of s.held) others.add(k);
    }
    const freeAt = this.waiting.findIndex((j) => !others.has(j.populationKey));
    return freeAt >= 0 ? freeAt : 0;
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    const job = slot.running.get(reply.id);
    if (!job) return; // stale: for a request given up on
    if (reply.type === 'progress') {
      job.request.onProgress?.({ month: reply.month, total: reply.total });
      return;
    }
    slot.running.delete(reply.id);
    this.settle(job, reply.type === 'error' ? new Error(reply.message) : { run: reply.run, timing: reply.timing });
    this.feed(slot);
  }
}

/** runBranchKey, or null for an input it cannot read (the worker then reports what is wrong with it). */
function groupKey(input: RunInput): string | null {
  try {
    return runBranchKey(input);
  } catch {
    return null;
  }
}

