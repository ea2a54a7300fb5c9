/**
 * The pool, the service and batches on them, with same-thread workers that run the real model
 * after random delays: runs come back in input order and bit-identical whatever the pool size
 * and the order in which workers finish; each seed's people are drawn about once; Cancel stops
 * the runs in flight and discards them; the store serves repeated runs and keeps what a
 * cancelled batch finished.
 */
import { describe, expect, it } from 'vitest';
import { createPopulation, runModel, type RunInput } from '../../models/index';
import { defaultPoolSize } from './browser-workers';
import { packRun, type CompactRun } from './compact-run';
import { RunQueue } from './every-request';
import { POPULATION_BYTES_PER_AGENT } from './population-budget';
import { WorkerPool } from './pool';
import { ResultStore } from './result-store';
import { RunService } from './run-service';
import { newSameThreadStats as newStats, sameThreadWorkers } from './same-thread';
import { isRunCancelled } from './types';

const SMALL = { agents: 1_500, months: 14 };
const MIXES: Record<string, number>[] = [{}, { 'enforcement.intensity': 0.9 }, { 'regularPathways.availability': 0.8 }];
const SEEDS = [1, 2, 3, 4];
const inputs = (): RunInput[] => SEEDS.flatMap((seed) => MIXES.map((levers) => ({ ...SMALL, seed, levers })));

function service(size: number, options: { stats?: ReturnType<typeof newStats>; delaySeed?: number; store?: ResultStore } = {}) {
  const pool = new WorkerPool({ size, createWorker: sameThreadWorkers({ stats: options.stats, delaySeed: options.delaySeed ?? 1 }) });
  return new RunService(pool, options.store ?? new ResultStore());
}

describe('the worker pool under the run service', () => {
  const reference = inputs().map((input) => packRun(runModel(input), true));

  it('returns every run in input order, identical to the model run directly, for any pool size and finishing order', async () => {
    for (const size of [1, 2, 3, 5]) {
      for (const delaySeed of [1, 7]) {
        const s = service(size, { delaySeed });
        const { runs } = await new RunQueue(s).runAll(inputs(), { shape: 'months' });
        expect(runs.map((r) => r.seed), `size ${size}`).toEqual(reference.map((r) => r.seed));
        runs.forEach((run, i) => {
          expect(Array.from(run.summary), `size ${size}, run ${i}`).toEqual(Array.from(reference[i].summary));
          expect(Array.from(run.months ?? []), `size ${size}, run ${i}`).toEqual(Array.from(reference[i].months ?? []));
        });
        s.dispose();
      }
    }
  });

  it('sends runs of the same seed to the worker that drew its people', async () => {
    const stats = newStats();
    const s = service(2, { stats });
    await new RunQueue(s).runAll(inputs(), { shape: 'summary' });
    // Four seeds: each drawn once, or at most once more when both workers are free at the end.
    expect(stats.draws).toBeGreaterThanOrEqual(SEEDS.length);
    expect(stats.draws).toBeLessThanOrEqual(SEEDS.length + 1);
    s.dispose();
  });

  it('stops on Cancel: the runs in flight are terminated and never reported; the next batch works', async () => {
    const stats = newStats();
    const s = service(2, { stats });
    const seen: number[] = [];
    const controller = new AbortController();
    const first = new RunQueue(s).runAll(inputs(), { shape: 'months', signal: controller.signal, onProgress: (p) => seen.push(p.done) });
    await Promise.resolve(); // the pool has handed out its first two runs
    controller.abort();
    const error = await first.catch((e: unknown) => e);
    expect(isRunCancelled(error)).toBe(true);
    expect(stats.terminated).toBe(2);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([0]); // the count at the start, nothing after
    expect(s.store.size).toBe(0);
    const { runs } = await new RunQueue(s).runAll(inputs().slice(0, 2), { shape: 'months' });
    expect(Array.from(runs[1].summary)).toEqual(Array.from(reference[1].summary));
    s.dispose();
  });

  it('fails a batch with a message naming the run, and a closed service refuses work', async () => {
    const s = service(2);
    const bad = [...inputs().slice(0, 2), { ...SMALL, seed: 1, levers: { 'enforcement.intensity': 7 } }];
    await expect(new RunQueue(s).runAll(bad, { shape: 'summary' })).rejects.toThrow(/^run 3 of 3: .*enforcement\.intensity/);
    s.dispose();
    await expect(s.run(inputs()[0])).rejects.toThrow(/closed/);
  });

  it('uses one worker per core, from 1 to 8', () => {
    expect(defaultPoolSize(2)).toBe(2);
    expect(defaultPoolSize(64)).toBe(8);
    expect(defaultPoolSize(0)).toBe(1);
    expect(defaultPoolSize(undefined)).toBe(2);
    expect(defaultPoolSize(NaN)).toBe(2);
  });

  it('starts no more workers than half the device memory holds', () => {
    expect(defaultPoolSize(8, 8)).toBe(8);
    expect(defaultPoolSize(8, 1)).toBe(3);
    expect(defaultPoolSize(8, 0.25)).toBe(1);
    expect(defaultPoolSize(2, 0.5)).toBe(1);
    expect(defaultPoolSize(4, undefined)).toBe(4);
  });

  it('counts a drawn agent’s bytes as the model allocates them (the population budget)', () => {
    const { agents } = createPopulation({ agents: 1_000, seed: 1 });
    let bytes = 0;
    for (const column of Object.values(agents)) {
      if (ArrayBuffer.isView(column)) bytes += column.byteLength;
      else if (column && typeof column === 'object' && 'items' in column) bytes += (column as { items: Int32Array }).items.byteLength;
    }
    expect(Math.round(bytes / agents.count)).toBe(POPULATION_BYTES_PER_AGENT);
  });
});

