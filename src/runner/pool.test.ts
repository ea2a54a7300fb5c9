/**
 * The worker pool and its batches, with fake workers that run the real model after random
 * delays: the runs come back in task order and bit-identical whatever the pool size and the
 * order in which workers finish; each seed's people are drawn about once; Cancel stops the runs
 * in flight and discards them; the store serves repeated runs and keeps what a cancelled batch
 * finished.
 */
import { describe, expect, it } from 'vitest';
import { runModel, type RunInput } from '../../models/index';
import { runBatch } from './pool-batch';
import { RunStore } from './pool-cache';
import { fakePoolWorkers as fakeFactory, newFakeStats as newStats } from './pool-fake';
import { packRun, type CompactRun } from './pool-protocol';
import { defaultPoolSize, WorkerPool, type PoolTask } from './pool';
import { isRunCancelled } from './types';

const SMALL = { agents: 1_500, months: 14 };
const MIXES: Record<string, number>[] = [{}, { 'enforcement.intensity': 0.9 }, { 'regularPathways.availability': 0.8 }];
const SEEDS = [1, 2, 3, 4];
const tasks = (withMonths = true): PoolTask[] =>
  SEEDS.flatMap((seed) => MIXES.map((levers) => ({ input: { ...SMALL, seed, levers } as RunInput, withMonths })));


describe('WorkerPool', () => {
  const reference = tasks().map((t) => packRun(runModel(t.input), true));

  it('returns every run in task order, identical to the model run directly, for any pool size and finishing order', async () => {
    for (const size of [1, 2, 3, 5]) {
      for (const seed of [1, 7]) {
        const pool = new WorkerPool(size, fakeFactory(newStats(), seed));
        const { runs } = await pool.run(tasks());
        expect(runs.map((r) => r.seed), `size ${size}`).toEqual(reference.map((r) => r.seed));
        runs.forEach((run, i) => {
          expect(Array.from(run.summary), `size ${size}, task ${i}`).toEqual(Array.from(reference[i].summary));
          expect(Array.from(run.months ?? []), `size ${size}, task ${i}`).toEqual(Array.from(reference[i].months ?? []));
        });
        pool.dispose();
      }
    }
  });

  it('sends runs of the same seed to the worker that drew its people', async () => {
    const stats = newStats();
    const pool = new WorkerPool(2, fakeFactory(stats));
    await pool.run(tasks(false));
    // Four seeds: each drawn once, or at most once more when both workers are free at the end.
    expect(stats.draws).toBeGreaterThanOrEqual(SEEDS.length);
    expect(stats.draws).toBeLessThanOrEqual(SEEDS.length + 1);
    pool.dispose();
  });

  it('stops on Cancel: the runs in flight are terminated and never reported; the next batch works', async () => {
    const stats = newStats();
    const pool = new WorkerPool(2, fakeFactory(stats));
    const seen: number[] = [];
    const first = pool.run(tasks(), (task) => seen.push(task));
    expect(pool.busy).toBe(true);
    pool.cancel();
    const error = await first.catch((e: unknown) => e);
    expect(isRunCancelled(error)).toBe(true);
    expect(stats.terminated).toBe(2);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([]);
    expect(pool.busy).toBe(false);
    const { runs } = await pool.run(tasks().slice(0, 2));
    expect(Array.from(runs[1].summary)).toEqual(Array.from(reference[1].summary));
    pool.dispose();
  });

  it('fails a batch with a message naming the run, and refuses a second batch at once', async () => {
    const pool = new WorkerPool(2, fakeFactory(newStats()));
    const bad = [...tasks().slice(0, 2), { input: { ...SMALL, seed: 1, levers: { 'enforcement.intensity': 7 } }, withMonths: false }];
    const running = pool.run(bad);
    await expect(pool.run(tasks())).rejects.toThrow(/already running/);
    await expect(running).rejects.toThrow(/^run 3 of 3: .*enforcement\.intensity/);
    pool.dispose();
    await expect(pool.run(tasks())).rejects.toThrow(/closed/);
  });

  it('uses one worker per core, from 1 to 8', () => {
    expect(defaultPoolSize(2)).toBe(2);
    expect(defaultPoolSize(64)).toBe(8);
    expect(defaultPoolSize(0)).toBe(1);
    expect(defaultPoolSize(undefined)).toBe(2);
    expect(defaultPoolSize(NaN)).toBe(2);
  });
});

describe('runBatch and the run store', () => {
  it('takes stored runs from the store, runs a repeated run once, and keeps the task order', async () => {
    const stats = newStats();
    const pool = new WorkerPool(2, fakeFactory(stats));
    const store = new RunStore();
    const some = tasks().slice(0, 3);
    const first = await runBatch(some, pool, store);
    expect(first).toMatchObject({ stored: 0, computed: 3 });
    const progress: number[] = [];
    const twice = [...tasks(), tasks()[5]];
    const second = await runBatch(twice, pool, store, (p) => progress.push(p.done));
    expect(second).toMatchObject({ stored: 3, computed: tasks().length - 3 });
    expect(stats.started).toBe(tasks().length);
    expect(progress[0]).toBe(3);
    expect(progress[progress.length - 1]).toBe(twice.length);
    expect(second.runs[twice.length - 1]).toBe(second.runs[5]);
    expect(second.runs.map((r) => r.seed)).toEqual(twice.map((t) => t.input.seed));
    pool.dispose();
  });

  it('keeps the runs a cancelled batch had finished, and never serves a run without months to a request that needs them', async () => {
    const pool = new WorkerPool(1, fakeFactory(newStats()));
    const store = new RunStore();
    const batch = runBatch(tasks(false), pool, store, (p) => {
      if (p.done === 2) pool.cancel();
    });
    await expect(batch).rejects.toSatisfy(isRunCancelled);
    expect(store.size).toBe(2);
    const [a] = tasks(true);
    const again = await runBatch([a], pool, store);
    expect(again.computed).toBe(1);
    expect(again.runs[0].months).not.toBeNull();
    pool.dispose();
  });

  it('bounds the store by bytes, dropping the least recently used', () => {
    const run = (seed: number): CompactRun => ({ seed, monthCount: 0, summary: new Float64Array(100), months: null });
    const store = new RunStore(3 * (800 + 64));
    store.set('a', run(1));
    store.set('b', run(2));
    store.set('c', run(3));
    store.get('a', false);
    store.set('d', run(4));
    expect(store.get('b', false)).toBeUndefined();
    expect(store.get('a', false)?.seed).toBe(1);
    expect(store.size).toBe(3);
    store.set('a', run(9));
    expect(store.get('a', false)?.seed).toBe(9);
    expect(store.usedBytes).toBe(3 * 864);
  });
});
