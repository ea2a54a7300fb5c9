/**
 * The open population (models/population/renewal.ts): with no policy change and no shock, the
 * baseline does not drift. Smuggling demand, irregular arrivals and the personal insecurity of the
 * people at home stay within ±5% of their first-year level in the tenth year (mean of five
 * seeds). With renewal pushed past the end of the run, the closed population's drift comes back,
 * so the check can fail.
 */
import { describe, expect, it } from 'vitest';
import { Simulation, type RunInput } from '../../models/simulation';
import { meanHomeInsecurity, renewPopulation } from '../../models/population/renewal';
import { dimensionWeights } from '../../models/phases/records';
import { defaultCalibration } from '../../models/params/calibration';
import { ensurePersonal, initialiseAgents } from '../../models/population/init';
import { Code, CODE_STRIDE, codeOf, State, Trait, traitOf } from '../../models/population/schema';
import { enterState } from '../../models/phases/choice';
import { PATTERN_AGENTS, SEEDS } from './helpers';

interface Drift {
  smugglingDemand: number;
  irregularArrivals: number;
  homeInsecurity: number;
}

const yearMean = (xs: number[], year: number) => xs.slice(12 * year, 12 * year + 12).reduce((s, x) => s + x, 0) / 12;

/** Relative change from the first to the tenth year of a ten-year baseline, mean over SEEDS. */
function drift(input: Omit<RunInput, 'seed'>): Drift {
  const sums: Drift = { smugglingDemand: 0, irregularArrivals: 0, homeInsecurity: 0 };
  for (const seed of SEEDS) {
    const sim = new Simulation({ agents: PATTERN_AGENTS, months: 120, ...input, seed });
    const home: number[] = [];
    const weights = dimensionWeights(sim.cal);
    while (!sim.done) {
      sim.step();
      home.push(meanHomeInsecurity(sim.agents, sim.world.dimensions, weights));
    }
    const series = { smugglingDemand: sim.records.map((m) => m.smugglingDemand), irregularArrivals: sim.records.map((m) => m.irregularArrivals), homeInsecurity: home };
    for (const k of Object.keys(sums) as (keyof Drift)[]) sums[k] += yearMean(series[k], 9) / yearMean(series[k], 0) - 1;
  }
  for (const k of Object.keys(sums) as (keyof Drift)[]) sums[k] /= SEEDS.length;
  return sums;
}

describe('open population', () => {
  it('keeps the unchanged baseline within ±5% of its first year over ten years (five seeds)', () => {
    const d = drift({});
    expect(Math.abs(d.smugglingDemand)).toBeLessThan(0.05);
    expect(Math.abs(d.irregularArrivals)).toBeLessThan(0.05);
    expect(Math.abs(d.homeInsecurity)).toBeLessThan(0.05);
  }, 120_000);

  it('drifts down when households are not renewed within the run (the closed population of model 2.0)', () => {
    const d = drift({ calibration: { renewalLagMonths: 120 } });
    expect(d.smugglingDemand).toBeLessThan(-0.05);
  }, 120_000);

  it('renews a leaver as a young adult of the same household: same exposure and ties, own savings, no attempts, counted in the totals', () => {
    const cal = { ...defaultCalibration(), renewalLagMonths: 2 };
    const a = initialiseAgents(50, cal, 7);
    a.unscheduled.count = 0; // as after the first people pass, which schedules everyone
    const i = 3;
    const exposure = traitOf(a, i, Trait.Exposure4);
    const ties = traitOf(a, i, Trait.Ties);
    ensurePersonal(a, i, 99, cal); // the person's own attributes, as drawn at their first decision
    const savings = traitOf(a, i, Trait.Savings);
    a.codes[i * CODE_STRIDE + Code.Attempts] = 2;
    enterState(a, i, State.ArrivedIrregular);
    renewPopulation(a, 10, cal);
    renewPopulation(a, 11, cal);
    expect(codeOf(a, i, Code.State)).toBe(State.ArrivedIrregular); // two months of lag not yet over
    renewPopulation(a, 12, cal);
    expect(codeOf(a, i, Code.State)).toBe(State.Home);
    expect(traitOf(a, i, Trait.Exposure4)).toBe(exposure);
    expect(traitOf(a, i, Trait.Ties)).toBe(ties);
    ensurePersonal(a, i, 99, cal);
    expect(traitOf(a, i, Trait.Savings)).toBeGreaterThan(0);
    expect(traitOf(a, i, Trait.Savings)).not.toBe(savings);
    expect(codeOf(a, i, Code.Attempts)).toBe(0);
    expect(a.renewedFrom[State.ArrivedIrregular]).toBe(1);
    expect(a.leavers.count).toBe(0);
  });
});
