/**
 * The model-runner seam (src/runner): request ids, supersession, cancellation and the worker's
 * relay, checked in Node with a fake Worker and with small real model runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runModel, type RunInput, type RunResult } from '../models/index';
import type { WorkerReply, WorkerRequest } from '../src/runner/protocol';
import { SyncRunner } from '../src/runner/sync-runner';
import { RunCancelledError } from '../src/runner/types';
import { WorkerRunner, type WorkerLike } from '../src/runner/worker-runner';

/** Small enough to run in a few milliseconds. */
const SMALL: RunInput = { agents: 2_000, months: 6, seed: 7 };

class FakeWorker implements WorkerLike {
  readonly posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(message: WorkerRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Deliver a reply as the worker would (ignored by the runner once it has let go of us). */
  reply(message: WorkerReply): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerReply>);
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

function fakeFactory() {
  const workers: FakeWorker[] = [];
  return {
    workers,
    create: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  };
}

const RESULT = { modelVersion: 'test', seed: 1, agents: 1, levers: {}, months: [], summary: {} } as unknown as RunResult;

describe('WorkerRunner', () => {
  it('sends each request with a fresh id, relays its progress and resolves with its result', async () => {
    const f = fakeFactory();
    const runner = new WorkerRunner(f.create);
    const progress: number[] = [];
    const promise = runner.run({ input: SMALL, onProgress: (p) => progress.push(p.month) });
    const [w] = f.workers;
    expect(w.posted).toEqual([{ type: 'run', id: 1, input: SMALL }]);
    w.reply({ type: 'progress', id: 1, month: 1, total: 6 });
    w.reply({ type: 'progress', id: 1, month: 2, total: 6 });
    w.reply({ type: 'result', id: 1, result: RESULT });
    await expect(promise).resolves.toBe(RESULT);
    expect(progress).toEqual([1, 2]);

    // The worker is kept for the next run, which gets the next id.
    const next = runner.run({ input: SMALL });
    expect(f.workers).toHaveLength(1);
    expect(w.posted[1]).toMatchObject({ type: 'run', id: 2 });
    runner.dispose();
    await expect(next).rejects.toBeInstanceOf(RunCancelledError);
  });

  it('lets a newer request supersede an older one and ignores stale replies', async () => {
    const f = fakeFactory();
    const runner = new WorkerRunner(f.create);
    const oldProgress = vi.fn();
    const first = runner.run({ input: SMALL, onProgress: oldProgress });
    const second = runner.run({ input: { ...SMALL, seed: 8 } });

    await expect(first).rejects.toBeInstanceOf(RunCancelledError);
    const [oldWorker, newWorker] = f.workers;
    expect(oldWorker.terminated).toBe(true);
    expect(newWorker.posted).toEqual([{ type: 'run', id: 2, input: { ...SMALL, seed: 8 } }]);

    // Late replies for request 1, from either worker, change nothing.
    oldWorker.reply({ type: 'result', id: 1, result: RESULT });
    newWorker.reply({ type: 'progress', id: 1, month: 3, total: 6 });
    newWorker.reply({ type: 'error', id: 1, message: 'stale' });
    expect(oldProgress).not.toHaveBeenCalled();

    const fresh = { ...RESULT, seed: 8 } as RunResult;
    newWorker.reply({ type: 'result', id: 2, result: fresh });
    await expect(second).resolves.toBe(fresh);
    runner.dispose();
  });

  it('rejects with the error the worker reports', async () => {
    const f = fakeFactory();
    const runner = new WorkerRunner(f.create);
    const promise = runner.run({ input: SMALL });
    f.workers[0].reply({ type: 'error', id: 1, message: 'levers.x: unknown lever' });
    await expect(promise).rejects.toThrow('levers.x: unknown lever');
    runner.dispose();
  });

  it('rejects and starts afresh when the worker itself fails', async () => {
    const f = fakeFactory();
    const runner = new WorkerRunner(f.create);
    const promise = runner.run({ input: SMALL });
    f.workers[0].fail('script did not load');
    await expect(promise).rejects.toThrow(/model worker failed: script did not load/);
    const retry = runner.run({ input: SMALL });
    expect(f.workers).toHaveLength(2);
    runner.dispose();
    await expect(retry).rejects.toBeInstanceOf(RunCancelledError);
  });

  it('cancel() stops the worker and rejects the live run; dispose() refuses later runs', async () => {
    const f = fakeFactory();
    const runner = new WorkerRunner(f.create);
    const promise = runner.run({ input: SMALL });
    runner.cancel();
    await expect(promise).rejects.toBeInstanceOf(RunCancelledError);
    expect(f.workers[0].terminated).toBe(true);
    runner.cancel(); // nothing live: a no-op
    runner.dispose();
    await expect(runner.run({ input: SMALL })).rejects.toThrow(/disposed/);
  });
});

describe('the worker script', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('relays a run: the result tagged with the request id, and no progress for a fast run', async () => {
    const replies: WorkerReply[] = [];
    const scope: { postMessage: (m: WorkerReply) => void; onmessage: ((e: { data: WorkerRequest }) => void) | null } = {
      postMessage: (m) => replies.push(m),
      onmessage: null,
    };
    vi.stubGlobal('self', scope);
    await import('../src/runner/worker');
    expect(scope.onmessage).toBeTypeOf('function');

    scope.onmessage?.({ data: { type: 'run', id: 42, input: SMALL } });
    expect(replies.every((r) => r.id === 42)).toBe(true);
    // A run this small finishes long before the progress threshold (src/runner/progress-gate.ts).
    expect(replies.filter((r) => r.type === 'progress')).toEqual([]);
    expect(replies).toHaveLength(1);
    const last = replies[0];
    expect(last.type).toBe('result');
    if (last.type === 'result') expect(last.result.summary).toEqual(runModel(SMALL).summary);
  });

  it('relays the model’s error for a bad input, tagged with the request id', async () => {
    const replies: WorkerReply[] = [];
    const scope: { postMessage: (m: WorkerReply) => void; onmessage: ((e: { data: WorkerRequest }) => void) | null } = {
      postMessage: (m) => replies.push(m),
      onmessage: null,
    };
    vi.stubGlobal('self', scope);
    await import('../src/runner/worker');
    scope.onmessage?.({ data: { type: 'run', id: 7, input: { ...SMALL, levers: { 'enforcement.intensity': 7 } } } });
    expect(replies).toEqual([{ type: 'error', id: 7, message: expect.stringMatching(/enforcement\.intensity/) }]);
  });
});

describe('SyncRunner', () => {
  it('gives exactly the result of runModel, with progress each month', async () => {
    const runner = new SyncRunner();
    const months: number[] = [];
    const result = await runner.run({ input: SMALL, onProgress: (p) => months.push(p.month) });
    expect(result).toEqual(runModel(SMALL));
    expect(months).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stops a run superseded from inside its own progress callback', async () => {
    const runner = new SyncRunner();
    let inner: Promise<RunResult> | undefined;
    const outer = runner.run({
      input: SMALL,
      onProgress: ({ month }) => {
        if (month === 2 && !inner) inner = runner.run({ input: { ...SMALL, seed: 9 } });
      },
    });
    await expect(outer).rejects.toBeInstanceOf(RunCancelledError);
    await expect(inner).resolves.toEqual(runModel({ ...SMALL, seed: 9 }));
  });
});
