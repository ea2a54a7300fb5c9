/**
 * Claims about the two indices judged over the weightings (holdsInWeightings) and under named
 * weights (a claim's `weights`): the share the checker reports is the share a direct
 * recomputation finds, reweighing every month of every run for each of the robustness check's
 * weight vectors; a share below the one asked fails the claim even when the default weights
 * agree; "every weighting" (1) needs every term to agree, not only the sampled weightings; and
 * the format refuses these fields where they mean nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  HUMAN_SECURITY_INDEX,
  STATE_READINGS,
  STATE_SECURITY_INDEX,
  DEFAULT_WEIGHTS,
  reweighIndices,
  runModel,
  simplexWeights,
  type IndexWeights,
  type RunResult,
} from '../../models/index';
import { evaluateClaimsWith, meanWindowValue } from '../../scenarios/claims';
import { findScenario, parseScenario, scenarioToRunInput, type Claim } from '../../scenarios/index';
import { parseTour } from '../../scenarios/tours';

const SEEDS = [1, 2];
const WINDOW: [number, number] = [12, 36];
const runsCache = new Map<string, RunResult[]>();
function runsOf(id: string): RunResult[] {
  let runs = runsCache.get(id);
  if (!runs) {
    runs = SEEDS.map((seed) => runModel({ ...scenarioToRunInput(findScenario(id)!), months: 36, seed, agents: 3_000 }));
    runsCache.set(id, runs);
  }
  return runs;
}

const claim = (over: Partial<Claim>): Claim =>
  ({ text: 't', output: 'stateSecurityIndex', window: WINDOW, against: { scenario: 'state-security-only' }, direction: 'higher', minChange: 0, ...over }) as Claim;

/** The window mean of an index over runs for whole weights, from each run's reweighed months. */
function reweighedMean(runs: readonly RunResult[], w: IndexWeights, key: 'human' | 'state'): number {
  const per = runs.map((r) => {
    const months = r.months.slice(WINDOW[0], WINDOW[1]);
    const x = reweighIndices(months, w);
    return key === 'human' ? x.humanMean : x.stateMean;
  });
  return per.reduce((s, v) => s + v, 0) / per.length;
}

/** Share of the robustness vectors under which `own` ranks strictly higher than `ref`, recomputed month by month. */
function directShare(own: readonly RunResult[], ref: readonly RunResult[], key: 'human' | 'state'): number {
  const index = key === 'human' ? HUMAN_SECURITY_INDEX : STATE_SECURITY_INDEX;
  const vectors = simplexWeights(index.terms.length);
  let wins = 0;
  for (const v of vectors) {
    const part = Object.fromEntries(index.terms.map((t, i) => [t.name, v[i]]));
    const w = { ...DEFAULT_WEIGHTS, [key]: part } as IndexWeights;
    if (reweighedMean(own, w, key) > reweighedMean(ref, w, key)) wins++;
  }
  return wins / vectors.length;
}

