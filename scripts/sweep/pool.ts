/**
 * The sweep's runs on worker threads: the app's run service and "every request counts" policy
 * (src/runner), with the pool's workers as Node worker threads running the one worker body. The
 * runs come back in input order however they were shared out, so the same inputs give the same
 * list whatever the number of workers.
 */
import type { RunInput, RunSummary } from '../../models/index';
import { RunQueue } from '../../src/runner/every-request';
import { nodeThreadWorkers } from '../../src/runner/node-threads';
import { WorkerPool } from '../../src/runner/pool';
import { ResultStore } from '../../src/runner/result-store';
import { RunService } from '../../src/runner/run-service';

/** Populations each thread may keep: a sweep runs the same seeds at every point. */
export const POPULATION_BYTES_PER_THREAD = 300_000_000;
/** A sweep never asks for a run twice, so there is nothing worth keeping. */
const STORE_BYTES = 0;

/**
 * Run every input (at most `workers` at a time, one per thread) and return the run summaries in
 * input order. `onProgress` is called as runs finish with the number done so far.
 */
export async function runInPool(inputs: readonly RunInput[], workers: number, onProgress?: (done: number, total: number) => void): Promise<RunSummary[]> {
  if (inputs.length === 0) return [];
  const size = Math.max(1, Math.min(Math.floor(workers), inputs.length));
  const pool = new WorkerPool({ size, createWorker: nodeThreadWorkers(), populationBytes: size * POPULATION_BYTES_PER_THREAD });
  const service = new RunService(pool, new ResultStore(STORE_BYTES));
  try {
    const { runs } = await new RunQueue(service).runAll(inputs, { onProgress: (p) => onProgress?.(p.done, p.total) });
    return runs.map((run) => run.summary);
  } finally {
    service.dispose();
  }
}
