/**
 * Checking a scenario's claims against the model. A claim compares the scenario's statistic of
 * one output over a window of months with the same statistic of another scenario (by default the
 * baseline) or of an earlier window of itself, as a mean over several seeds. The test suite runs
 * every claim of every built-in scenario, so narratives cannot drift from what the model does.
 */
import type { MonthRecord, OutputKey, RunResult } from '../models/index';
import type { Claim, Scenario } from './format';

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

export interface ClaimResult {
  readonly claim: Claim;
  readonly value: number;
  readonly reference: number;
  /** Relative change of value against reference. */
  readonly change: number;
  readonly holds: boolean;
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
    const value = meanWindowValue(own, output, claim.window);
    const reference =
      'window' in claim.against
        ? meanWindowValue(own, output, claim.against.window)
        : meanWindowValue(runsOf(claim.against.scenario), output, claim.window);
    return judge(claim, value, reference);
  });
}

/** A sentence describing a claim's outcome, for people. */
export function describeResult(r: ClaimResult): string {
  const pct = Number.isFinite(r.change) ? `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(1)}%` : 'from zero';
  return `${r.holds ? 'holds' : 'does not hold'}: ${r.claim.text} (${pct})`;
}