describe('claims judged over the weightings', () => {
  it('report the share a direct recomputation over the reweighed months finds, on both indices and both directions', () => {
    const own = runsOf('human-security-mix');
    const ref = runsOf('state-security-only');
    const state = evaluateClaimsWith([claim({ holdsInWeightings: 0 })], own, () => ref)[0];
    const human = evaluateClaimsWith([claim({ output: 'humanSecurityIndex', holdsInWeightings: 0 })], own, () => ref)[0];
    const lower = evaluateClaimsWith([claim({ direction: 'lower', holdsInWeightings: 0 })], own, () => ref)[0];
    const directState = directShare(own, ref, 'state');
    expect(state.weightings?.samples).toBe(1000);
    expect(state.weightings?.share).toBeCloseTo(directState, 10);
    expect(human.weightings?.share).toBeCloseTo(directShare(own, ref, 'human'), 10);
    expect(lower.weightings?.share).toBeCloseTo(directShare(ref, own, 'state'), 10);
    // Neither side sweeps every weighting on the State index here, so the check can go either way.
    expect(directState).toBeGreaterThan(0);
    expect(directState).toBeLessThan(1);
  });

  it('hold only when the share reaches the one asked, even though the default weights agree', () => {
    const own = runsOf('human-security-mix');
    const ref = runsOf('state-security-only');
    const share = evaluateClaimsWith([claim({ holdsInWeightings: 0 })], own, () => ref)[0].weightings!.share;
    const plain = evaluateClaimsWith([claim({})], own, () => ref)[0];
    expect(plain.holds).toBe(true);
    expect(evaluateClaimsWith([claim({ holdsInWeightings: share })], own, () => ref)[0].holds).toBe(true);
    expect(evaluateClaimsWith([claim({ holdsInWeightings: Math.min(1, share + 0.001) })], own, () => ref)[0].holds).toBe(false);
  });

  it('at the default weights, judge the same values as the index outputs the runs hold', () => {
    const own = runsOf('human-security-mix');
    const ref = runsOf('baseline');
    const c = claim({ output: 'humanSecurityIndex', against: { scenario: 'baseline' }, holdsInWeightings: 0 });
    const r = evaluateClaimsWith([c], own, () => ref)[0];
    expect(r.value).toBeCloseTo(meanWindowValue(own, 'humanSecurityIndex', WINDOW), 9);
    expect(r.reference).toBeCloseTo(meanWindowValue(ref, 'humanSecurityIndex', WINDOW), 9);
  });

  it('"every weighting" (1) needs every term to agree, not only the sampled weightings', () => {
    // One term a hair worse, the five others clearly better: no sampled weighting puts nearly
    // all its weight on that term, but a weighting that does would reverse the ranking.
    const base = runsOf('baseline');
    const shifted = (runs: readonly RunResult[], f: (name: string, v: number) => number) =>
      runs.map((r) => ({ ...r, months: r.months.map((m) => ({ ...m, ...Object.fromEntries(HUMAN_SECURITY_INDEX.terms.map((t) => [t.output, f(t.name, m[t.output])])) })) }));
    const own = shifted(base, (name, v) => (name === 'origin' ? v + 1e-6 : v * 0.5));
    const c = (h: number) => claim({ output: 'humanSecurityIndex', against: { scenario: 'baseline' }, holdsInWeightings: h });
    const almost = evaluateClaimsWith([c(0.99)], own, () => base)[0];
    expect(almost.weightings?.share).toBe(1);
    expect(almost.weightings?.everyTerm).toBe(false);
    expect(almost.holds).toBe(true);
    expect(evaluateClaimsWith([c(1)], own, () => base)[0].holds).toBe(false);
    const all = shifted(base, (_name, v) => v * 0.5);
    expect(evaluateClaimsWith([c(1)], all, () => base)[0]).toMatchObject({ holds: true, weightings: { everyTerm: true, share: 1 } });
  });

  it('with named weights, judge the index those weights give (the numbers reading), from the reweighed months', () => {
    const own = runsOf('human-security-mix');
    const ref = runsOf('state-security-only');
    const numbers = { ...DEFAULT_WEIGHTS, state: STATE_READINGS.numbers };
    const r = evaluateClaimsWith([claim({ direction: 'lower', weights: { state: STATE_READINGS.numbers } })], own, () => ref)[0];
    expect(r.value).toBeCloseTo(reweighedMean(own, numbers, 'state'), 9);
    expect(r.reference).toBeCloseTo(reweighedMean(ref, numbers, 'state'), 9);
    expect(r.value).not.toBeCloseTo(meanWindowValue(own, 'stateSecurityIndex', WINDOW), 3);
    expect(r.weightings).toBeUndefined();
  });
});

describe('the claim format', () => {
  const scenario = (c: Record<string, unknown>) => ({ formatVersion: 2, id: 'x', title: 'x', claims: [{ text: 't', output: 'humanSecurityIndex', window: [0, 12], direction: 'higher', ...c }] });

  it('accepts a share of weightings and named weights on an index claim', () => {
    const s = parseScenario(scenario({ holdsInWeightings: 0.9, weights: { state: { arrivals: 1 } } }));
    expect(s.claims[0]).toMatchObject({ holdsInWeightings: 0.9, weights: { state: { arrivals: 1 } } });
  });

  it('refuses them where they mean nothing, naming the field', () => {
    expect(() => parseScenario(scenario({ output: 'smugglingDemand', holdsInWeightings: 0.9 }))).toThrow(/claims\.0\.holdsInWeightings: .*only a claim about humanSecurityIndex or stateSecurityIndex/);
    expect(() => parseScenario(scenario({ direction: 'similar', maxChange: 0.1, holdsInWeightings: 0.9 }))).toThrow(/claims\.0\.holdsInWeightings: .*higher or lower/);
    expect(() => parseScenario(scenario({ output: 'deathsMissing', weights: { human: { deaths: 1 } } }))).toThrow(/claims\.0\.weights: .*can name weights/);
    expect(() => parseScenario(scenario({ holdsInWeightings: 1.5 }))).toThrow(/claims\.0\.holdsInWeightings/);
    expect(() => parseScenario(scenario({ weights: { state: { arrivals: 2 } } }))).toThrow(/claims\.0\.weights\.state\.arrivals/);
    const step = { title: 't', narrative: 'n', scenario: 'baseline', highlight: 'plane', claims: [{ text: 'c', output: 'smugglingDemand', window: [0, 12], against: { window: [12, 24] }, direction: 'higher', holdsInWeightings: 0.5 }] };
    expect(() => parseTour({ formatVersion: 1, id: 'x', title: 'x', summary: '', steps: [step] })).toThrow(/steps\.0\.claims\.0\.holdsInWeightings/);
  });
});
