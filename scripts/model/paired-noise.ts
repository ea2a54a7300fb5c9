/**
 * The paired-noise criterion of common random numbers (issue 11): enforcement at its maximum
 * against the baseline, the default scenario, the same seeds for both. For each headline output
 * (and revenue and the trapped population) it gives the paired relative change per seed, its
 * median and 5–95% range (in percentage points), and whether seed 1's change lies within ±25% of
 * the median change; for dead and missing, whether the 5–95% range is at most 5.5 points (a third
 * of model 1's 16.5). The run's deaths are their expected number rounded (systematic sampling,
 * models/phases/cohort.ts), so the realised and the expected change agree within a death or two;
 * both are printed.
 *
 *   npm run noise [-- --agents N] [--seeds K] [--first-seed S] [--json FILE]
 *
 * --first-seed runs another block of K seeds (S to S + K − 1): a 5–95% range read from 20 seeds is
 * itself uncertain, and comparing blocks shows by how much. Exit status 1 when a criterion fails.
 * --json writes every pair's summaries and expected deaths to FILE.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { HEADLINE_OUTPUTS, percentile, relativeDifference, runModel, type OutputKey } from '../../models/index';

/** The outputs checked: the headline outputs (models/outputs.ts), smugglers' revenue and the trapped population. */
export const PAIRED_NOISE_OUTPUTS: readonly OutputKey[] = [...HEADLINE_OUTPUTS, 'smugglerRevenueUsd', 'trappedPopulation'];

/** The alternative: every enforcement instrument at full strength (intensity 1 scales the defaults' weights). */
export const ENFORCEMENT_MAX = { 'enforcement.intensity': 1 } as const;

/** The limit on the 5–95% range of the paired change in dead and missing, in points: a third of model 1's 16.5 (issue 11). */
export const NOISE_LIMIT_POINTS = 5.5;

/** A median change smaller than this is not checked for seed 1's agreement (it is mostly noise). */
export const MATERIAL_CHANGE = 0.05;
/** Seed 1's change must lie within this share of the median change. */
export const SEED_ONE_TOLERANCE = 0.25;

export interface OutputNoise {
  readonly output: OutputKey;
  readonly changes: number[];
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
  /** (p95 − p5) in percentage points of relative change. */
  readonly rangePoints: number;
  readonly seedOne: number;
  /** Whether seed 1 lies within ±25% of the median change; null when the median change is not material. */
  readonly seedOneAgrees: boolean | null;
}

export interface Pair {
  readonly base: Record<OutputKey, number>;
  readonly alt: Record<OutputKey, number>;
  /** Expected dead and missing (people) of each run: RunResult.diagnostics. */
  readonly baseExpected: number;
  readonly altExpected: number;
}

export function pairedRuns(agents: number, seeds: readonly number[]): Pair[] {
  return seeds.map((seed) => {
    const base = runModel({ agents, seed });
    const alt = runModel({ agents, seed, levers: ENFORCEMENT_MAX });
    if (!base.diagnostics || !alt.diagnostics) throw new Error('runModel gave no diagnostics');
    return { base: base.summary, alt: alt.summary, baseExpected: base.diagnostics.expectedDeathsMissing, altExpected: alt.diagnostics.expectedDeathsMissing };
  });
}

export function pairedNoise(agents: number, seeds: readonly number[]): OutputNoise[] {
  return noiseOf(pairedRuns(agents, seeds));
}

/** Dead and missing: the 5–95% ranges of the paired change, in points, realised and expected. */
export interface DeathNoise {
  readonly realisedPoints: number;
  readonly realisedMedian: number;
  /** The same for the runs' expected dead and missing (RunResult.diagnostics): a check that rounding adds nothing. */
  readonly expectedPoints: number;
  readonly expectedMedian: number;
}

export function deathNoise(pairs: readonly Pair[]): DeathNoise {
  const expected = rangeOf(pairs.map((p) => relativeDifference(p.altExpected, p.baseExpected)));
  const realised = rangeOf(pairs.map((p) => relativeDifference(p.alt.deathsMissing, p.base.deathsMissing)));
  return { realisedPoints: realised.points, realisedMedian: realised.median, expectedPoints: expected.points, expectedMedian: expected.median };
}

function rangeOf(xs: readonly number[]): { median: number; points: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), points: 100 * (percentile(sorted, 0.95) - percentile(sorted, 0.05)) };
}

export function noiseOf(pairs: readonly Pair[]): OutputNoise[] {
  return PAIRED_NOISE_OUTPUTS.map((output) => {
    const changes = pairs.map((p) => relativeDifference(p.alt[output], p.base[output]));
    const sorted = [...changes].sort((a, b) => a - b);
    const median = percentile(sorted, 0.5);
    const p5 = percentile(sorted, 0.05);
    const p95 = percentile(sorted, 0.95);
    const seedOne = changes[0];
    const material = Math.abs(median) >= MATERIAL_CHANGE;
    const agrees = Math.abs(seedOne - median) <= SEED_ONE_TOLERANCE * Math.abs(median);
    return {
      output,
      changes,
      median,
      p5,
      p95,
      rangePoints: 100 * (p95 - p5),
      seedOne,
      seedOneAgrees: material ? agrees : null,
    };
  });
}

function main(argv: readonly string[]): void {
  const flag = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const agents = flag('--agents', 100_000);
  const count = flag('--seeds', 20);
  const first = flag('--first-seed', 1);
  const seeds = Array.from({ length: count }, (_, i) => i + first);
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
  console.log(`Enforcement at maximum against the baseline: ${agents} agents, seeds ${first}–${first + count - 1}`);
  const pairs = pairedRuns(agents, seeds);
  const jsonAt = argv.indexOf('--json');
  if (jsonAt >= 0) writeFileSync(argv[jsonAt + 1], JSON.stringify({ agents, seeds, pairs }));
  const firstName = `seed ${first}`;
  console.log(`${'output'.padEnd(22)} ${'median'.padStart(8)} ${'5%'.padStart(8)} ${'95%'.padStart(8)} ${'range pts'.padStart(10)} ${firstName.padStart(8)}  ${firstName} within ±25%`);
  for (const r of noiseOf(pairs)) {
    const agree = r.seedOneAgrees === null ? '(median < 5%)' : r.seedOneAgrees ? 'yes' : 'NO';
    console.log(`${r.output.padEnd(22)} ${pct(r.median).padStart(8)} ${pct(r.p5).padStart(8)} ${pct(r.p95).padStart(8)} ${r.rangePoints.toFixed(1).padStart(10)} ${pct(r.seedOne).padStart(8)}  ${agree}`);
  }
  const d = deathNoise(pairs);
  const pts = (x: number) => `${x.toFixed(1)} points`;
  const holds = d.realisedPoints <= NOISE_LIMIT_POINTS;
  console.log(`Dead and missing, 5–95% range of the paired change: ${pts(d.realisedPoints)} (median ${pct(d.realisedMedian)}), limit ${NOISE_LIMIT_POINTS}: ${holds ? 'holds' : 'FAILS'}`);
  console.log(`  expected dead and missing: ${pts(d.expectedPoints)} (median ${pct(d.expectedMedian)})`);
  const seedOneFails = noiseOf(pairs).filter((r) => r.seedOneAgrees === false).map((r) => r.output);
  console.log(`Seed ${first} within ±25% of the median for every material output: ${seedOneFails.length === 0 ? 'holds' : `FAILS (${seedOneFails.join(', ')})`}`);
  if (!holds || seedOneFails.length > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
