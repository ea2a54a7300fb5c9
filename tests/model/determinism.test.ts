/**
 * Determinism and common random numbers: a run is a function of its inputs; two mixes with the
 * same seed share the same people; a lever change from month m leaves months before m untouched.
 */
import { describe, expect, it } from 'vitest';
import { runModel, Simulation } from '../../models/index';
import { Trait, traitColumn } from '../../models/population/schema';
import { drawEveryone } from './helpers';

const small = { agents: 5000, months: 48 };

describe('determinism', () => {
  it('gives bit-identical results for the same inputs and seed', () => {
    const a = runModel({ ...small, seed: 7, levers: { 'enforcement.intensity': 0.7 } });
    const b = runModel({ ...small, seed: 7, levers: { 'enforcement.intensity': 0.7 } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives different results for different seeds', () => {
    const a = runModel({ ...small, seed: 1 });
    const b = runModel({ ...small, seed: 2 });
    expect(a.summary.smugglingDemand).not.toBe(b.summary.smugglingDemand);
  });

  it('draws the same people whatever the levers', () => {
    // No warm-up, so that the people are compared as drawn, before any of them has acted.
    const calibration = { warmupMonths: 0 };
    const a = new Simulation({ ...small, seed: 3, calibration });
    const b = new Simulation({ ...small, seed: 3, calibration, levers: { 'regularPathways.availability': 1, 'insecurity.level': 0.1 } });
    // People's own attributes are drawn at their first decision; draw them all to compare.
    drawEveryone(a.agents, 3);
    drawEveryone(b.agents, 3);
    expect(Array.from(traitColumn(b.agents, Trait.Savings))).toEqual(Array.from(traitColumn(a.agents, Trait.Savings)));
    expect(Array.from(traitColumn(b.agents, Trait.Exposure4))).toEqual(Array.from(traitColumn(a.agents, Trait.Exposure4)));
    expect(Array.from(traitColumn(b.agents, Trait.Ties))).toEqual(Array.from(traitColumn(a.agents, Trait.Ties)));
  });

  it('leaves months before a lever change identical, and differs after it', () => {
    const changeAt = 24;
    const base = runModel({ ...small, seed: 11 });
    const changed = runModel({
      ...small,
      seed: 11,
      timeline: [{ lever: 'enforcement.intensity', value: 1, fromMonth: changeAt }],
    });
    expect(JSON.stringify(changed.months.slice(0, changeAt))).toBe(JSON.stringify(base.months.slice(0, changeAt)));
    const after = (r: typeof base) => r.months.slice(changeAt).map((m) => m.smugglingDemand + m.deathsMissing + m.meanFeeUsd);
    expect(after(changed)).not.toEqual(after(base));
  });

  it('reports the levers in force at month 0, timeline included', () => {
    const r = runModel({ ...small, timeline: [{ lever: 'searchAndRescue.capacity', value: 0.9, fromMonth: 0, toMonth: 12 }] });
    expect(r.levers['searchAndRescue.capacity']).toBe(0.9);
  });

  it('rejects bad inputs with a message naming the field', () => {
    expect(() => runModel({ levers: { 'enforcement.intensity': 7 } })).toThrow(/levers\.enforcement\.intensity: got 7/);
    // @ts-expect-error an unknown lever key does not compile, and is refused at run time too
    expect(() => runModel({ levers: { nope: 1 } })).toThrow(/levers\.nope/);
    expect(() => runModel({ agents: 100.5 })).toThrow(/agents/);
    expect(() => runModel({ months: 0 })).toThrow(/months/);
    expect(() => runModel({ calibration: { populationPeople: -1 } })).toThrow(/calibration\.populationPeople/);
  });
});

describe('shared populations', () => {
  it('a run from a copied population is identical to one that draws its own, and leaves the population unchanged', async () => {
    const { createPopulation } = await import('../../models/index');
    const population = createPopulation({ agents: 5000, seed: 4 });
    const before = Array.from(traitColumn(population.agents, Trait.Savings));
    const undrawn = Array.from(traitColumn(population.agents, Trait.PersonalFrom));
    const levers = { 'enforcement.intensity': 0.8 };
    const shared = runModel({ ...small, seed: 4, levers, population });
    expect(JSON.stringify(shared)).toBe(JSON.stringify(runModel({ ...small, seed: 4, levers })));
    expect(Array.from(traitColumn(population.agents, Trait.Savings))).toEqual(before);
    expect(Array.from(traitColumn(population.agents, Trait.PersonalFrom))).toEqual(undrawn);
    expect(() => runModel({ ...small, seed: 5, population })).toThrow(/population: drawn for a different/);
  });
});
