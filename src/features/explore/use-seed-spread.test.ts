/**
 * The seeds the key figures are refined over (the user's own among them, all valid seeds), and
 * the spread's work as the explorer's hook starts it: with the seeds set to one nothing runs in
 * the background; with more, that many seeds of both inputs are run and paired, in the model's
 * own figures.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runModel, SEED_LIMIT, type RunInput } from '../../../models/index';
import { findScenario, scenarioToRunInput } from '../../../scenarios/index';
import { sameThreadService } from '../../runner/same-thread';
import { DEFAULT_SPREAD_SEEDS } from '../../shared/settings/spread-seeds';
import { noSpread, SPREAD_DELAY_MS, spreadSeeds, startSpread, type SpreadState } from './use-seed-spread';

describe('the seeds of the spread', () => {
  it('start at the user’s seed, so the run already shown is the first pair', () => {
    expect(spreadSeeds(1)).toEqual(Array.from({ length: DEFAULT_SPREAD_SEEDS }, (_, i) => 1 + i));
    expect(spreadSeeds(0, 3)).toEqual([0, 1, 2]);
  });

  it('stay within the seed limit near its top, still including the user’s seed', () => {
    for (const count of [DEFAULT_SPREAD_SEEDS, 20]) {
      const seeds = spreadSeeds(SEED_LIMIT.max, count);
      expect(seeds).toHaveLength(count);
      expect(seeds).toContain(SEED_LIMIT.max);
      expect(Math.max(...seeds)).toBe(SEED_LIMIT.max);
      expect(new Set(seeds).size).toBe(count);
    }
  });
});

const SIZE = { agents: 1_000, months: 12 } as const;
const input = (id: string, seed: number): RunInput => ({ ...scenarioToRunInput(findScenario(id)!), ...SIZE, seed });

describe('the spread’s work', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('with one seed, starts no timer and no run, and reports nothing', () => {
    vi.useFakeTimers();
    const service = sameThreadService();
    const run = vi.spyOn(service, 'run');
    const reports: SpreadState[] = [];
    const cancel = startSpread(service, input('operation-sophia', 4), input('baseline', 4), 1, (s) => reports.push(s));
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(SPREAD_DELAY_MS * 10);
    expect(run).not.toHaveBeenCalled();
    expect(reports).toEqual([]);
    cancel();
    service.dispose();
    expect(noSpread(1)).toEqual({ spread: null, done: 0, total: 1, running: false });
  });

  it('with three seeds, runs both inputs on each after the delay and pairs them: the model’s medians', async () => {
    const service = sameThreadService({ size: 2 });
    const run = vi.spyOn(service, 'run');
    const ended = new Promise<SpreadState[]>((resolve) => {
      const reports: SpreadState[] = [];
      startSpread(service, input('operation-sophia', 4), input('baseline', 4), 3, (s) => {
        reports.push(s);
        if (!s.running) resolve(reports);
      });
    });
    expect(run).not.toHaveBeenCalled(); // nothing before the settings have rested
    const reports = await ended;
    service.dispose();
    expect(run).toHaveBeenCalledTimes(6);
    expect(reports.map((r) => [r.done, r.total, r.running])).toEqual([
      [0, 3, true],
      [1, 3, true],
      [2, 3, true],
      [3, 3, false],
    ]);
    const spread = reports[3].spread!;
    expect(spread.seeds).toBe(3);
    const deaths = [4, 5, 6].map((seed) => runModel(input('operation-sophia', seed)).summary.deathsMissing).sort((a, b) => a - b);
    expect(spread.figures.deathsMissing?.median).toBe(deaths[1]);
  });

});
