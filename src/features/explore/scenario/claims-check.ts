/**
 * Checking a scenario's claims in the page, as the test suite does: the same five seeds and the
 * same number of agents, the scenario's own run length, and scenarios.claims's judgement. Pure:
 * which runs a check needs (the scenario's and those of every scenario its claims compare
 * with), and the verdicts once they are in. The runs themselves happen in a worker.
 */
import { DEFAULT_WEIGHTS, OUTPUT_BY_KEY, ROBUSTNESS_SAMPLES, runCacheKey, stateReadingOf, type RunInput, type RunResult } from '../../../../models/index';
import { evaluateClaimsWith, type ClaimResult } from '../../../../scenarios/claims';
import { resolveWeights, sameWeights } from '../../../../scenarios/index-weights';
import { scenarioToRunInput } from '../../../../scenarios/scenario-run';
import type { Claim, Scenario } from '../../../../scenarios/format';
import { formatCount, formatNumber, formatOutput } from '../../../shared/format';
import { i18n } from '../../../shared/i18n/i18n';
import { buildRunInput } from '../../../shared/settings/run-input';
import type { ExplorerSettings } from '../../../shared/settings/settings';

/** As in tests/scenarios/claims.test.ts. */
export const CLAIM_SEEDS: readonly number[] = [1, 2, 3, 4, 5];
export const CLAIM_AGENTS = 40_000;

/** Whose settings the claims are checked against. */
export type ClaimTarget = 'scenario' | 'yours';

export interface PlannedRun {
  /** The scenario id the run belongs to (the scenario itself for its own runs). */
  readonly scenarioId: string;
  readonly seed: number;
  readonly key: string;
  readonly input: RunInput;
}

export interface ClaimPlan {
  readonly runs: PlannedRun[];
  /** Scenarios named by claims that this page does not have. */
  readonly missing: string[];
}

const OWN = '(own)';

/**
 * The runs a check needs. With target `yours`, the scenario's own runs use the user's levers and
 * timeline (but the test suite's seeds, agents and the scenario's run length), so a student can
 * see which claims survive their changes.
 */
export function planClaimRuns(scenario: Scenario, find: (id: string) => Scenario | undefined, target: ClaimTarget, settings?: ExplorerSettings): ClaimPlan {
  const months = scenarioToRunInput(scenario).months;
  const ownInput = (seed: number): RunInput =>
    target === 'yours' && settings
      ? buildRunInput(scenario, { ...settings, seed, agents: CLAIM_AGENTS, months: months ?? settings.months })
      : { ...scenarioToRunInput(scenario), seed, agents: CLAIM_AGENTS };
  const runs: PlannedRun[] = [];
  const add = (scenarioId: string, input: (seed: number) => RunInput) => {
    for (const seed of CLAIM_SEEDS) {
      const full = input(seed);
      runs.push({ scenarioId, seed, key: runCacheKey(full), input: full });
    }
  };
  add(OWN, ownInput);
  const missing: string[] = [];
  const others = [...new Set(scenario.claims.flatMap((c) => ('scenario' in c.against ? [c.against.scenario] : [])))];
  for (const id of others) {
    const other = find(id);
    if (!other) missing.push(id);
    else add(id, (seed) => ({ ...scenarioToRunInput(other), seed, agents: CLAIM_AGENTS }));
  }
  return { runs, missing };
}

export interface ClaimVerdict {
  readonly claim: Claim;
  /** null when the claim cannot be checked here (it names a scenario this page does not have). */
  readonly result: ClaimResult | null;
}

/** Verdicts from the runs of a plan (results in the plan's order). */
export function judgeClaims(scenario: Scenario, plan: ClaimPlan, results: readonly RunResult[]): ClaimVerdict[] {
  const byScenario = new Map<string, RunResult[]>();
  plan.runs.forEach((r, i) => byScenario.set(r.scenarioId, [...(byScenario.get(r.scenarioId) ?? []), results[i]]));
  const own = byScenario.get(OWN) ?? [];
  return scenario.claims.map((claim) => {
    if ('scenario' in claim.against && !byScenario.has(claim.against.scenario)) return { claim, result: null };
    const [result] = evaluateClaimsWith([claim], own, (id) => byScenario.get(id) ?? []);
    return { claim, result };
  });
}

// In the interface language (explore namespace); numbers in its locale.
const t = (key: string, values?: Record<string, unknown>) => i18n.t(`explore:claimText.${key}`, values);
const pct = (x: number) => `${x >= 0 ? '+' : '−'}${formatNumber(Math.abs(x), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })}`;
const whole = (x: number) => formatNumber(x, { style: 'percent', maximumFractionDigits: 0 });
const monthsText = ([from, to]: readonly [number, number]) => t('months', { from: from + 1, to });

/** What the claim compares, in words: "months 13–48, against the baseline". */
export function describeComparison(claim: Claim, titleOf: (id: string) => string): string {
  const against = 'window' in claim.against ? t('againstWindow', { months: monthsText(claim.against.window) }) : t('againstScenario', { title: titleOf(claim.against.scenario) });
  const comparison = t('comparison', { output: i18n.t(`model:outputs.${claim.output}.label`), months: monthsText(claim.window), against });
  if (!claim.weights) return comparison;
  // A claim read with named weights says which: the reading of State security by name, else "the claim's own weights".
  const w = resolveWeights(claim.weights);
  const reading = sameWeights({ ...w, state: DEFAULT_WEIGHTS.state }, DEFAULT_WEIGHTS) ? stateReadingOf(w.state) : undefined;
  return t('withWeights', { comparison, reading: reading ? i18n.t(`weights.readings.${reading}`) : t('claimWeights') });
}

/** What the claim needs: "needs a rise of at least 15%". */
export function describeRequirement(claim: Claim): string {
  if (claim.direction === 'similar') return t('needsSimilar', { max: whole(claim.maxChange ?? claim.minChange) });
  const min = whole(claim.minChange);
  const change =
    claim.maxChange === undefined
      ? t(claim.direction === 'higher' ? 'needsRise' : 'needsFall', { min })
      : t(claim.direction === 'higher' ? 'needsRiseAtMost' : 'needsFallAtMost', { min, max: whole(claim.maxChange) });
  if (claim.holdsInWeightings === undefined) return change;
  // Judged over the weightings: the change at the default weights, and the ranking's share (scenarios/claims.ts).
  const requirement = t('atDefaults', { requirement: change });
  if (claim.holdsInWeightings >= 1) return t('needsEveryWeighting', { requirement });
  return t('needsWeightings', { requirement, share: whole(claim.holdsInWeightings), samples: formatCount(ROBUSTNESS_SAMPLES) });
}

/** The measured change in words: "+23.4% (3.61% against 2.93%)". */
export function describeMeasured(result: ClaimResult): string {
  const spec = OUTPUT_BY_KEY.get(result.claim.output);
  const change = Number.isFinite(result.change) ? pct(result.change) : result.value === result.reference ? t('noChange') : t('fromZero');
  if (!spec) return change;
  // Flows are compared as monthly means, so that windows of different lengths compare fairly.
  const measured = t(spec.kind === 'flow' ? 'measuredPerMonth' : 'measured', { change, value: formatOutput(spec, result.value), reference: formatOutput(spec, result.reference) });
  const w = result.weightings;
  if (!w) return measured;
  return t(w.everyTerm ? 'measuredEveryTerm' : 'measuredWeightings', { measured, share: formatNumber(w.share, { style: 'percent', maximumFractionDigits: 1 }) });
}
