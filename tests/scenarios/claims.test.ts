/**
 * Every claim of every built-in scenario, and every statement of every lecture tour, checked over
 * five seeds. If the model changes so that a scenario's text or a tour's no longer describes what
 * it does, this fails — narratives cannot drift.
 *
 * Both are checked here, on one set of runs: a tour's steps are built-in scenarios (with levers
 * fixed, or none), so the default tour's six steps are the same model inputs as six of the
 * scenarios checked above them, and were run twice when the tours had a file of their own
 * (30 runs of 40,000 agents, about 9 s of CPU). Runs are kept by their model input, so a step
 * whose levers differ from its scenario's still gets runs of its own.
 */
import { describe, expect, it } from 'vitest';
import { runBranches, runModel, type RunResult } from '../../models/index';
import { BUILT_IN_SCENARIOS, WEIGHED_OUTPUTS, findScenario, scenarioToRunInput, type Scenario } from '../../scenarios/index';
import { describeResult, evaluateClaims } from '../../scenarios/claims';
import { BUILT_IN_TOURS, evaluateStepClaims, stepScenario } from '../../scenarios/tours';

const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 40_000;
/** Runs over SEEDS, by model input (as JSON). */
const cache = new Map<string, RunResult[]>();

/**
 * Every built-in scenario over SEEDS, made on the first call: each seed's runs together
 * (runBranches), so that the scenarios whose levers agree in month 0 — all but the Rabat Process
 * and the history — share their warm-up and the months before their first change. The runs are
 * the same as runModel's (tests/model/branches.test.ts).
 */
function prefill(): void {
  if (cache.size > 0) return;
  const inputs = BUILT_IN_SCENARIOS.map((s) => ({ ...scenarioToRunInput(s), agents: AGENTS }));
  const bySeed = SEEDS.map((seed) => runBranches(inputs.map((input) => ({ ...input, seed }))));
  inputs.forEach((input, k) => cache.set(JSON.stringify(input), bySeed.map((runs) => runs[k])));
}

function runsOfScenario(scenario: Scenario): RunResult[] {
  prefill();
  const input = { ...scenarioToRunInput(scenario), agents: AGENTS };
  const key = JSON.stringify(input);
  let runs = cache.get(key);
  if (!runs) {
    runs = SEEDS.map((seed) => runModel({ ...input, seed }));
    cache.set(key, runs);
  }
  return runs;
}

function runsOf(id: string): RunResult[] {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`claim refers to unknown scenario "${id}"`);
  return runsOfScenario(scenario);
}

describe('scenario claims', () => {
  it('every built-in scenario states at least one claim, questions and what it leaves out', () => {
    for (const s of BUILT_IN_SCENARIOS) {
      expect(s.claims.length, s.id).toBeGreaterThan(0);
      expect(s.questions.length, s.id).toBeGreaterThan(0);
      expect(s.leavesOut.length, s.id).toBeGreaterThan(0);
      expect(s.narrative?.length ?? 0, s.id).toBeGreaterThan(200);
    }
  });

  it('every claim about an index is judged over the weightings or names the weights it is read with', () => {
    // An index ranks mixes only for some weighting: a claim at the default weights alone would hide that.
    const bare = BUILT_IN_SCENARIOS.flatMap((s) => s.claims.filter((c) => WEIGHED_OUTPUTS.includes(c.output) && c.holdsInWeightings === undefined && c.weights === undefined).map((c) => `${s.id}: ${c.text}`));
    expect(bare).toEqual([]);
  });

  for (const scenario of BUILT_IN_SCENARIOS) {
    it(`${scenario.id}: every claim holds over ${SEEDS.length} seeds`, () => {
      const failed = evaluateClaims(scenario, runsOf).filter((r) => !r.holds).map(describeResult);
      expect(failed).toEqual([]);
    });
  }
});

describe('lecture tours', () => {
  for (const tour of BUILT_IN_TOURS) {
    it(`${tour.id}: every statement holds over ${SEEDS.length} seeds`, () => {
      const runsOfStep = (k: number) => runsOfScenario(stepScenario(tour.steps[k]));
      const failed = tour.steps.flatMap((_, k) => evaluateStepClaims(tour, k, runsOfStep).filter((r) => !r.holds).map((r) => `step ${k + 1}: ${describeResult(r)}`));
      expect(failed).toEqual([]);
    });
  }
});
