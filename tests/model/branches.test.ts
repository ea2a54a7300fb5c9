/**
 * Runs of one seed under several policies share the months their levers agree on (run.ts,
 * runBranches): Compare's presets keep every lever at its default until a dated change, so they
 * share the warm-up and the months before it. Each run must still be exactly the run it would be
 * alone, and the months shared must really be simulated once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopulation, runBranches, runModel, Simulation, type RunInput } from '../../models/index';
import { copyInto, copyState } from '../../models/state-copy';
import { findScenario } from '../../scenarios/index';
import { scenarioToRunInput } from '../../scenarios/scenario-run';

const SIZE = { agents: 8_000, months: 48 };
const COMPARE_PRESETS = ['baseline', 'state-security-only', 'operation-sophia', 'human-security-mix'];

function preset(id: string, seed: number): RunInput {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return { ...scenarioToRunInput(scenario), ...SIZE, seed };
}

afterEach(() => vi.restoreAllMocks());

describe('runs that share their first months (runBranches)', () => {
  it("give each preset of Compare exactly its own run, over three seeds", () => {
    for (const seed of [1, 2, 3]) {
      const inputs = COMPARE_PRESETS.map((id) => preset(id, seed));
      const alone = inputs.map((input) => JSON.stringify(runModel(input)));
      const shared = runBranches(inputs).map((r) => JSON.stringify(r));
      expect(shared).toEqual(alone);
    }
  });

  it('simulate the months the presets share once: the warm-up once, and months before each first change once', () => {
    const step = vi.spyOn(Simulation.prototype, 'step');
    const warmUps = vi.spyOn(Simulation.prototype as unknown as { advance: (t: number) => void }, 'advance');
    runBranches(COMPARE_PRESETS.map((id) => preset(id, 4)));
    // Sophia's levers part from the others' in month 6 (counted from 0), the others' in month 12:
    // baseline 48 months, Sophia 48 − 6, the surge and the mix 48 − 12 each.
    expect(step).toHaveBeenCalledTimes(48 + 42 + 36 + 36);
    const warmUpMonths = warmUps.mock.calls.filter(([t]) => t < 0).length;
    expect(warmUpMonths).toBe(24);
  });

  it('handle runs that part in month 0, route-aimed changes, equal runs and other seeds in one call', () => {
    const base: RunInput = { ...SIZE, seed: 7 };
    const inputs: RunInput[] = [
      base,
      { ...base, levers: { 'enforcement.intensity': 0.9 } }, // parts in month 0: shares nothing but the seed
      { ...base, timeline: [{ lever: 'enforcement.pullbacks', value: 0.9, fromMonth: 20, route: 'shortSea' }] },
      { ...base, timeline: [{ lever: 'enforcement.pullbacks', value: 0.9, fromMonth: 20, route: 'desertSea' }] },
      { ...base, timeline: [{ lever: 'searchAndRescue.capacity', value: 0.1, fromMonth: 30, toMonth: 35 }] },
      { ...base }, // the same run as the first
      { ...base, seed: 8, timeline: [{ lever: 'searchAndRescue.capacity', value: 0.1, fromMonth: 30 }] },
    ];
    const heard: number[] = [];
    const shared = runBranches(inputs, (index) => heard.push(index));
    expect(shared.map((r) => JSON.stringify(r))).toEqual(inputs.map((input) => JSON.stringify(runModel(input))));
    expect([...heard].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
  });

  it('work from a population drawn once, leaving it as it was', () => {
    const population = createPopulation({ agents: SIZE.agents, seed: 5 });
    const before = JSON.stringify(copyState(population, new Set()));
    const inputs = COMPARE_PRESETS.map((id) => ({ ...preset(id, 5), population }));
    const shared = runBranches(inputs);
    expect(shared.map((r) => JSON.stringify(r))).toEqual(COMPARE_PRESETS.map((id) => JSON.stringify(runModel(preset(id, 5)))));
    expect(JSON.stringify(copyState(population, new Set()))).toBe(before);
  });

  it('say which input is wrong before running any', () => {
    expect(() => runBranches([{ ...SIZE }, { ...SIZE, months: -3 }])).toThrow(/months/);
  });
});

describe('a run copied to go on under other levers (Simulation.continueUnder)', () => {
  it('refuses levers that differ in a month already simulated', () => {
    const sim = new Simulation({ ...SIZE, seed: 2 });
    for (let m = 0; m < 10; m++) sim.step();
    expect(() => sim.continueUnder({ ...SIZE, seed: 2, timeline: [{ lever: 'enforcement.intensity', value: 1, fromMonth: 5 }] })).toThrow(/differ from this run's in a month already simulated/);
    expect(() => sim.continueUnder({ ...SIZE, seed: 2, levers: { 'enforcement.intensity': 1 } })).toThrow(RangeError);
    expect(() => sim.continueUnder({ ...SIZE, seed: 2, timeline: [{ lever: 'enforcement.intensity', value: 1, fromMonth: 10 }] })).not.toThrow();
  });

  it('leaves the original run untouched: both go on as if alone', () => {
    const sim = new Simulation({ ...SIZE, seed: 3 });
    for (let m = 0; m < 12; m++) sim.step();
    const surge: RunInput = { ...SIZE, seed: 3, timeline: [{ lever: 'enforcement.intensity', value: 1, fromMonth: 12 }] };
    const copy = sim.continueUnder(surge);
    while (!copy.done) copy.step();
    while (!sim.done) sim.step();
    expect(JSON.stringify(sim.result())).toBe(JSON.stringify(runModel({ ...SIZE, seed: 3 })));
    expect(JSON.stringify(copy.result())).toBe(JSON.stringify(runModel(surge)));
  });
});

describe('copyState', () => {
  it('keeps prototypes, shared parts and views on one buffer as they were', () => {
    class Box {
      constructor(public n: number) {}
      twice(): number {
        return 2 * this.n;
      }
    }
    const buffer = new ArrayBuffer(32);
    const whole = new Float64Array(buffer);
    const tail = new Float64Array(buffer, 16, 2);
    const fixed = { limit: 3 };
    const inner = { box: new Box(4) };
    const state = { whole, tail, a: inner, b: inner, fixed, list: [1, 'two', true, null] };
    const copy = copyState(state, new Set([fixed]));
    expect(copy.a.box).toBeInstanceOf(Box);
    expect(copy.a.box.twice()).toBe(8);
    expect(copy.a).toBe(copy.b);
    expect(copy.a).not.toBe(inner);
    expect(copy.fixed).toBe(fixed);
    copy.tail[0] = 9;
    expect(copy.whole[2]).toBe(9);
    expect(whole[2]).toBe(0);
    expect(copy.list).toEqual(state.list);
  });

  it('refuses what a run state never holds (a function, a Map) rather than sharing it', () => {
    expect(() => copyState({ f: () => 1 }, new Set())).toThrow(/function/);
    expect(() => copyState({ m: new Map() }, new Set())).toThrow(/Map/);
  });
});

describe('copyInto', () => {
  it("writes a state into another of the same make, keeping the target's own objects", () => {
    const make = () => ({ counts: new Int32Array(3), inner: { level: 0, list: [0, 0] }, grown: new Float64Array(2), months: [] as { m: number }[], fixed: { k: 1 } });
    const source = make();
    source.counts.set([1, 2, 3]);
    source.inner.level = 0.5;
    source.inner.list[1] = 7;
    source.grown = new Float64Array([1, 2, 3, 4]); // a list that grew: another length
    source.months.push({ m: 0 }, { m: 1 });
    const target = make();
    const { counts, inner } = target;
    copyInto(target, source, new Set([source.fixed]), new Set(['fixed']));
    expect(target.counts).toBe(counts);
    expect(Array.from(target.counts)).toEqual([1, 2, 3]);
    expect(target.inner).toBe(inner);
    expect(target.inner).toEqual({ level: 0.5, list: [0, 7] });
    expect(Array.from(target.grown)).toEqual([1, 2, 3, 4]);
    expect(target.grown).not.toBe(source.grown);
    expect(target.months).toEqual(source.months);
    expect(target.months[0]).not.toBe(source.months[0]);
    expect(target.fixed).not.toBe(source.fixed); // skipped
    source.counts[0] = 9;
    expect(target.counts[0]).toBe(1);
  });

  it('gives the target the sharing the source has', () => {
    const list = [1, 2];
    const source = { a: { list }, b: { list } };
    const target = { a: { list: [0, 0] }, b: { list: [0, 0] } };
    copyInto(target, source, new Set());
    expect(target.a.list).toBe(target.b.list);
    expect(target.a.list).toEqual([1, 2]);
    expect(target.a.list).not.toBe(list);
  });
});

