/**
 * A pool of worker threads that runs many model inputs in parallel. Each request carries an id
 * (its index in the input list) and each reply is stored under that id, so the results come back
 * in input order however the runs were shared out: the same inputs give the same list whatever
 * the number of workers.
 *
 * The workers start from a small .mjs file that registers tsx's hooks before loading the
 * TypeScript worker: on Node 20 a worker thread does not get tsx's hooks from the parent's
 * `--import tsx` (or from `execArgv: process.execArgv`), and a .ts entry fails with "Unknown file
 * extension". The bootstrap works however the parent was started (tsx, node --import tsx, vitest).
 */
import { Worker } from 'node:worker_threads';
import type { RunInput, RunSummary } from '../../models/index';

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);

export interface RunRequest {
  readonly id: number;
  readonly input: RunInput;
}

export type RunReply = { readonly id: number; readonly ok: true; readonly summary: RunSummary } | { readonly id: number; readonly ok: false; readonly message: string };

/**
 * Run every input (at most `workers` at a time, one per thread) and return the run summaries in
 * input order. `onProgress` is called after each run with the number done so far.
 */
export async function runInPool(inputs: readonly RunInput[], workers: number, onProgress?: (done: number, total: number) => void): Promise<RunSummary[]> {
  const total = inputs.length;
  const results: RunSummary[] = new Array(total);
  if (total === 0) return results;
  const size = Math.max(1, Math.min(Math.floor(workers), total));
  const pool = Array.from({ length: size }, () => new Worker(BOOTSTRAP));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (next >= total) return;
        const request: RunRequest = { id: next, input: inputs[next] };
        next++;
        w.postMessage(request);
      };
      for (const w of pool) {
        w.on('message', (reply: RunReply) => {
          if (!reply.ok) {
            reject(new Error(`run ${reply.id + 1} of ${total}: ${reply.message}`));
            return;
          }
          results[reply.id] = reply.summary;
          done++;
          onProgress?.(done, total);
          if (done === total) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < total) reject(new Error(`a worker thread stopped (exit code ${code}) before the runs were done`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
