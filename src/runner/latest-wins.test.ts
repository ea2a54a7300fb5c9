/**
 * The newest request wins: a stale result never replaces a newer one, a drag does not restart
 * the worker at every step, a slow run far from done is abandoned for a newer request (one nearly
 * done is let finish), a held lane (a drag under way) abandons nothing, and two lanes share a
 * run of the same input. The lanes run on the real service and pool, with workers that answer
 * when the test says.
 */
import { describe, expect, it } from 'vitest';
import type { RunInput } from '../../models/index';
import { RunLane, type LaneState } from './latest-wins';
import { fakeResult as result, ManualWorkers } from './manual-workers';
import { WorkerPool } from './pool';
import { ResultStore } from './result-store';
import { RunService } from './run-service';

const input = (seed: number): RunInput => ({ seed, agents: 1_000, months: 12 });
const settle = () => new Promise((r) => setTimeout(r, 0));

function setUp(workers = 2, store = new ResultStore()) {
  const manual = new ManualWorkers();
  const service = new RunService(new WorkerPool({ size: workers, createWorker: manual.factory }), store);
  return { manual, service, key: (seed: number) => service.keyOf(input(seed)) };
}

type Setup = ReturnType<typeof setUp>;

function makeLane(setup: Setup, now: () => number = () => 0, hold?: () => boolean) {
  const states: LaneState[] = [];
  const lane = new RunLane(setup.service, (s) => states.push(s), now, undefined, hold);
  const ask = (seed: number) => lane.request(input(seed));
  return { states, lane, ask, last: () => states[states.length - 1] };
}

