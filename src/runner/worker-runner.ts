/**
 * ModelRunner backed by a Web Worker, so a run never blocks the page.
 *
 * One run is live at a time. A model run is a synchronous loop inside the worker, which cannot
 * read a "cancel" message until it finishes; so cancelling (or superseding with a newer request)
 * terminates the worker and the next run starts a fresh one. Replies are matched by request id,
 * and any reply that is not for the live request (a stale one from a terminated worker, say) is
 * ignored.
 */
import type { RunResult } from '../../models/index';
import type { WorkerReply, WorkerRequest } from './protocol';
import { RunCancelledError, type ModelRunner, type RunProgress, type RunRequest } from './types';

/** The part of the Worker API the runner uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type WorkerFactory = () => WorkerLike;

interface LiveRun {
  readonly id: number;
  readonly resolve: (result: RunResult) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: RunProgress) => void;
}

/** The real model worker. Vite finds and bundles it through this exact `new URL(...)` pattern. */
export function createModelWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'crossings-model' }) as WorkerLike;
}

export class WorkerRunner implements ModelRunner {
  private worker: WorkerLike | null = null;
  private live: LiveRun | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly createWorker: WorkerFactory = createModelWorker) {}

  run(request: RunRequest): Promise<RunResult> {
    if (this.disposed) return Promise.reject(new Error('model runner has been disposed'));
    this.cancel();
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise<RunResult>((resolve, reject) => {
      this.live = { id, resolve, reject, onProgress: request.onProgress };
      worker.postMessage({ type: 'run', id, input: request.input });
    });
  }

  cancel(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    this.stopWorker();
    live.reject(new RunCancelledError());
  }

  dispose(): void {
    this.cancel();
    this.stopWorker();
    this.disposed = true;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => this.crash(worker, event);
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    if (!this.worker) return;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.worker = null;
  }

  private receive(reply: WorkerReply): void {
    const live = this.live;
    if (!live || reply.id !== live.id) return; // stale: for a request that has been superseded
    switch (reply.type) {
      case 'progress':
        live.onProgress?.({ month: reply.month, total: reply.total });
        break;
      case 'result':
        this.live = null;
        live.resolve(reply.result);
        break;
      case 'error':
        this.live = null;
        live.reject(new Error(reply.message));
        break;
    }
  }

  /** The worker failed outside a run's try/catch (e.g. its script did not load). */
  private crash(worker: WorkerLike, event: ErrorEvent): void {
    if (worker !== this.worker) return;
    event.preventDefault?.();
    this.stopWorker();
    const live = this.live;
    this.live = null;
    live?.reject(new Error(`model worker failed: ${event.message || 'unknown error'}`));
  }
}
