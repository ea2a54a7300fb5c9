/**
 * Fake pool workers for tests: they run the real model (with a per-worker population cache, as
 * pool-worker.ts does) after a pseudo-random delay of 0–6 ms, so workers finish out of order.
 */
import { createPopulation, runModel, type Population } from '../../models/index';
import { packRun, populationCacheKey, type PoolReply, type PoolRequest } from './pool-protocol';
import type { PoolWorkerFactory, PoolWorkerLike } from './pool';

/** A deterministic generator for the delays (a test must not depend on timing luck). */
function delays(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % 7;
  };
}

export interface FakeStats {
  draws: number;
  started: number;
  terminated: number;
}

export const newFakeStats = (): FakeStats => ({ draws: 0, started: 0, terminated: 0 });

export function fakePoolWorkers(stats: FakeStats = newFakeStats(), seed = 1): PoolWorkerFactory {
  const delay = delays(seed);
  return (): PoolWorkerLike => {
    const populations = new Map<string, Population>();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const worker: PoolWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {
        stats.terminated++;
        for (const t of timers) clearTimeout(t);
        timers.clear();
      },
      postMessage(message: PoolRequest) {
        if (message.type !== 'run') return;
        stats.started++;
        const timer = setTimeout(() => {
          timers.delete(timer);
          let reply: PoolReply;
          try {
            const key = populationCacheKey(message.input);
            let population = populations.get(key);
            if (!population) {
              stats.draws++;
              population = createPopulation(message.input);
              populations.set(key, population);
            }
            const run = packRun(runModel({ ...message.input, population }), message.withMonths);
            reply = { type: 'result', id: message.id, run, timing: { populationMs: 0, runMs: 1, populationReused: false } };
          } catch (e) {
            reply = { type: 'error', id: message.id, message: (e as Error).message };
          }
          worker.onmessage?.({ data: reply } as MessageEvent<PoolReply>);
        }, delay());
        timers.add(timer);
      },
    };
    return worker;
  };
}
