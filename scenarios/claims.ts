/**
 * Checking a scenario's claims against the model. A claim compares the scenario's statistic of
 * one output over a window of months with the same statistic of another scenario (by default the
 * baseline) or of an earlier window of itself, as a mean over several seeds. The test suite runs
 * every claim of every built-in scenario, so narratives cannot drift from what the model does.
 *
 * A claim about one of the two indices depends on how their terms are weighed. Such a claim may
 * state `holdsInWeightings`: the least share of the robustness check's weightings (the same
 * 1,000 weight vectors and the same computation as Compare's and the CLI's robustness figure,
 * models/analysis/robustness.ts, over the claim's window) in which the ranking it states holds.
 * The claim then holds only if its minChange holds at the default weights and the ranking holds
 * in at least that share of weightings. This is the one place claims are judged: the test
 * suite, scripts/check-claims.ts, the lecture tours and the explorer's claim check all call it.
 */
import { HUMAN_SECURITY_INDEX, ROBUSTNESS_SAMPLES, indexValue, STATE_SECURITY_INDEX, rankingRobustness, type IndexDeclaration, type MonthRecord, type OutputKey, type RunResult, type TermMeans } from '../models/index';
import type { Claim, Scenario } from './format';
import { resolveWeights } from './index-weights';

/**
 * One run's statistic of an output over months [from, to): flows per month (so windows of
 * different lengths compare fairly), rates and prices recomputed from totals, the rest averaged.
 */
export function windowValue(months: readonly MonthRecord[], output: OutputKey, [from, to]: readonly [number, number]): number {
  const slice = months.slice(from, to);
  if (slice.length === 0) return NaN;
  const sum = (k: OutputKey) => slice.reduce((s, m) => s + m[k], 0);
  if (output === 'deathRatePerAttempt') {
    const ended = sum('journeysEnded');
    return ended > 0 ? sum('deathsMissing') / ended : 0;
  }
  if (output === 'meanFeeUsd') {
    const hires = sum('smugglingDemand');
    return hires > 0 ? sum('smugglerRevenueUsd') / hires : sum('meanFeeUsd') / slice.length;
  }
  return sum(output) / slice.length;
}

/** Mean over runs (seeds) of the window statistic. */
export function meanWindowValue(runs: readonly RunResult[], output: OutputKey, window: readonly [number, number]): number {
  return runs.reduce((s, r) => s + windowValue(r.months, output, window), 0) / runs.length;
}

/** How a claim's ranking fares over the weightings (claims that state holdsInWeightings). */
export interface WeightingsResult {
  /** Share of the weightings in which the ranking the claim states holds (strictly). */
  readonly share: number;
  /**
   * Whether every term, alone, ranks the same way: then the ranking holds under every weighting
   * whatever (a weighted mean of terms that all favour one side favours it). holdsInWeightings 1
   * asks for this, not just for all the sampled weightings.
   */
  readonly everyTerm: boolean;
  /** The least share the claim asks for. */
  readonly required: number;
  readonly samples: number;
}

export interface ClaimResult {
  readonly claim: Claim;
  readonly value: number;
  readonly reference: number;
  /** Relative change of value against reference. */
  readonly change: number;
  readonly holds: boolean;
  /** Present for a claim that states holdsInWeightings. */
  readonly weightings?: WeightingsResult;
}

export function judge(claim: Claim, value: number, reference: number): ClaimResult {
  const change = reference === 0 ? (value === 0 ? 0 : Math.sign(value) * Infinity) : (value - reference) / Math.abs(reference);
  let holds: boolean;
  if (claim.direction === 'higher') holds = change >= claim.minChange;
  else if (claim.direction === 'lower') holds = change <= -claim.minChange;
  else holds = Math.abs(change) <= (claim.maxChange ?? claim.minChange);
  if (claim.direction !== 'similar' && claim.maxChange !== undefined) holds = holds && Math.abs(change) <= claim.maxChange;
  return { claim, value, reference, change, holds };
}

/**
 * Evaluate every claim of a scenario. `runsOf` returns the runs (one per seed, the same seeds for
 * every scenario) of a scenario id; it is supplied by the caller so that tests, the command line
 * and the app can each run the model their own way.
 */
