/**
 * A comparison read with other weights equals each run read with them directly in Node
 * (reweighResult), seed by seed, in the summary and month by month; every other output is the
 * run's own, and the defaults give the comparison itself.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, OUTPUT_KEYS, runModel } from '../../../models/index';
import { reweighResult, WEIGHT_PRESETS } from '../../../scenarios/index';
import { monthRecords, packRun } from '../../runner/index';
import { buildComparison, planComparison } from './ensembles';
import { mixRunInput } from './mixes';
import { reweighComparison } from './reweigh';
import { defaultSetup } from './setup';

describe('a comparison read with the set-up’s weights', () => {
  const setup = { ...defaultSetup(), seeds: 5, firstSeed: 1, agents: 2_000, months: 24 };
  const plan = planComparison(setup);
  const comparison = buildComparison(
    plan,
    plan.tasks.map((t) => packRun(runModel(t.input), true)),
  );
  const weights = { human: WEIGHT_PRESETS.peopleFirst.human, state: WEIGHT_PRESETS.numbers.state };

  it('equals every run read with those weights directly, and leaves every other output as it was', () => {
    const weighed = reweighComparison(comparison, weights);
    weighed.mixes.forEach((m, i) => {
      m.summaries.forEach((s, k) => {
        const direct = reweighResult(runModel(mixRunInput(plan.mixes[i], setup, s.seed)), weights);
        for (const key of OUTPUT_KEYS) expect(s.summary[key], `${key} mix ${i} seed ${s.seed}`).toBe(direct.summary[key]);
        const months = monthRecords(m.runs[k]);
        expect(months.map((x) => x.stateSecurityIndex)).toEqual(direct.months.map((x) => x.stateSecurityIndex));
        expect(months.map((x) => x.deathsMissing)).toEqual(direct.months.map((x) => x.deathsMissing));
      });
      expect(m.spreads.humanSecurityIndex.median).not.toBe(comparison.mixes[i].spreads.humanSecurityIndex.median);
      expect(m.spreads.deathsMissing).toEqual(comparison.mixes[i].spreads.deathsMissing);
    });
    // The runs the comparison was built from are not changed.
    expect(comparison.mixes[0].summaries[0].summary.humanSecurityIndex).toBe(runModel(plan.tasks[0].input).summary.humanSecurityIndex);
  });

  it('is the comparison itself at the defaults', () => {
    expect(reweighComparison(comparison, DEFAULT_WEIGHTS)).toBe(comparison);
  });
});
