/**
 * Runs that can share their first months go to one worker together (pool.ts, groups; the model's
 * runBranches): the results are the runs' own, bit for bit, whatever the pool size and finishing
 * order; a group is never so large that a worker idles; giving up one run of a group leaves the
 * others to finish.
 */
import { describe, expect, it } from 'vitest';
import { runModel, type RunInput } from '../../models/index';
import { packRun } from './compact-run';
import { RunQueue } from './every-request';
import { WorkerPool } from './pool';
import { ResultStore } from './result-store';
import { RunService } from './run-service';
import { newSameThreadStats as newStats, sameThreadWorkers } from './same-thread';
import { isRunCancelled } from './types';

const SMALL = { agents: 1_500, months: 24 };
/** Like Compare's presets: every lever at its default until a dated change. */
const DATED: RunInput[] = [
  {},
  { timeline: [{ lever: 'enforcement.intensity', value: 0.9, fromMonth: 6 }] },
  { timeline: [{ lever: 'regularPathways.availability', value: 0.8, fromMonth: 6 }] },
  { timeline: [{ lever: 'searchAndRescue.capacity', value: 0.1, fromMonth: 12 }] },
];
const SEEDS = [1, 2, 3];
const inputs = (): RunInput[] => SEEDS.flatMap((seed) => DATED.map((mix) => ({ ...SMALL, ...mix, seed })));

function service(size: number, stats: ReturnType<typeof newStats>, delaySeed = 1) {
  const pool = new WorkerPool({ size, createWorker: sameThreadWorkers({ stats, delaySeed }) });
  return new RunService(pool, new ResultStore());
}

describe('runs that share their first months, in the pool', () => {
  const reference = inputs().map((input) => packRun(runModel(input), true));

  it('run together on one worker and come back identical to the model run directly, for any pool size and finishing order', async () => {
    for (const size of [1, 2, 3]) {
      for (const delaySeed of [1, 5]) {
        const stats = newStats();
        const s = service(size, stats, delaySeed);
        const { runs } = await new RunQueue(s).runAll(inputs(), { shape: 'months' });
        runs.forEach((run, i) => {
          expect(run.seed, `size ${size}, run ${i}`).toBe(reference[i].seed);
          expect(Array.from(run.summary), `size ${size}, run ${i}`).toEqual(Array.from(reference[i].summary));
          expect(Array.from(run.months ?? []), `size ${size}, run ${i}`).toEqual(Array.from(reference[i].months ?? []));
        });
        expect(stats.started).toBe(inputs().length);
        expect(stats.groups.length, `size ${size}: some runs went in groups`).toBeGreaterThan(0);
        s.dispose();
      }
    }
  });

  it('are split so that every worker has work: four runs of one seed on two workers go two and two', async () => {
    const stats = newStats();
    const s = service(2, stats);
    await new RunQueue(s).runAll(DATED.map((mix) => ({ ...SMALL, ...mix, seed: 9 })), { shape: 'summary' });
    expect(stats.groups).toEqual([2, 2]);
    s.dispose();
  });

  it('keep apart runs whose levers differ in month 0, and runs that ask for progress', async () => {
    const stats = newStats();
    const s = service(1, stats);
    const base = { ...SMALL, seed: 4 };
    await new RunQueue(s).runAll([base, { ...base, levers: { 'enforcement.intensity': 0.9 } }], { shape: 'summary' });
    await Promise.all([s.run({ ...base, seed: 5 }, { onProgress: () => undefined }), s.run({ ...base, seed: 5, timeline: DATED[1].timeline }, { onProgress: () => undefined })]);
    expect(stats.groups).toEqual([]);
    expect(stats.started).toBe(4);
    s.dispose();
  });

  it('finish the rest of a group when one of its runs is given up', async () => {
    const stats = newStats();
    const pool = new WorkerPool({ size: 1, createWorker: sameThreadWorkers({ stats, delaySeed: 3 }) });
    const wanted = DATED.map((mix) => ({ ...SMALL, ...mix, seed: 6 }));
    const controllers = wanted.map(() => new AbortController());
    const runs = wanted.map((input, i) => pool.submit({ input, shape: 'summary' }, controllers[i].signal));
    await Promise.resolve(); // the pool has handed the group to its worker
    expect(stats.groups).toEqual([4]);
    controllers[1].abort();
    const outcomes = await Promise.allSettled(runs);
    expect(outcomes[1].status === 'rejected' && isRunCancelled(outcomes[1].reason)).toBe(true);
    expect(stats.terminated).toBe(1);
    for (const i of [0, 2, 3]) {
      const outcome = outcomes[i];
      expect(outcome.status).toBe('fulfilled');
      if (outcome.status === 'fulfilled') expect(Array.from((outcome.value.run as ReturnType<typeof packRun>).summary)).toEqual(Array.from(packRun(runModel(wanted[i]), false).summary));
    }
    pool.dispose();
  });

  it('report a bad run of a group by itself, and run the others', async () => {
    const stats = newStats();
    const pool = new WorkerPool({ size: 1, createWorker: sameThreadWorkers({ stats }) });
    const good = { ...SMALL, seed: 7 };
    const bad = { ...SMALL, seed: 7, timeline: [{ lever: 'enforcement.intensity' as const, value: 7, fromMonth: 6 }] };
    const [a, b] = await Promise.allSettled([pool.submit({ input: good, shape: 'summary' }), pool.submit({ input: bad, shape: 'summary' })]);
    expect(stats.groups).toEqual([2]);
    expect(a.status).toBe('fulfilled');
    expect(b.status === 'rejected' && String(b.reason)).toMatch(/timeline\.0\.value: got 7/);
    pool.dispose();
  });
});
