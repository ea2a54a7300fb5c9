/**
 * A worker of the pool (pool.ts). It relays like the explorer's worker — a run request in, a
 * compact result or an error out, tagged with the request's id — and keeps the populations it
 * has drawn: every mix of a comparison and every point of a sweep runs the same seeds, so the
 * people of a seed are drawn once per worker and copied for each run. Populations are kept up
 * to a byte budget the pool sets, least recently used dropped first.
 */
import { createPopulation, runModel, type Population, type RunInput } from '../../models/index';
import { packRun, populationCacheKey, type PoolReply, type PoolRequest } from './pool-protocol';

/** Roughly what one drawn agent takes (typed-array columns and lists). */
const BYTES_PER_AGENT = 100;
const DEFAULT_POPULATION_BYTES = 100_000_000;

/**
 * A tiny run when the worker starts, while the user is still choosing: the model's hot loops are
 * compiled before the first real run, which would otherwise run cold (two or three times slower).
 */
const WARM_UP: RunInput = { agents: 3_000, months: 24, seed: 0 };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const populations = new Map<string, Population>();
let populationBytes = DEFAULT_POPULATION_BYTES;

function populationFor(input: RunInput): { population: Population; reused: boolean; ms: number } {
  const key = populationCacheKey(input);
  const found = populations.get(key);
  if (found) {
    populations.delete(key);
    populations.set(key, found);
    return { population: found, reused: true, ms: 0 };
  }
  const started = performance.now();
  const population = createPopulation(input);
  const ms = performance.now() - started;
  const limit = Math.max(1, Math.floor(populationBytes / (BYTES_PER_AGENT * population.agents.count)));
  while (populations.size >= limit) {
    const oldest = populations.keys().next().value;
    if (oldest === undefined) break;
    populations.delete(oldest);
  }
  populations.set(key, population);
  return { population, reused: false, ms };
}

function reply(message: PoolReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<PoolRequest>) => {
  const request = event.data;
  if (request.type === 'config') {
    populationBytes = request.populationBytes;
    runModel(WARM_UP);
    return;
  }
  if (request.type !== 'run') return;
  try {
    const drawn = populationFor(request.input);
    const started = performance.now();
    const result = runModel({ ...request.input, population: drawn.population });
    const runMs = performance.now() - started;
    const run = packRun(result, request.withMonths);
    const transfer: Transferable[] = [run.summary.buffer];
    if (run.months) transfer.push(run.months.buffer);
    reply({ type: 'result', id: request.id, run, timing: { populationMs: drawn.ms, runMs, populationReused: drawn.reused } }, transfer);
  } catch (error) {
    reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