export function evaluateClaims(scenario: Scenario, runsOf: (id: string) => readonly RunResult[]): ClaimResult[] {
  return evaluateClaimsWith(scenario.claims, runsOf(scenario.id), runsOf);
}

/** Evaluate claims given the runs they are about and a way to get the runs of other scenarios. */
export function evaluateClaimsWith(claims: readonly Claim[], own: readonly RunResult[], runsOf: (id: string) => readonly RunResult[]): ClaimResult[] {
  return claims.map((claim) => {
    const output = claim.output as OutputKey;
    const refRuns = 'window' in claim.against ? own : runsOf(claim.against.scenario);
    const refWindow = 'window' in claim.against ? claim.against.window : claim.window;
    if (claim.holdsInWeightings === undefined && claim.weights === undefined) {
      return judge(claim, meanWindowValue(own, output, claim.window), meanWindowValue(refRuns, output, refWindow));
    }
    // An index claim read with other weights, or over every weighting: from the terms' means.
    const index = claimIndex(claim);
    const a = windowTermMeans(own, claim, claim.window);
    const b = windowTermMeans(refRuns, claim, refWindow);
    const weights = claim.weights ? resolveWeights(claim.weights)[index === HUMAN_SECURITY_INDEX ? 'human' : 'state'] : undefined;
    const result = judge(claim, indexValue(index, a as never, weights), indexValue(index, b as never, weights));
    if (claim.holdsInWeightings === undefined) return result;
    const weightings = weightingsShare(claim, a, b);
    return { ...result, holds: result.holds && weightingsHold(weightings), weightings };
  });
}

const INDEX_OF_OUTPUT: Readonly<Record<string, IndexDeclaration>> = { humanSecurityIndex: HUMAN_SECURITY_INDEX, stateSecurityIndex: STATE_SECURITY_INDEX };

/** The index a claim is about (a claim with holdsInWeightings is about one; the scenario format checks it). */
function claimIndex(claim: Claim): IndexDeclaration {
  const index = INDEX_OF_OUTPUT[claim.output];
  if (!index) throw new Error(`claim "${claim.text}": holdsInWeightings needs humanSecurityIndex or stateSecurityIndex, not ${claim.output}`);
  return index;
}

/**
 * Each term's mean over a window and over the runs. The index is linear in its terms, so the
 * index of these means at any weights is the mean of the index over the same months and runs.
 */
export function windowTermMeans(runs: readonly RunResult[], claim: Claim, window: readonly [number, number]): TermMeans {
  return Object.fromEntries(claimIndex(claim).terms.map((t) => [t.name, meanWindowValue(runs, t.output, window)]));
}

/** The share of the robustness check's weightings in which `value` ranks on the claim's side of `reference`. */
export function weightingsShare(claim: Claim, value: TermMeans, reference: TermMeans): WeightingsResult {
  const index = claimIndex(claim);
  const [a, b] = claim.direction === 'lower' ? [reference, value] : [value, reference];
  const { aHigherShare, samples } = rankingRobustness(index, a, b, { samples: ROBUSTNESS_SAMPLES });
  // Higher index = less harm: a ranks higher on a term alone when its term is smaller.
  const everyTerm = index.terms.every((t) => a[t.name] < b[t.name]);
  return { share: aHigherShare, everyTerm, required: claim.holdsInWeightings ?? 0, samples };
}

/** Whether a claim's ranking holds in the share of weightings it asks for (1: under every weighting). */
export function weightingsHold(w: WeightingsResult): boolean {
  return w.required >= 1 ? w.everyTerm : w.share >= w.required;
}

/** A sentence describing a claim's outcome, for people. */
export function describeResult(r: ClaimResult): string {
  const pct = Number.isFinite(r.change) ? `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(1)}%` : 'from zero';
  const w = r.weightings
    ? `; ranks so in ${(r.weightings.share * 100).toFixed(1)}% of ${r.weightings.samples} weightings${r.weightings.everyTerm ? ' and on every term alone' : ''}, ${r.weightings.required >= 1 ? 'every weighting' : `at least ${(r.weightings.required * 100).toFixed(0)}%`} asked`
    : '';
  return `${r.holds ? 'holds' : 'does not hold'}: ${r.claim.text} (${pct}${w})`;
}
