/**
 * The one worker body, whatever hosts it: a Web Worker (pool-worker.ts), a Node worker thread
 * (thread-worker.ts) or the calling thread (same-thread.ts). It only relays — a run request in;
 * progress (for slow runs), the result in the shape asked for, or an error out, each tagged with
 * the request's id — and keeps the populations it has drawn, up to a byte budget the pool sets,
 * least recently used dropped first. Which run goes where, cancelling and caching results are
 * the pool's and the service's business.
 */
import { createPopulation, runModel, runPopulationKey, type Population, type RunInput, type RunResult } from '../../models/index';
import { compactBuffers, packRun, type CompactRun } from './compact-run';
import { populationsThatFit } from './population-budget';
import { PROGRESS_AFTER_MS, PROGRESS_EVERY_MS, progressGate, type Clock } from './progress-gate';
import type { RunMessage, WorkerReply, WorkerRequest } from './protocol';

/** Until the pool says otherwise. */
const DEFAULT_POPULATION_BYTES = 100_000_000;

/**
 * A tiny run when the worker is configured, if the pool asks for it (Compare starts its workers
 * while the user is still choosing): the model's hot loops are compiled before the first real
 * run, which would otherwise run cold (two or three times slower).
 */
const WARM_UP: RunInput = { agents: 3_000, months: 24, seed: 0 };

export type Post = (message: WorkerReply, transfer: Transferable[]) => void;

/** A worker's message handler, posting its replies with `post`. */
export function createWorkerBody(post: Post, clock: Clock = () => performance.now()): (request: WorkerRequest) => void {
  const populations = new Map<string, Population>();
  let populationBytes = DEFAULT_POPULATION_BYTES;
  let progressAfterMs = PROGRESS_AFTER_MS;
  let progressEveryMs = PROGRESS_EVERY_MS;

  function populationFor(input: RunInput): { population: Population; reused: boolean; ms: number } {
    const key = runPopulationKey(input);
    const found = populations.get(key);
    if (found) {
      populations.delete(key);
      populations.set(key, found);
      return { population: found, reused: true, ms: 0 };
    }
    const started = clock();
    const population = createPopulation(input);
    const ms = clock() - started;
    const limit = populationsThatFit(populationBytes, population.agents.count);
    while (populations.size >= limit) {
      const oldest = populations.keys().next().value;
      if (oldest === undefined) break;
      populations.delete(oldest);
    }
    populations.set(key, population);
    return { population, reused: false, ms };
  }

  function run(request: RunMessage): void {
    const { id } = request;
    try {
      const drawn = populationFor(request.input);
      const report = request.progress ? progressGate(clock, progressAfterMs, progressEveryMs) : null;
      const started = clock();
      const result = runModel({ ...request.input, population: drawn.population }, (month, total) => {
        if (report?.(month, total)) post({ type: 'progress', id, month, total }, []);
      });
      const timing = { populationMs: drawn.ms, runMs: clock() - started, populationReused: drawn.reused };
      const shaped: RunResult | CompactRun = request.shape === 'full' ? result : packRun(result, request.shape === 'months');
      post({ type: 'result', id, run: shaped, timing }, request.shape === 'full' ? [] : compactBuffers(shaped as CompactRun));
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) }, []);
    }
  }

  return (request) => {
    if (request.type === 'config') {
      populationBytes = request.populationBytes;
      progressAfterMs = request.progressAfterMs ?? PROGRESS_AFTER_MS;
      progressEveryMs = request.progressEveryMs ?? PROGRESS_EVERY_MS;
      if (request.warmUp) runModel(WARM_UP);
      return;
    }
    if (request.type === 'run') run(request);
  };
}
