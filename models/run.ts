/**
 * Ways to run the model: one run (runModel), a population drawn once for many runs
 * (createPopulation), and runs of one seed under several policies that share the months their
 * policies have in common (runBranches).
 */
import { defaultCalibration } from './params/calibration';
import { validateRunInput } from './validate';
import { initialiseAgents, populationKey, type Population } from './population/init';
import { releaseAgents } from './population/schema';
import { makeKeys } from './rng';
import { firstDifference } from './schedule';
import { DEFAULT_AGENTS, DEFAULT_SEED, scheduleOf, Simulation, type RunInput, type RunResult } from './simulation';
import { runBranchKey } from './analysis/cache-key';

/**
 * Draw the people of a run once, to be shared by many runs with the same size, seed and
 * calibration (ensembles, sweeps, comparisons): pass it as `population` in each RunInput.
 */
export function createPopulation(input: Pick<RunInput, 'agents' | 'seed' | 'calibration'> = {}): Population {
  validateRunInput(input);
  const cal = { ...defaultCalibration(), ...input.calibration };
  const count = input.agents ?? DEFAULT_AGENTS;
  const seed = input.seed ?? DEFAULT_SEED;
  return { key: populationKey(count, seed, cal), agents: initialiseAgents(count, cal, makeKeys(seed).population) };
}

/** Run a whole simulation. `onMonth` is called after each month (for progress reports). */
export function runModel(input: RunInput = {}, onMonth?: (month: number, total: number) => void): RunResult {
  const sim = new Simulation(input);
  while (!sim.done) {
    sim.step();
    onMonth?.(sim.month, sim.monthsTotal);
  }
  return finish(sim);
}

function finish(sim: Simulation): RunResult {
  const result = sim.result();
  // The result holds no column of the agents: the next run may have them.
  releaseAgents(sim.agents);
  return result;
}

/**
 * Every input's run, each equal to runModel(input) bit for bit, in less time when several runs
 * share a seed, size, calibration, routes and length and their levers agree in the first months.
 * Comparisons are like that: the presets leave every lever at its default until a dated change,
 * so four of them over one seed share the warm-up and the months before the first change.
 *
 * Such runs form a tree: one run is simulated up to the first month in which some of them set a
 * lever differently; there it is copied (Simulation.continueUnder) for each different setting,
 * and each copy goes on under its own levers, splitting again where its runs part. A model run
 * is a pure function of its input and each month's random numbers are keyed by (seed, purpose,
 * person, month), so the copy is in exactly the state its own run would be in. Runs that differ
 * in month 0 share nothing but their population (the warm-up runs under month 0's levers).
 *
 * `onResult` hears of each run as it finishes (the order is the tree's, not the inputs').
 */
export function runBranches(inputs: readonly RunInput[], onResult?: (index: number, result: RunResult) => void): RunResult[] {
  inputs.forEach((input) => validateRunInput(input));
  const results: RunResult[] = new Array<RunResult>(inputs.length);
  const schedules = inputs.map(scheduleOf);
  const done = (index: number, sim: Simulation) => {
    results[index] = finish(sim);
    onResult?.(index, results[index]);
  };

  /** `group`'s runs agree with `sim`'s levers (those of group[0]) in every month `sim` has simulated. */
  function grow(sim: Simulation, group: readonly number[]): void {
    let together = group;
    while (together.length > 1) {
      const lead = schedules[together[0]];
      const parts = together.map((j, k) => (k === 0 ? Infinity : firstDifference(lead, schedules[j])));
      const partsAt = Math.min(...parts);
      while (sim.month < partsAt) sim.step();
      const stay = together.filter((_, k) => parts[k] > partsAt);
      let leaving = together.filter((j) => !stay.includes(j));
      while (leaving.length > 0) {
        const head = leaving[0];
        const branch = leaving.filter((j) => j === head || firstDifference(schedules[head], schedules[j]) > partsAt);
        leaving = leaving.filter((j) => !branch.includes(j));
        grow(sim.continueUnder(inputs[head]), branch);
      }
      together = stay;
    }
    while (!sim.done) sim.step();
    done(together[0], sim);
  }

  const byKey = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const key = runBranchKey(input);
    const group = byKey.get(key);
    if (group) group.push(i);
    else byKey.set(key, [i]);
  });
  for (const group of byKey.values()) grow(new Simulation(inputs[group[0]]), group);
  return results;
}
