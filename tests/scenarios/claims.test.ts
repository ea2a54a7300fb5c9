/**
 * Every claim of every built-in scenario, checked over five seeds. If the model changes so that
 * a scenario's text no longer describes what it does, this fails — narratives cannot drift.
 */
import { describe, expect, it } from 'vitest';
import { runModel, type RunResult } from '../../models/index';
import { BUILT_IN_SCENARIOS, WEIGHED_OUTPUTS, findScenario, scenarioToRunInput } from '../../scenarios/index';
import { describeResult, evaluateClaims } from '../../scenarios/claims';

const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 40_000;
const cache = new Map<string, RunResult[]>();

function runsOf(id: string): RunResult[] {
  let runs = cache.get(id);
  if (!runs) {
    const scenario = findScenario(id);
    if (!scenario) throw new Error(`claim refers to unknown scenario "${id}"`);
    runs = SEEDS.map((seed) => runModel({ ...scenarioToRunInput(scenario), seed, agents: AGENTS }));
    cache.set(id, runs);
  }
  return runs;
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
