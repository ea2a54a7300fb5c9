/**
 * Paired differences with common random numbers: the same seed gives the same people whatever
 * the policy mix, so a mix compared with itself differs by exactly zero and differences between
 * mixes are paired seed by seed.
 */
import { describe, expect, it } from 'vitest';
import { OUTPUT_KEYS, Simulation, pairedDifferences, pairedMonthly, relativeDifference, runModel, spreadOf } from '../index';
import { ensurePersonal } from '../population/init';
import { makeKeys } from '../rng';

// 20,000 agents: at a few thousand, one seed's smuggling demand rises by chance under the much
// stronger enforcement below more often still (see the test).
const SIZE = { agents: 20_000, months: 18 };
const SEEDS = [1, 2, 3, 4];
const REFERENCE = { 'enforcement.intensity': 0.2 };
const ALTERNATIVE = { 'enforcement.intensity': 0.9, 'searchAndRescue.capacity': 0 };

const runsOf = (levers: Record<string, number>) => SEEDS.map((seed) => runModel({ ...SIZE, levers, seed }));
const reference = runsOf(REFERENCE);
const alternative = runsOf(ALTERNATIVE);

/** Every typed-array column of a population, by name, with everyone's own attributes drawn (they are drawn at a person's first decision otherwise). */
function columns(sim: Simulation): Map<string, ArrayLike<number>> {
  const key = makeKeys(sim.seed).population;
  for (let i = 0; i < sim.agents.count; i++) ensurePersonal(sim.agents, i, key, sim.cal);
  const out = new Map<string, ArrayLike<number>>();
  for (const [name, value] of Object.entries(sim.agents)) if (ArrayBuffer.isView(value)) out.set(name, value as unknown as ArrayLike<number>);
  return out;
}

describe('common random numbers', () => {
  it('the same seed gives identical initial populations under different mixes', () => {
    const noWarmup = { warmupMonths: 0 };
    const a = columns(new Simulation({ ...SIZE, seed: 7, levers: REFERENCE, calibration: noWarmup }));
    const b = columns(new Simulation({ ...SIZE, seed: 7, levers: ALTERNATIVE, calibration: noWarmup }));
    const c = columns(new Simulation({ ...SIZE, seed: 8, levers: REFERENCE, calibration: noWarmup }));
    expect([...a.keys()]).toContain('traits');
    expect([...a.keys()]).toContain('codes');
    for (const [name, col] of a) expect(Array.from(b.get(name)!), name).toEqual(Array.from(col));
    // A different seed gives different people.
    expect(Array.from(c.get('traits')!)).not.toEqual(Array.from(a.get('traits')!));
  });

  it('a mix paired with itself differs by exactly zero, per seed and per month', () => {
    const again = runsOf(REFERENCE);
    const self = pairedDifferences(reference, again);
    expect(self.seeds).toEqual(SEEDS);
    for (const key of OUTPUT_KEYS) {
      const o = self.outputs[key];
      expect(o.diffs).toEqual(SEEDS.map(() => 0));
      expect([o.diff.median, o.diff.p5, o.diff.p95, o.diff.mean]).toEqual([0, 0, 0, 0]);
      expect([o.relative.median, o.relative.p5, o.relative.p95]).toEqual([0, 0, 0]);
    }
    const monthly = pairedMonthly(reference, again, 'deathsMissing');
    expect(monthly.median).toEqual(new Array(SIZE.months).fill(0));
    expect(monthly.p95).toEqual(new Array(SIZE.months).fill(0));
  });
});

describe('pairedDifferences', () => {
  const cmp = pairedDifferences(reference, alternative);

  it('is alternative − reference seed by seed, with its spread and the relative change', () => {
    for (const key of OUTPUT_KEYS) {
      const diffs = SEEDS.map((_, i) => alternative[i].summary[key] - reference[i].summary[key]);
      expect(cmp.outputs[key].diffs).toEqual(diffs);
      expect(cmp.outputs[key].diff).toEqual(spreadOf(diffs));
      const rel = SEEDS.map((_, i) => relativeDifference(alternative[i].summary[key], reference[i].summary[key]));
      expect(cmp.outputs[key].relative).toEqual(spreadOf(rel));
    }
    // Much stronger enforcement cuts smuggling demand, but over 18 months at this size the cut is
    // about 1–2% against a seed's own luck of about as much (model 2.4.1, seeds 1–8: −4.3% to +2.4%;
    // 2.4.0: −5.8% to +0.3%), so not in every seed: asked until model 2.4.1, that held on seeds 1–4
    // by luck. The median seed shows it, and the seed with the largest cut cuts clearly.
    expect(cmp.outputs.smugglingDemand.relative.median).toBeLessThan(0);
    expect(cmp.outputs.smugglingDemand.relative.p5).toBeLessThan(-0.02);
  });

  it('pairs month by month', () => {
    const monthly = pairedMonthly(reference, alternative, 'smugglingDemand');
    expect(monthly.median).toHaveLength(SIZE.months);
    const m = 5;
    expect(monthly.median[m]).toBe(spreadOf(SEEDS.map((_, i) => alternative[i].months[m].smugglingDemand - reference[i].months[m].smugglingDemand)).median);
  });

  it('relative difference handles a zero reference', () => {
    expect(relativeDifference(150, 100)).toBe(0.5);
    expect(relativeDifference(-50, -100)).toBe(0.5);
    expect(relativeDifference(0, 0)).toBe(0);
    expect(relativeDifference(3, 0)).toBeNaN();
  });

  it('refuses runs that do not pair up by seed', () => {
    expect(() => pairedDifferences(reference, alternative.slice(1))).toThrow(/has 3 runs; the reference has 4/);
    expect(() => pairedDifferences(reference, [...alternative].reverse())).toThrow(/alternative\.0\.seed: got 4; must equal the reference's seed 1/);
  });
});