describe('RunLane', () => {
  it('runs a request and shows its result under its id', async () => {
    const setup = setUp();
    const { ask, last } = makeLane(setup);
    ask(1);
    await settle();
    expect(setup.manual.seeds).toEqual([1]);
    expect(last()).toMatchObject({ latestId: 1, busy: true, shown: null });
    setup.manual.finish(1);
    await settle();
    expect(last()).toMatchObject({ latestId: 1, busy: false, error: null, shown: { id: 1, key: setup.key(1) } });
    expect(last().shown?.result.seed).toBe(1);
  });

  it('while dragging, lets the run in flight finish, shows it, then runs only the newest request', async () => {
    const setup = setUp();
    const { ask, last } = makeLane(setup);
    ask(1);
    ask(2);
    ask(3);
    ask(4);
    await settle();
    expect(setup.manual.seeds).toEqual([1]); // no restart per step
    setup.manual.finish(1);
    await settle();
    expect(last()).toMatchObject({ shown: { id: 1 }, latestId: 4, busy: true }); // the view keeps moving
    expect(setup.manual.seeds).toEqual([1, 4]); // 2 and 3 skipped
    expect(setup.manual.workers.some((w) => w.terminated)).toBe(false);
    setup.manual.finish(4);
    await settle();
    expect(last()).toMatchObject({ shown: { id: 4, key: setup.key(4) }, busy: false });
  });

  it('never lets a late result replace a newer one', async () => {
    const setup = setUp();
    setup.service.store.set(setup.key(2), result(2));
    const { ask, last } = makeLane(setup);
    ask(1); // runs
    ask(2); // stored: shown at once
    expect(last()).toMatchObject({ shown: { id: 2, key: setup.key(2) }, busy: false });
    await settle();
    setup.manual.finish(1); // the older run completes afterwards
    await settle();
    expect(last().shown).toMatchObject({ id: 2, key: setup.key(2) });
    expect(setup.service.peek(input(1))?.seed).toBe(1); // still stored for later
  });

  it('shows a stored result without running, and returns to a value at no cost', async () => {
    const setup = setUp();
    const { ask, last } = makeLane(setup);
    ask(1);
    await settle();
    setup.manual.finish(1);
    await settle();
    ask(2);
    await settle();
    setup.manual.finish(2);
    await settle();
    ask(1);
    await settle();
    expect(setup.manual.seeds).toEqual([1, 2]);
    expect(last()).toMatchObject({ shown: { id: 3, key: setup.key(1) }, busy: false });
  });

  it('abandons a slow run far from done for a newer request', async () => {
    let now = 0;
    const setup = setUp(1);
    const { ask, last } = makeLane(setup, () => now);
    ask(1);
    await settle();
    now = 1_000; // the first run has taken a second and done a twelfth of its months
    setup.manual.progress(1, 10, 120);
    ask(2);
    await settle();
    expect(setup.manual.seeds).toEqual([1, 2]);
    expect(setup.manual.workers[0].terminated).toBe(true); // the slow run's worker is stopped
    setup.manual.finish(2);
    await settle();
    expect(last()).toMatchObject({ shown: { id: 2 }, busy: false, error: null });
  });

  it('lets a slow run that is nearly done finish, rather than start a fresh worker for the newer request', async () => {
    let now = 0;
    const setup = setUp(1);
    const { ask, last } = makeLane(setup, () => now);
    ask(1);
    await settle();
    now = 1_000; // slow (a cold worker, a busy phone), but 110 of 120 months done: about 90 ms to go
    setup.manual.progress(1, 110, 120);
    ask(2);
    await settle();
    expect(setup.manual.seeds).toEqual([1]);
    expect(setup.manual.workers.some((w) => w.terminated)).toBe(false);
    setup.manual.finish(1);
    await settle();
    expect(last()).toMatchObject({ shown: { id: 1 }, latestId: 2, busy: true });
    expect(setup.manual.seeds).toEqual([1, 2]);
  });

  it('abandons a run for a waiting newer request as soon as its progress shows it is far from done', async () => {
    let now = 0;
    const setup = setUp(1);
    const { ask } = makeLane(setup, () => now);
    ask(1);
    await settle();
    now = 300;
    ask(2); // too soon to judge: run 1 goes on
    await settle();
    expect(setup.manual.seeds).toEqual([1]);
    now = 600;
    setup.manual.progress(1, 12, 120); // a tenth done in 600 ms: over 5 s to go
    await settle();
    expect(setup.manual.workers[0].terminated).toBe(true);
    expect(setup.manual.seeds).toEqual([1, 2]);
  });

  it('while held (a drag under way), abandons no run however slow; once let go, the next progress report decides', async () => {
    let now = 0;
    let dragging = true;
    const setup = setUp(1);
    const { ask, last } = makeLane(setup, () => now, () => dragging);
    ask(1);
    await settle();
    now = 1_000; // as slow as the run abandoned above: a second for a twelfth of its months
    setup.manual.progress(1, 10, 120);
    ask(2);
    ask(3);
    await settle();
    now = 2_000;
    setup.manual.progress(1, 20, 120);
    await settle();
    expect(setup.manual.seeds).toEqual([1]);
    expect(setup.manual.workers.some((w) => w.terminated)).toBe(false); // no cold worker started during the drag
    expect(last()).toMatchObject({ latestId: 3, busy: true, progress: { month: 20, total: 120 } });
    dragging = false; // the hand stops
    now = 2_100;
    setup.manual.progress(1, 21, 120);
    await settle();
    expect(setup.manual.workers[0].terminated).toBe(true);
    expect(setup.manual.seeds).toEqual([1, 3]); // the newest request, 2 skipped
    setup.manual.finish(3);
    await settle();
    expect(last()).toMatchObject({ shown: { id: 3 }, busy: false });
  });

  it('abandons a run that has said nothing of its progress only after four times the usual wait', async () => {
    let now = 0;
    const setup = setUp(1);
    const { ask } = makeLane(setup, () => now);
    ask(1);
    await settle();
    now = 1_000; // still drawing its population, say
    ask(2);
    await settle();
    expect(setup.manual.seeds).toEqual([1]);
    now = 1_700;
    ask(3);
    await settle();
    expect(setup.manual.workers[0].terminated).toBe(true);
    expect(setup.manual.seeds).toEqual([1, 3]);
  });

  it('reports progress of the run in flight and errors of the newest request', async () => {
    const setup = setUp();
    const { ask, last } = makeLane(setup);
    ask(1);
    await settle();
    setup.manual.progress(1, 30, 120);
    expect(last().progress).toEqual({ month: 30, total: 120 });
    setup.manual.fail(1, 'levers.x: unknown lever');
    await settle();
    expect(last()).toMatchObject({ busy: false, error: 'levers.x: unknown lever', progress: null });
  });

  it('shares one run between two lanes asking for the same input', async () => {
    const setup = setUp();
    const a = makeLane(setup);
    const b = makeLane(setup);
    a.ask(1);
    b.ask(1);
    await settle();
    expect(setup.manual.seeds).toEqual([1]);
    setup.manual.finish(1);
    await settle();
    expect(a.last().shown?.result.seed).toBe(1);
    expect(b.last().shown?.result.seed).toBe(1);
  });

  it('keeps a shared run going for the lane still waiting when the other lane abandons it', async () => {
    let now = 0;
    const setup = setUp();
    const a = makeLane(setup, () => now);
    const b = makeLane(setup, () => now);
    a.ask(1);
    b.ask(1); // waits on the same run
    await settle();
    now = 1_000;
    setup.manual.progress(1, 10, 120); // far from done
    a.ask(2); // a gives run 1 up; b still wants it
    await settle();
    expect(setup.manual.running(1)).toBe(true);
    expect(setup.manual.seeds).toEqual([1, 2]);
    setup.manual.finish(1);
    await settle();
    expect(b.last()).toMatchObject({ shown: { key: setup.key(1) }, busy: false });
  });

  it('does nothing after dispose', async () => {
    const setup = setUp();
    const { ask, lane, states } = makeLane(setup);
    ask(1);
    await settle();
    lane.dispose();
    const count = states.length;
    ask(2);
    await settle();
    expect(setup.manual.seeds).toEqual([1]);
    expect(setup.manual.running(1)).toBe(false); // given up
    expect(states).toHaveLength(count);
  });
});
