/**
 * Every request counts: on one worker, runs go one at a time in the order asked and come back in
 * the order asked; equal inputs run once (within and across batches, and again from the store);
 * progress counts runs ready; a batch given up drops its runs unless another request still needs
 * them; a failure reaches the batches that wait for it and the queue carries on; a service that
 * is stopped drops what was waiting and starts fresh workers for the next request.
 */
import { describe, expect, it } from 'vitest';
import type { RunInput, RunResult } from '../../models/index';
import { RunQueue, type BatchProgress } from './every-request';
import { ManualWorkers } from './manual-workers';
import { WorkerPool } from './pool';
import { RunService } from './run-service';
import { isRunCancelled, RunCancelledError } from './types';

const settle = () => new Promise((r) => setTimeout(r, 0));
const job = (...seeds: number[]): RunInput[] => seeds.map((seed) => ({ seed, agents: 1_000, months: 12 }));
const seedsOf = (runs: readonly RunResult[]) => runs.map((r) => r.seed);

function setUp() {
  const manual = new ManualWorkers();
  const service = new RunService(new WorkerPool({ size: 1, createWorker: manual.factory }));
  return { manual, service, queue: new RunQueue(service) };
}

/** Answer the runs one at a time, in the order the worker gets them. */
async function drain(manual: ManualWorkers, n: number) {
  for (let i = 0; i < n; i++) {
    await settle();
    const next = manual.posted.find((m) => manual.running(m.input.seed ?? 0));
    if (!next) throw new Error('nothing running');
    manual.finish(next.input.seed ?? 0);
  }
  await settle();
}

describe('RunQueue', () => {
  it('runs one at a time, in order, and returns results in the order asked', async () => {
    const { manual, queue } = setUp();
    const progress: BatchProgress[] = [];
    const done = queue.runAll(job(3, 1, 2), { onProgress: (p) => progress.push(p) });
    await settle();
    expect(manual.seeds).toEqual([3]);
    await drain(manual, 3);
    expect(seedsOf((await done).runs)).toEqual([3, 1, 2]);
    expect(progress).toEqual([{ done: 0, total: 3 }, { done: 1, total: 3 }, { done: 2, total: 3 }, { done: 3, total: 3 }]);
  });

  it('runs an input once for two batches, and not at all once stored', async () => {
    const { manual, queue } = setUp();
    const a = queue.runAll(job(1, 2));
    const b = queue.runAll(job(2, 3, 2));
    await drain(manual, 3);
    expect(seedsOf((await a).runs)).toEqual([1, 2]);
    expect(seedsOf((await b).runs)).toEqual([2, 3, 2]);
    expect(manual.seeds).toEqual([1, 2, 3]);
    const again = await queue.runAll(job(3, 1));
    expect(seedsOf(again.runs)).toEqual([3, 1]);
    expect(again).toMatchObject({ stored: 2, computed: 0 });
    expect(manual.seeds).toHaveLength(3);
  });

  it('drops an abandoned batch’s runs unless another request needs them', async () => {
    const { manual, queue } = setUp();
    const controller = new AbortController();
    const a = queue.runAll(job(1, 2, 3), { signal: controller.signal });
    const b = queue.runAll(job(3));
    await settle();
    controller.abort();
    await expect(a).rejects.toBeInstanceOf(RunCancelledError);
    await drain(manual, 1); // 1 was running and is stopped; 2 is dropped; 3 is still wanted by b
    expect(manual.seeds).toEqual([1, 3]);
    expect(seedsOf((await b).runs)).toEqual([3]);
  });

  it('passes a failed run on to the batches that wait for it, naming the run, and carries on', async () => {
    const { manual, queue } = setUp();
    const a = queue.runAll(job(1));
    const b = queue.runAll(job(2));
    const single = queue.run(job(1)[0]);
    await settle();
    manual.fail(1, 'levers.x: unknown lever');
    await expect(a).rejects.toThrow('run 1 of 1: levers.x: unknown lever');
    await expect(single).rejects.toThrow('levers.x: unknown lever');
    await drain(manual, 1);
    expect(seedsOf((await b).runs)).toEqual([2]);
  });

  it('runs single requests in order, each input once, and keeps them for peek', async () => {
    const { manual, queue } = setUp();
    const all = Promise.all(job(1, 2, 1, 3).map((input) => queue.run(input)));
    await drain(manual, 3);
    expect(seedsOf(await all)).toEqual([1, 2, 1, 3]);
    expect(manual.seeds).toEqual([1, 2, 3]);
    expect(queue.peek(job(2)[0])?.seed).toBe(2);
    await queue.run(job(2)[0]);
    expect(manual.seeds).toEqual([1, 2, 3]); // stored
  });

  it('drops waiting runs when its service stops, and starts a fresh worker for the next request', async () => {
    const { manual, service, queue } = setUp();
    const first = queue.run(job(1)[0]);
    const waiting = queue.run(job(2)[0]);
    await settle();
    expect(manual.workers).toHaveLength(1);
    service.stop();
    await expect(first).rejects.toSatisfy(isRunCancelled);
    await expect(waiting).rejects.toSatisfy(isRunCancelled);
    expect(manual.workers[0].terminated).toBe(true);
    const again = queue.run(job(2)[0]);
    await drain(manual, 1);
    expect((await again).seed).toBe(2);
    expect(manual.workers).toHaveLength(2);
  });
});
