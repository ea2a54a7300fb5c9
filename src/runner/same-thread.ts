/**
 * Workers that run the one worker body in the calling thread, for Node tests (and any host
 * without threads). Each handles a request after a delay — none by default, or a deterministic
 * pseudo-random 0–6 ms so that workers finish out of order — and its replies reach the pool
 * asynchronously, as a real worker's would. A terminated worker posts nothing more; a run it is
 * still in stops at its next progress report (the only point at which the calling thread can get
 * a word in).
 */
import { WorkerPool } from './pool';
import type { WorkerFactory, WorkerLike, WorkerReply, WorkerRequest } from './protocol';
import type { ResultStore } from './result-store';
import { RunService } from './run-service';
import { RunCancelledError } from './types';
import { createWorkerBody } from './worker-body';

export interface SameThreadStats {
  /** Populations drawn (not reused), runs started, workers terminated. */
  draws: number;
  started: number;
  terminated: number;
  /** The size of each group of runs sent together (pool.ts, groups). */
  groups: number[];
}

export const newSameThreadStats = (): SameThreadStats => ({ draws: 0, started: 0, terminated: 0, groups: [] });

export interface SameThreadOptions {
  readonly stats?: SameThreadStats;
  /** Seed of the random delays; omitted: every request is handled on the next macrotask. */
  readonly delaySeed?: number;
}

/** A deterministic generator for the delays (a test must not depend on timing luck). */
function delays(seed: number | undefined): () => number {
  if (seed === undefined) return () => 0;
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % 7;
  };
}

export function sameThreadWorkers(options: SameThreadOptions = {}): WorkerFactory {
  const stats = options.stats ?? newSameThreadStats();
  const delay = delays(options.delaySeed);
  return (): WorkerLike => {
    let terminated = false;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {
        if (terminated) return;
        terminated = true;
        stats.terminated++;
        for (const t of timers) clearTimeout(t);
        timers.clear();
      },
      postMessage(message: WorkerRequest) {
        if (message.type === 'run') stats.started++;
        if (message.type === 'runs') {
          stats.started += message.runs.length;
          stats.groups.push(message.runs.length);
        }
        const timer = setTimeout(() => {
          timers.delete(timer);
          try {
            handle(message);
          } catch (error) {
            if (!terminated || !(error instanceof RunCancelledError)) throw error;
          }
        }, delay());
        timers.add(timer);
      },
    };
    const handle = createWorkerBody((reply: WorkerReply) => {
      if (terminated) throw new RunCancelledError('the worker was terminated');
      if (reply.type === 'result' && !reply.timing.populationReused) stats.draws++;
      worker.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
    });
    return worker;
  };
}

/** A run service on same-thread workers: the app's runner, whole, for Node. */
export function sameThreadService(options: SameThreadOptions & { readonly size?: number; readonly store?: ResultStore; readonly progressAfterMs?: number; readonly progressEveryMs?: number } = {}): RunService {
  const { size = 1, store, progressAfterMs, progressEveryMs } = options;
  return new RunService(new WorkerPool({ size, createWorker: sameThreadWorkers(options), progressAfterMs, progressEveryMs }), store);
}
