/**
 * The one worker body, whatever hosts it: a Web Worker (pool-worker.ts), a Node worker thread
 * (thread-worker.ts) or the calling thread (same-thread.ts). It only relays — a run request in;
 * progress (for slow runs), the result in the shape asked for, or an error out, each tagged with
 * the request's id — and keeps the populations it has drawn, up to a byte budget the pool sets,
 * least recently used dropped first. Which run goes where, cancelling and caching results are
 * the pool's and the service's business.
 */
import { createPopulation, runBranches, runModel, runPopulationKey, validateRunInput, type Population, type RunInput, type RunResult } from '../../models/index';
import { compactBuffers, packRun, type CompactRun } from './compact-run';
import { populationsThatFit } from './population-budget';
import type { RunTiming } from './types';
import { PROGRESS_AFTER_MS, PROGRESS_EVERY_MS, progressGate, type Clock } from './progress-gate';
import type { RunGroupMessage, RunMessage, WorkerReply, WorkerRequest } from './protocol';

/** Until the pool says otherwise. */
const DEFAULT_POPULATION_BYTES = 100_000_000;

/**
 * Two tiny runs when the worker is configured, if the pool asks for it (Compare starts its
 * workers while the user is still choosing): the model's hot loops, and the copying of a run for
 * runs that share their first months, are compiled before the first real run, which would
 * otherwise run cold (two or three times slower).
 */
const WARM_UP: readonly RunInput[] = [
  { agents: 3_000, months: 24, seed: 0 },
  { agents: 3_000, months: 24, seed: 0, timeline: [{ lever: 'enforcement.intensity', value: 0.9, fromMonth: 12 }] },
];

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
      send(request, result, { populationMs: drawn.ms, runMs: clock() - started, populationReused: drawn.reused });
    } catch (error) {
      fail(id, error);
    }
  }

  function send(request: RunMessage, result: RunResult, timing: RunTiming): void {
    const shaped: RunResult | CompactRun = request.shape === 'full' ? result : packRun(result, request.shape === 'months');
    post({ type: 'result', id: request.id, run: shaped, timing }, request.shape === 'full' ? [] : compactBuffers(shaped as CompactRun));
  }

  function fail(id: number, error: unknown): void {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) }, []);
  }

  /** A group's runs share the months their levers agree on; each is answered as it finishes, timed from the one before. */
  function runGroup(group: RunGroupMessage): void {
    const valid = group.runs.filter((request) => {
      try {
        validateRunInput(request.input);
        return true;
      } catch (error) {
        fail(request.id, error);
        return false;
      }
    });
    const answered = new Set<number>();
    try {
      const drawn = valid.map((request) => populationFor(request.input));
      let since = clock();
      runBranches(
        valid.map((request, k) => ({ ...request.input, population: drawn[k].population })),
        (k, result) => {
          const now = clock();
          send(valid[k], result, { populationMs: drawn[k].ms, runMs: now - since, populationReused: drawn[k].reused });
          answered.add(k);
          since = now;
        },
      );
    } catch (error) {
      valid.forEach((request, k) => answered.has(k) || fail(request.id, error));
    }
  }

  return (request) => {
    if (request.type === 'config') {
      populationBytes = request.populationBytes;
      progressAfterMs = request.progressAfterMs ?? PROGRESS_AFTER_MS;
      progressEveryMs = request.progressEveryMs ?? PROGRESS_EVERY_MS;
      if (request.warmUp) runBranches(WARM_UP);
      return;
    }
    if (request.type === 'run') run(request);
    else if (request.type === 'runs') runGroup(request);
  };
}
