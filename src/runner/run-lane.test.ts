/**
 * The run lane: the newest request wins, a stale result never replaces a newer one, a drag does
 * not restart the worker at every step, a slow run is abandoned for a newer request, and two
 * lanes share a run of the same input.
 */
import { describe, expect, it } from 'vitest';
import type { RunInput, RunResult } from '../../models/index';
import { ResultCache } from './result-cache';
import { RunLane, type LaneState } from './run-lane';
import { RunCancelledError, type ModelRunner, type RunProgress, type RunRequest } from './types';

interface Call {
  readonly input: RunInput;
  readonly resolve: (r: RunResult) => void;
  readonly reject: (e: Error) => void;
  readonly onProgress?: (p: RunProgress) => void;
}

/** A runner whose runs finish when the test says so; a new run cancels the live one. */
class FakeRunner implements ModelRunner {
  readonly calls: Call[] = [];
  private live: Call | null = null;
  run(request: RunRequest): Promise<RunResult> {
    this.cancel();
    return new Promise((resolve, reject) => {
      const call: Call = { input: request.input, resolve, reject, onProgress: request.onProgress };
      this.calls.push(call);
      this.live = call;
    });
  }
  cancel(): void {
    this.live?.reject(new RunCancelledError());
    this.live = null;
  }
  dispose(): void {
    this.cancel();
  }
  finish(index: number, result: RunResult): void {
    if (this.calls[index] === this.live) this.live = null;
    this.calls[index].resolve(result);
  }
}

const result = (seed: number) => ({ seed, months: [], summary: {} }) as unknown as RunResult;
const input = (seed: number): RunInput => ({ seed });
const key = (seed: number) => `k${seed}`;
const settle = () => new Promise((r) => setTimeout(r, 0));

function makeLane(options: { cache?: ResultCache; now?: () => number } = {}) {
  const runner = new FakeRunner();
  const states: LaneState[] = [];
  const lane = new RunLane(runner, options.cache ?? new ResultCache(), (s) => states.push(s), options.now ?? (() => 0));
  const ask = (seed: number) => lane.request(key(seed), input(seed));
  return { runner, states, lane, ask, last: () => states[states.length - 1] };
}

describe('RunLane', () => {
  it('runs a request and shows its result under its id', async () => {
    const { runner, ask, last } = makeLane();
    ask(1);
    expect(runner.calls).toHaveLength(1);
    expect(last()).toMatchObject({ latestId: 1, busy: true, shown: null });
    runner.finish(0, result(1));
    await settle();
    expect(last()).toMatchObject({ latestId: 1, busy: false, error: null, shown: { id: 1, key: 'k1' } });
    expect(last().shown?.result.seed).toBe(1);
  });

  it('while dragging, lets the run in flight finish, shows it, then runs only the newest request', async () => {
    const { runner, ask, last } = makeLane();
    ask(1);
    ask(2);
    ask(3);
    ask(4);
    expect(runner.calls).toHaveLength(1); // no restart per step
    runner.finish(0, result(1));
    await settle();
    expect(last()).toMatchObject({ shown: { id: 1 }, latestId: 4, busy: true }); // the view keeps moving
    expect(runner.calls.map((c) => c.input.seed)).toEqual([1, 4]); // 2 and 3 skipped
    runner.finish(1, result(4));
    await settle();
    expect(last()).toMatchObject({ shown: { id: 4, key: 'k4' }, busy: false });
  });

  it('never lets a late result replace a newer one', async () => {
    const cache = new ResultCache();
    cache.set(key(2), result(2));
    const { runner, ask, last } = makeLane({ cache });
    ask(1); // runs
    ask(2); // cached: shown at once
    expect(last()).toMatchObject({ shown: { id: 2, key: 'k2' }, busy: false });
    runner.finish(0, result(1)); // the older run completes afterwards
    await settle();
    expect(last().shown).toMatchObject({ id: 2, key: 'k2' });
    expect(cache.get(key(1))?.seed).toBe(1); // still cached for later
  });

  it('shows a cached result without running, and returns to a value at no cost', async () => {
    const { runner, ask, last } = makeLane();
    ask(1);
    runner.finish(0, result(1));
    await settle();
    ask(2);
    runner.finish(1, result(2));
    await settle();
    ask(1);
    expect(runner.calls).toHaveLength(2);
    expect(last()).toMatchObject({ shown: { id: 3, key: 'k1' }, busy: false });
  });

  it('abandons a slow run for a newer request', async () => {
    let now = 0;
    const { runner, ask, last } = makeLane({ now: () => now });
    ask(1);
    now = 1_000; // the first run has taken a second
    ask(2);
    expect(runner.calls.map((c) => c.input.seed)).toEqual([1, 2]);
    await settle();
    runner.finish(1, result(2));
    await settle();
    expect(last()).toMatchObject({ shown: { id: 2 }, busy: false, error: null });
  });

  it('reports progress of the run in flight and errors of the newest request', async () => {
    const { runner, ask, last } = makeLane();
    ask(1);
    runner.calls[0].onProgress?.({ month: 30, total: 120 });
    expect(last().progress).toEqual({ month: 30, total: 120 });
    runner.calls[0].reject(new Error('levers.x: unknown lever'));
    await settle();
    expect(last()).toMatchObject({ busy: false, error: 'levers.x: unknown lever', progress: null });
  });

  it('shares one run between two lanes asking for the same input', async () => {
    const cache = new ResultCache();
    const a = makeLane({ cache });
    const b = makeLane({ cache });
    a.ask(1);
    b.ask(1);
    expect(a.runner.calls).toHaveLength(1);
    expect(b.runner.calls).toHaveLength(0);
    a.runner.finish(0, result(1));
    await settle();
    expect(a.last().shown?.result.seed).toBe(1);
    expect(b.last().shown?.result.seed).toBe(1);
  });

  it('runs a shared input itself when the lane that owned the run abandons it', async () => {
    let now = 0;
    const cache = new ResultCache();
    const a = makeLane({ cache, now: () => now });
    const b = makeLane({ cache, now: () => now });
    a.ask(1);
    b.ask(1); // waits on a's run
    now = 1_000;
    a.ask(2); // a abandons run 1
    await settle();
    expect(b.runner.calls.map((c) => c.input.seed)).toEqual([1]);
    b.runner.finish(0, result(1));
    await settle();
    expect(b.last()).toMatchObject({ shown: { key: 'k1' }, busy: false });
  });

  it('does nothing after dispose', async () => {
    const { runner, ask, lane, states } = makeLane();
    ask(1);
    lane.dispose();
    const count = states.length;
    ask(2);
    await settle();
    expect(runner.calls).toHaveLength(1);
    expect(states).toHaveLength(count);
  });
});

describe('ResultCache', () => {
  it('keeps the most recently used results up to its size', () => {
    const cache = new ResultCache(2);
    cache.set('a', result(1));
    cache.set('b', result(2));
    cache.get('a');
    cache.set('c', result(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.seed).toBe(1);
    expect(cache.get('c')?.seed).toBe(3);
  });
});
