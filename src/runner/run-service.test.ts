/**
 * The run seam end to end: request ids, progress relay, giving a run up, stale replies, errors
 * and crashed workers (checked with fake workers); the one worker body (checked with its own
 * message port stubbed); and the whole service on same-thread workers, which gives exactly the
 * model's result.
 */
import { describe, expect, it } from 'vitest';
import { runModel, type RunInput, type RunResult } from '../../models/index';
import { packRun } from './compact-run';
import { fakeResult, ManualWorkers } from './manual-workers';
import { WorkerPool } from './pool';
import type { WorkerReply } from './protocol';
import { RunService } from './run-service';
import { sameThreadService } from './same-thread';
import { RunCancelledError } from './types';
import { createWorkerBody } from './worker-body';

/** Small enough to run in a few milliseconds. */
const SMALL: RunInput = { agents: 2_000, months: 6, seed: 7 };
const settle = () => new Promise((r) => setTimeout(r, 0));

function manualService(size = 1) {
  const manual = new ManualWorkers();
  return { manual, service: new RunService(new WorkerPool({ size, createWorker: manual.factory })) };
}

describe('the service and its pool, message by message', () => {
  it('sends each request with a fresh id, relays its progress and resolves with its result', async () => {
    const { manual, service } = manualService();
    const progress: number[] = [];
    const promise = service.run(SMALL, { onProgress: (p) => progress.push(p.month) });
    await settle();
    const [w] = manual.workers;
    expect(w.runs).toEqual([{ type: 'run', id: 1, input: SMALL, shape: 'full', progress: true }]);
    manual.progress(7, 1, 6);
    manual.progress(7, 2, 6);
    const result = fakeResult(7);
    manual.finish(7, result);
    await expect(promise).resolves.toBe(result);
    expect(progress).toEqual([1, 2]);

    // The worker is kept for the next run, which gets the next id.
    const next = service.run({ ...SMALL, seed: 8 });
    await settle();
    expect(manual.workers).toHaveLength(1);
    expect(w.runs[1]).toMatchObject({ type: 'run', id: 2, progress: false });
    service.stop();
    await expect(next).rejects.toBeInstanceOf(RunCancelledError);
  });

  it('gives a run up when its signal aborts, and ignores stale replies', async () => {
    const { manual, service } = manualService();
    const controller = new AbortController();
    const oldProgress: number[] = [];
    const first = service.run(SMALL, { signal: controller.signal, onProgress: (p) => oldProgress.push(p.month) });
    await settle();
    const [oldWorker] = manual.workers;
    controller.abort();
    await expect(first).rejects.toBeInstanceOf(RunCancelledError);
    expect(oldWorker.terminated).toBe(true);
    const second = service.run({ ...SMALL, seed: 8 });
    await settle();
    const newWorker = manual.workers[1];
    expect(newWorker.runs).toEqual([{ type: 'run', id: 2, input: { ...SMALL, seed: 8 }, shape: 'full', progress: false }]);

    // Late replies for request 1, from either worker, change nothing.
    const stale: WorkerReply[] = [
      { type: 'result', id: 1, run: fakeResult(7), timing: { populationMs: 0, runMs: 0, populationReused: true } },
      { type: 'progress', id: 1, month: 3, total: 6 },
      { type: 'error', id: 1, message: 'stale' },
    ];
    for (const data of stale) {
      oldWorker.onmessage?.({ data } as MessageEvent<WorkerReply>);
      newWorker.onmessage?.({ data } as MessageEvent<WorkerReply>);
    }
    expect(oldProgress).toEqual([]);
    expect(service.peek(SMALL)).toBeUndefined();

    const fresh = fakeResult(8);
    manual.finish(8, fresh);
    await expect(second).resolves.toBe(fresh);
  });

  it('rejects with the error the worker reports', async () => {
    const { manual, service } = manualService();
    const promise = service.run(SMALL);
    await settle();
    manual.fail(7, 'levers.x: unknown lever');
    await expect(promise).rejects.toThrow('levers.x: unknown lever');
  });

  it('rejects and starts afresh when the worker itself fails', async () => {
    const { manual, service } = manualService();
    const promise = service.run(SMALL);
    await settle();
    manual.workers[0].onerror?.({ message: 'script did not load', preventDefault: () => undefined } as ErrorEvent);
    await expect(promise).rejects.toThrow(/model worker failed: script did not load/);
    const retry = service.run(SMALL);
    await settle();
    expect(manual.workers).toHaveLength(2);
    service.dispose();
    await expect(retry).rejects.toBeInstanceOf(RunCancelledError);
  });

  it('stop() cancels the runs and stops the workers; dispose() refuses later runs', async () => {
    const { manual, service } = manualService();
    const promise = service.run(SMALL);
    await settle();
    service.stop();
    await expect(promise).rejects.toBeInstanceOf(RunCancelledError);
    expect(manual.workers[0].terminated).toBe(true);
    service.stop(); // nothing live: a no-op
    service.dispose();
    await expect(service.run(SMALL)).rejects.toThrow(/closed/);
  });
});

