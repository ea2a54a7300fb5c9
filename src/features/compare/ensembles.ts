/**
 * The comparison as runs and back: every mix over the same seeds (common random numbers), and
 * the runs summarised per mix (median and percentiles over seeds) and per pair of mixes (the
 * paired difference, seed by seed, from the reference). Runs are kept in task order, mix by mix
 * and seed by seed, so the figures depend only on the runs, never on how the pool shared them out.
 */
import { canonicalJson, monthlySpreads, pairedDifferences, pairedMonthly, seedList, summarySpreads, type OutputKey, type OutputSpreads, type PairedComparison, type SpreadSeries } from '../../../models/index';
import { monthRecords, summaryRecord, summaryValue, type CompactRun } from '../../runner/index';
import type { PoolTask } from './use-pool-runs';
import { mixIdentity, mixRunInput, resolveMixes, type ResolvedMix } from './mixes';
import { referenceMix, type CompareSetup } from './setup';

export interface ComparisonPlan {
  readonly mixes: readonly ResolvedMix[];
  readonly seeds: readonly number[];
  readonly agents: number;
  readonly months: number;
  /** Mix-major: the run of mix i and seed index s is tasks[i × seeds.length + s]. */
  readonly tasks: readonly PoolTask[];
  /** Equal keys, equal runs: tells whether shown results still match the setup. */
  readonly key: string;
}

export function planComparison(setup: Pick<CompareSetup, 'mixes' | 'seeds' | 'firstSeed' | 'agents' | 'months'>): ComparisonPlan {
  const mixes = resolveMixes(setup.mixes);
  const seeds = seedList(setup.firstSeed, setup.seeds);
  const size = { agents: setup.agents, months: setup.months };
  const tasks = mixes.flatMap((m) => seeds.map((seed) => ({ input: mixRunInput(m, size, seed), withMonths: true })));
  const key = canonicalJson({ mixes: mixes.map((m) => mixIdentity(m.mix.spec)), seeds, ...size });
  return { mixes, seeds, ...size, tasks, key };
}

/** Runs of one mix, in seed order, in the form the analysis functions read. */
export interface MixRuns {
  readonly mix: ResolvedMix;
  readonly runs: readonly CompactRun[];
  readonly summaries: readonly { seed: number; summary: Record<OutputKey, number> }[];
  readonly spreads: OutputSpreads;
}

export interface Comparison {
  readonly key: string;
  readonly seeds: readonly number[];
  readonly agents: number;
  readonly months: number;
  readonly mixes: readonly MixRuns[];
}

/** Group a plan's runs (in task order) by mix and summarise each over its seeds. */
export function buildComparison(plan: ComparisonPlan, runs: readonly CompactRun[]): Comparison {
  const n = plan.seeds.length;
  if (runs.length !== plan.mixes.length * n) throw new RangeError(`runs: got ${runs.length}; the plan has ${plan.mixes.length * n}`);
  const mixes = plan.mixes.map((mix, i) => {
    const own = runs.slice(i * n, (i + 1) * n);
    const summaries = own.map((r) => ({ seed: r.seed, summary: summaryRecord(r) }));
    return { mix, runs: own, summaries, spreads: summarySpreads(summaries.map((s) => s.summary)) };
  });
  return { key: plan.key, seeds: plan.seeds, agents: plan.agents, months: plan.months, mixes };
}

/** A plan cut to its first `seeds` seeds (the same mixes, size and tasks' order). */
export function firstSeedsOf(plan: ComparisonPlan, seeds: number): ComparisonPlan {
  const n = plan.seeds.length;
  const k = Math.max(0, Math.min(n, Math.floor(seeds)));
  const tasks = plan.mixes.flatMap((_, i) => plan.tasks.slice(i * n, i * n + k));
  return { ...plan, seeds: plan.seeds.slice(0, k), tasks, key: `${plan.key}#first${k}` };
}

/** How many of the plan's seeds, counted from the first, have every mix's run done (`done` says of a task). */
export function seedsDoneFromFirst(plan: ComparisonPlan, done: (task: ComparisonPlan['tasks'][number]) => boolean): number {
  const n = plan.seeds.length;
  for (let s = 0; s < n; s++) if (!plan.mixes.every((_, i) => done(plan.tasks[i * n + s]))) return s;
  return n;
}

/** Index of the reference mix in a comparison (the setup's reference if it was run, else 0). */
export function referenceIndex(comparison: Comparison, setup: Pick<CompareSetup, 'mixes' | 'referenceId'>): number {
  const id = referenceMix(setup)?.id;
  return Math.max(0, comparison.mixes.findIndex((m) => m.mix.mix.id === id));
}

/** Per mix, the paired differences of every summary output from the reference (null for the reference itself). */
export function pairedWithReference(comparison: Comparison, ref: number): (PairedComparison | null)[] {
  const reference = comparison.mixes[ref].summaries;
  return comparison.mixes.map((m, i) => (i === ref ? null : pairedDifferences(reference, m.summaries)));
}

function seeded(runs: readonly CompactRun[]) {
  return runs.map((r) => ({ seed: r.seed, months: monthRecords(r) }));
}

/** Per mix, the spread over seeds of one output in each month. */
export function monthlyBands(comparison: Comparison, output: OutputKey): SpreadSeries[] {
  return comparison.mixes.map((m) => monthlySpreads(seeded(m.runs), [output])[output] as SpreadSeries);
}

/** Per mix, the spread over seeds of the paired monthly difference from the reference (null for the reference). */
export function monthlyDifferenceBands(comparison: Comparison, ref: number, output: OutputKey): (SpreadSeries | null)[] {
  const reference = seeded(comparison.mixes[ref].runs);
  return comparison.mixes.map((m, i) => (i === ref ? null : pairedMonthly(reference, seeded(m.runs), output)));
}

/** One output's summary value per seed, for one mix (raw numbers, for tests and CSV). */
export function seedValues(mix: MixRuns, output: OutputKey): number[] {
  return mix.runs.map((r) => summaryValue(r, output));
}
