/**
 * The live claim check plans the runs the test suite makes (five seeds, its number of agents,
 * the scenario's own and those of every scenario its claims compare with) and reaches the same
 * verdicts as scenarios/claims.ts on the same runs. Runs here are small, so that the test is
 * quick: the verdicts themselves are the test suite's business.
 */
import { describe, expect, it } from 'vitest';
import { runModel, type RunResult } from '../../../../models/index';
import { evaluateClaims } from '../../../../scenarios/claims';
import { findScenario, parseScenario, scenarioToRunInput } from '../../../../scenarios/index';
import { makeSettingsContext } from '../../../shared/settings/context';
import { buildRunInput } from '../../../shared/settings/run-input';
import { defaultSettings } from '../../../shared/settings/settings';
import { CLAIM_AGENTS, CLAIM_SEEDS, describeComparison, describeMeasured, describeRequirement, judgeClaims, planClaimRuns } from './claims-check';

const ctx = makeSettingsContext();
const mix = findScenario('human-security-mix')!;

describe('planning a claim check', () => {
  it('runs the scenario and every scenario its claims compare with, over the suite’s seeds and agents', () => {
    const plan = planClaimRuns(mix, findScenario, 'scenario');
    expect(plan.missing).toEqual([]);
    expect([...new Set(plan.runs.map((r) => r.scenarioId))]).toEqual(['(own)', 'baseline', 'state-security-only']);
    expect(plan.runs.filter((r) => r.scenarioId === 'baseline').map((r) => r.seed)).toEqual([...CLAIM_SEEDS]);
    expect(plan.runs[0].input).toEqual({ ...scenarioToRunInput(mix), seed: CLAIM_SEEDS[0], agents: CLAIM_AGENTS });
    expect(new Set(plan.runs.map((r) => r.key)).size).toBe(plan.runs.length);
  });

  it('checks the user’s changes on request, at the scenario’s run length', () => {
    const settings = { ...defaultSettings(ctx, mix.id), months: 36, overrides: { 'enforcement.intensity': 0.9 } };
    const own = planClaimRuns(mix, findScenario, 'yours', settings).runs[2];
    expect(own.input).toEqual(buildRunInput(mix, { ...settings, seed: CLAIM_SEEDS[2], agents: CLAIM_AGENTS, months: 120 }));
  });

  it('names scenarios it cannot find and leaves their claims unjudged', () => {
    const lonely = parseScenario({
      formatVersion: 1,
      id: 'lonely',
      title: 'Lonely',
      months: 24,
      claims: [
        { text: 'A', output: 'deathsMissing', window: [12, 24], against: { scenario: 'atlantis' }, direction: 'higher' },
        { text: 'B', output: 'deathsMissing', window: [12, 24], against: { window: [0, 12] }, direction: 'similar', maxChange: 100 },
      ],
    });
    const plan = planClaimRuns(lonely, findScenario, 'scenario');
    expect(plan.missing).toEqual(['atlantis']);
    const runs = plan.runs.map((r) => runModel({ ...r.input, agents: 2_000 }));
    const verdicts = judgeClaims(lonely, plan, runs);
    expect(verdicts[0].result).toBeNull();
    expect(verdicts[1].result?.holds).toBe(true);
  });
});

describe('judging claims', () => {
  it('reaches the same verdicts as scenarios/claims.ts on the same runs', () => {
    const sophia = findScenario('operation-sophia')!;
    const plan = planClaimRuns(sophia, findScenario, 'scenario');
    const runs: RunResult[] = plan.runs.map((r) => runModel({ ...r.input, agents: 3_000 }));
    const byId = (id: string) => runs.filter((_, i) => plan.runs[i].scenarioId === (id === sophia.id ? '(own)' : id));
    const verdicts = judgeClaims(sophia, plan, runs);
    expect(verdicts.map((v) => v.result)).toEqual(evaluateClaims(sophia, byId));
  });

  it('says what each claim compares, needs and measured', () => {
    const [first, , third] = findScenario('operation-sophia')!.claims;
    expect(describeComparison(first, (id) => findScenario(id)?.title ?? id)).toBe('Vessel quality, months 13–48, against “Baseline (status quo)”, same months');
    expect(describeRequirement(first)).toBe('needs a fall of at least 20%');
    expect(describeRequirement(third)).toBe('needs a change of at most 15% either way');
    expect(describeMeasured({ claim: third, value: 90, reference: 100, change: -0.1, holds: true })).toBe('−10.0% (90 a month against 100)');
  });

  it('says when a claim about an index is judged over the weightings, or read with named weights', () => {
    const claims = findScenario('human-security-mix')!.claims;
    const every = claims.find((c) => c.holdsInWeightings === 1)!;
    const most = claims.find((c) => c.holdsInWeightings !== undefined && c.holdsInWeightings < 1)!;
    const numbers = claims.find((c) => c.weights !== undefined)!;
    const title = (id: string) => findScenario(id)?.title ?? id;
    expect(describeRequirement(every)).toBe('needs a rise of at least 25% with the default weights, and every term to rank so (then every weighting does)');
    expect(describeRequirement(most)).toBe('needs a rise of at least 0% with the default weights, and to rank so in at least 90% of 1,000 weightings');
    expect(describeComparison(numbers, title)).toMatch(/, same months, read as numbers$/);
    expect(describeComparison(most, title)).not.toMatch(/read as/);
    const weightings = { share: 0.924, everyTerm: false, required: 0.9, samples: 1000 };
    expect(describeMeasured({ claim: most, value: 86.1, reference: 53.8, change: 0.6, holds: true, weightings })).toMatch(/^\+60\.0% \(.*\); ranks so in 92\.4% of weightings$/);
    expect(describeMeasured({ claim: every, value: 85, reference: 41, change: 1.07, holds: true, weightings: { ...weightings, share: 1, everyTerm: true } })).toMatch(/; ranks so in 100% of weightings, and on every term$/);
  });
});