describe('the worker body', () => {
  function body(clock?: () => number) {
    const replies: WorkerReply[] = [];
    const transfers: Transferable[][] = [];
    const handle = createWorkerBody((m, t) => {
      replies.push(m);
      transfers.push(t);
    }, clock);
    return { replies, transfers, handle };
  }

  it('relays a run: the result tagged with the request id, and no progress for a fast run', () => {
    // A clock that stands still: the run takes no time at all, whatever the machine's load, so it
    // finishes before the progress threshold (progress-gate.ts).
    const { replies, handle } = body(() => 0);
    handle({ type: 'run', id: 42, input: SMALL, shape: 'full', progress: true });
    expect(replies).toHaveLength(1);
    const last = replies[0];
    expect(last).toMatchObject({ type: 'result', id: 42 });
    if (last.type === 'result') expect((last.run as RunResult).summary).toEqual(runModel(SMALL).summary);
  });

  it('sends the compact shapes as transferred buffers, and reuses the people it drew', () => {
    const { replies, transfers, handle } = body();
    handle({ type: 'run', id: 1, input: SMALL, shape: 'months', progress: false });
    handle({ type: 'run', id: 2, input: { ...SMALL, levers: { 'enforcement.intensity': 0.9 } }, shape: 'summary', progress: false });
    const [a, b] = replies;
    if (a.type !== 'result' || b.type !== 'result') throw new Error('expected two results');
    expect(a.run).toEqual(packRun(runModel(SMALL), true));
    expect(transfers[0]).toHaveLength(2);
    expect(b.timing.populationReused).toBe(true);
    expect(b.run).toEqual(packRun(runModel({ ...SMALL, levers: { 'enforcement.intensity': 0.9 } }), false));
    expect(transfers[1]).toHaveLength(1);
  });

  it('relays the model’s error for a bad input, tagged with the request id', () => {
    const { replies, handle } = body();
    handle({ type: 'run', id: 7, input: { ...SMALL, levers: { 'enforcement.intensity': 7 } }, shape: 'full', progress: false });
    expect(replies).toEqual([{ type: 'error', id: 7, message: expect.stringMatching(/enforcement\.intensity/) }]);
  });
});

describe('the service on same-thread workers', () => {
  it('gives exactly the result of runModel, with progress each month when asked for', async () => {
    const service = sameThreadService({ progressAfterMs: 0, progressEveryMs: 0 });
    const months: number[] = [];
    const result = await service.run(SMALL, { onProgress: (p) => months.push(p.month) });
    expect(result).toEqual(runModel(SMALL));
    expect(months).toEqual([1, 2, 3, 4, 5, 6]);
    service.dispose();
  });

  it('stops a run given up from inside its own progress callback', async () => {
    const service = sameThreadService({ progressAfterMs: 0, progressEveryMs: 0 });
    const controller = new AbortController();
    const months: number[] = [];
    const outer = service.run(SMALL, {
      signal: controller.signal,
      onProgress: ({ month }) => {
        months.push(month);
        if (month === 2) controller.abort();
      },
    });
    await expect(outer).rejects.toBeInstanceOf(RunCancelledError);
    await expect(service.run({ ...SMALL, seed: 9 })).resolves.toEqual(runModel({ ...SMALL, seed: 9 }));
    expect(months).toEqual([1, 2]);
    service.dispose();
  });
});
