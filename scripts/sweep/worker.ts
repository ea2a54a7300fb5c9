/**
 * The body of a sweep worker thread: runs one model input per request and replies with the run
 * summary under the request's id. It only relays; what to run and how to aggregate is decided in
 * the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { createPopulation, runModel, type Population, type RunInput } from '../../models/index';
import type { RunReply, RunRequest } from './pool';

const port = parentPort;
if (!port) throw new Error('scripts/sweep/worker.ts must be started as a worker thread');

/**
 * Populations drawn so far, by size, seed and calibration: every point of a sweep uses the same
 * seeds, so each seed's people are drawn once per worker and copied for every run.
 */
const populations = new Map<string, Population>();
/** Keep roughly this many bytes of populations (an agent takes about 90 bytes). */
const POPULATION_CACHE_BYTES = 300_000_000;

function populationFor(input: RunInput): Population {
  const key = JSON.stringify([input.agents, input.seed, input.calibration ?? {}]);
  let population = populations.get(key);
  if (!population) {
    const limit = Math.max(1, Math.floor(POPULATION_CACHE_BYTES / (90 * (input.agents ?? 100_000))));
    if (populations.size >= limit) populations.delete(populations.keys().next().value as string);
    population = createPopulation(input);
    populations.set(key, population);
  }
  return population;
}

port.on('message', (request: RunRequest) => {
  let reply: RunReply;
  try {
    reply = { id: request.id, ok: true, summary: runModel({ ...request.input, population: populationFor(request.input) }).summary };
  } catch (e) {
    reply = { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
