/**
 * The batch queue: runs one at a time on its runner, returns results in the order asked, runs
 * equal inputs once (within and across batches, and again from its cache), reports progress, and
 * drops an abandoned batch's runs unless another batch still needs them.
 */
import { describe, expect, it } from 'vitest';
import type { RunInput, RunResult } from '../../models/index';
import { RunQueue, type BatchProgress } from './run-queue';
import { isRunCancelled, RunCancelledError, type ModelRunner, type RunRequest } from './types';

/** A runner whose runs finish when the test says so. */
class FakeRunner implements ModelRunner {
  readonly calls: { input: RunInput; resolve: (r: RunResult) => void; reject: (e: Error) => void }[] = [];
  run(request: RunRequest): Promise<RunResult> {
    return new Promise((resolve, reject) => this.calls.push({ input: request.input, resolve, reject }));
  }
  cancel(): void {}
  dispose(): void {}
  finishNext(): void {
    const call = this.calls.find((c) => !(c as { done?: boolean }).done);
    if (!call) throw new Error('nothing running');
    (call as { done?: boolean }).done = true;
    call.resolve({ seed: call.input.seed } as unknown as RunResult);
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const job = (...seeds: number[]) => seeds.map((seed) => ({ key: `k${seed}`, input: { seed } }));
const seedsOf = (runs: RunResult[]) => runs.map((r) => r.seed);

async function drain(runner: FakeRunner, n: number) {
  for (let i = 0; i < n; i++) {
    await settle();
    runner.finishNext();
  }
  await settle();
}

describe('RunQueue', () => {
  it('runs one at a time, in order, and returns results in the order asked', async () => {
    const runner = new FakeRunner();
    const queue = new RunQueue(runner);
    const progress: BatchProgress[] = [];
    const done = queue.runAll(job(3, 1, 2), { onProgress: (p) => progress.push(p) });
    await settle();
    expect(runner.calls.map((c) => c.input.seed)).toEqual([3]);
    await drain(runner, 3);
    expect(seedsOf(await done)).toEqual([3, 1, 2]);
    expect(progress).toEqual([{ done: 0, total: 3 }, { done: 1, total: 3 }, { done: 2, total: 3 }, { done: 3, total: 3 }]);
  });

  it('runs an input once for two batches, and not at all once cached', async () => {
    const runner = new FakeRunner();
    const queue = new RunQueue(runner);
    const a = queue.runAll(job(1, 2));
    const b = queue.runAll(job(2, 3, 2));
    await drain(runner, 3);
    expect(seedsOf(await a)).toEqual([1, 2]);
    expect(seedsOf(await b)).toEqual([2, 3, 2]);
    expect(runner.calls.map((c) => c.input.seed)).toEqual([1, 2, 3]);
    const again = await queue.runAll(job(3, 1));
    expect(seedsOf(again)).toEqual([3, 1]);
    expect(runner.calls).toHaveLength(3);
  });

  it('drops an abandoned batch’s runs unless another batch needs them', async () => {
    const runner = new FakeRunner();
    const queue = new RunQueue(runner);
    const controller = new AbortController();
    const a = queue.runAll(job(1, 2, 3), { signal: controller.signal });
    const b = queue.runAll(job(3));
    await settle();
    controller.abort();
    await expect(a).rejects.toBeInstanceOf(RunCancelledError);
    await drain(runner, 2); // 1 was running and finishes; 2 is dropped; 3 is still wanted by b
    expect(runner.calls.map((c) => c.input.seed)).toEqual([1, 3]);
    expect(seedsOf(await b)).toEqual([3]);
  });

  it('passes a failed run on to the batches that wait for it, and carries on', async () => {
    const runner = new FakeRunner();
    const queue = new RunQueue(runner);
    const a = queue.runAll(job(1));
    const b = queue.runAll(job(2));
    await settle();
    (runner.calls[0] as { done?: boolean }).done = true;
    runner.calls[0].reject(new Error('levers.x: unknown lever'));
    await expect(a).rejects.toThrow('levers.x: unknown lever');
    await drain(runner, 1);
    expect(seedsOf(await b)).toEqual([2]);
  });

  it('refuses work after dispose and rejects what was waiting', async () => {
    const runner = new FakeRunner();
    const queue = new RunQueue(runner);
    const a = queue.runAll(job(1, 2));
    await settle();
    queue.dispose();
    await expect(a).rejects.toSatisfy(isRunCancelled);
    await expect(queue.runAll(job(3))).rejects.toThrow('disposed');
  });
});