describe('batches and the result store', () => {
  it('takes stored runs from the store, runs a repeated run once, and keeps the input order', async () => {
    const stats = newStats();
    const s = service(2, { stats });
    const queue = new RunQueue(s);
    const all = inputs();
    const first = await queue.runAll(all.slice(0, 3), { shape: 'months' });
    expect(first).toMatchObject({ stored: 0, computed: 3 });
    const progress: number[] = [];
    const twice = [...all, all[5]];
    const second = await queue.runAll(twice, { shape: 'months', onProgress: (p) => progress.push(p.done) });
    expect(second).toMatchObject({ stored: 3, computed: all.length - 3 });
    expect(stats.started).toBe(all.length);
    expect(progress[0]).toBe(3);
    expect(progress[progress.length - 1]).toBe(twice.length);
    expect(second.runs[twice.length - 1]).toBe(second.runs[5]);
    expect(second.runs.map((r) => r.seed)).toEqual(twice.map((t) => t.seed));
    s.dispose();
  });

  it('keeps the runs a cancelled batch had finished, and never serves a run without months to a request that needs them', async () => {
    const s = service(1);
    const controller = new AbortController();
    const batch = new RunQueue(s).runAll(inputs(), {
      shape: 'summary',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    await expect(batch).rejects.toSatisfy(isRunCancelled);
    expect(s.store.size).toBe(2);
    const again = await new RunQueue(s).runAll([inputs()[0]], { shape: 'months' });
    expect(again.computed).toBe(1);
    expect(again.runs[0].months).not.toBeNull();
    s.dispose();
  });

  it('serves every shape from a whole result, and a summary from a compact run with months', () => {
    const store = new ResultStore();
    const result = runModel({ ...SMALL, seed: 3 });
    store.set('k', result);
    expect(store.get('k', 'full')).toBe(result);
    expect(Array.from(store.get('k', 'months')?.months ?? [])).toEqual(Array.from(packRun(result, true).months ?? []));
    store.set('m', packRun(result, true));
    expect(store.get('m', 'full')).toBeUndefined();
    expect(store.get('m', 'summary')?.months).not.toBeNull();
  });

  it('bounds the store by bytes, dropping the least recently used', () => {
    const run = (seed: number): CompactRun => ({ seed, monthCount: 0, summary: new Float64Array(100), months: null });
    const store = new ResultStore(3 * (800 + 64));
    store.set('a', run(1));
    store.set('b', run(2));
    store.set('c', run(3));
    store.get('a', 'summary');
    store.set('d', run(4));
    expect(store.get('b', 'summary')).toBeUndefined();
    expect(store.get('a', 'summary')?.seed).toBe(1);
    expect(store.size).toBe(3);
    store.set('a', run(9));
    expect(store.get('a', 'summary')?.seed).toBe(9);
    expect(store.usedBytes).toBe(3 * 864);
  });
});
