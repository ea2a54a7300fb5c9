/**
 * The paired-noise criterion of common random numbers: enforcement at its maximum against the
 * baseline, the default scenario, the same seeds for both. For each headline output (and revenue and the trapped population) it gives the
 * paired relative change per seed, its median and 5–95% range (in percentage points), and whether
 * seed 1's change lies within ±25% of the median change. A test runs it with fewer agents; the
 * script runs the full check (100,000 agents, 20 seeds):
 *
 *   npx tsx scripts/model/paired-noise.ts [--agents N] [--seeds K] [--first-seed S]
 *
 * --first-seed runs another block of K seeds (S to S + K − 1): a 5–95% range read from 20 seeds is
 * itself uncertain, and comparing blocks shows by how much. The script also prints the part of the
 * paired noise in dead and missing that the death process's coupling leaves by design (cohort.ts):
 * two runs with one seed differ in deaths by a Poisson count whose mean is the difference of their
 * expected deaths, so that part grows with the size of the effect, whatever else is coupled.
 */
import { pathToFileURL } from 'node:url';
import { defaultCalibration, HEADLINE_OUTPUTS, percentile, relativeDifference, runModel, type OutputKey } from '../../models/index';
import { normalQuantile } from '../../models/rng';

/** The outputs checked: the headline outputs (models/outputs.ts), smugglers' revenue and the trapped population. */
export const PAIRED_NOISE_OUTPUTS: readonly OutputKey[] = [...HEADLINE_OUTPUTS, 'smugglerRevenueUsd', 'trappedPopulation'];

/** The alternative: every enforcement instrument at full strength (intensity 1 scales the defaults' weights). */
export const ENFORCEMENT_MAX = { 'enforcement.intensity': 1 } as const;

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
  /**
   * Whether the paired noise itself is wider than the tolerance: half the 5–95% range exceeds
   * SEED_ONE_TOLERANCE × |median|. Deaths are random (cohort.ts), and a change of a few per cent in
   * a few hundred deaths a run carries a paired noise of about one point, so no single seed can be
   * sure to lie within a quarter of a 5% median; for such an output seed 1 is judged against the
   * 5–95% range of the 20 seeds instead (it fails when seed 1 is among the extremes).
   */
  readonly noiseBound: boolean;
  /** Whether the median change is material and seed 1 lies within the tolerance of it (or, when noise-bound, within the 5–95% range); null when not material. */
  readonly seedOneAgrees: boolean | null;
}

interface Pair {
  readonly base: Record<OutputKey, number>;
  readonly alt: Record<OutputKey, number>;
}

function pairedRuns(agents: number, seeds: readonly number[]): Pair[] {
  return seeds.map((seed) => {
    const base = runModel({ agents, seed });
    const alt = runModel({ agents, seed, levers: ENFORCEMENT_MAX });
    return { base: base.summary, alt: alt.summary };
  });
}

export function pairedNoise(agents: number, seeds: readonly number[]): OutputNoise[] {
  return noiseOf(pairedRuns(agents, seeds));
}

/**
 * The 5–95% range (percentage points) of the paired change in dead and missing that the death
 * process alone would give if the two runs' expected deaths were perfectly coupled: per seed, a
 * Poisson count with mean |Δ deaths| (in agents) over the baseline's deaths, as a normal range
 * (±1.645 standard deviations), the median over seeds.
 */
export function deathProcessRangePoints(pairs: readonly Pair[], agents: number): number {
  const weight = defaultCalibration().populationPeople / agents;
  const sds = pairs
    .map((p) => Math.sqrt(Math.abs(p.alt.deathsMissing - p.base.deathsMissing) / weight) / (p.base.deathsMissing / weight))
    .sort((a, b) => a - b);
  return 100 * 2 * normalQuantile(0.95) * percentile(sds, 0.5);
}

function noiseOf(pairs: readonly Pair[]): OutputNoise[] {
  return PAIRED_NOISE_OUTPUTS.map((output) => {
    const changes = pairs.map((p) => relativeDifference(p.alt[output], p.base[output]));
    const sorted = [...changes].sort((a, b) => a - b);
    const median = percentile(sorted, 0.5);
    const p5 = percentile(sorted, 0.05);
    const p95 = percentile(sorted, 0.95);
    const seedOne = changes[0];
    const material = Math.abs(median) >= MATERIAL_CHANGE;
    const noiseBound = (p95 - p5) / 2 > SEED_ONE_TOLERANCE * Math.abs(median);
    const agrees = noiseBound ? seedOne >= p5 && seedOne <= p95 : Math.abs(seedOne - median) <= SEED_ONE_TOLERANCE * Math.abs(median);
    return {
      output,
      changes,
      median,
      p5,
      p95,
      rangePoints: 100 * (p95 - p5),
      seedOne,
      noiseBound,
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
  const firstName = `seed ${first}`;
  console.log(`${'output'.padEnd(22)} ${'median'.padStart(8)} ${'5%'.padStart(8)} ${'95%'.padStart(8)} ${'range pts'.padStart(10)} ${firstName.padStart(8)}  ${firstName} within ±25%`);
  for (const r of noiseOf(pairs)) {
    const agree = (r.seedOneAgrees === null ? '(median < 5%)' : r.seedOneAgrees ? 'yes' : 'NO') + (r.noiseBound && r.seedOneAgrees !== null ? ' (noise-bound: judged against the 5–95% range)' : '');
    console.log(`${r.output.padEnd(22)} ${pct(r.median).padStart(8)} ${pct(r.p5).padStart(8)} ${pct(r.p95).padStart(8)} ${r.rangePoints.toFixed(1).padStart(10)} ${pct(r.seedOne).padStart(8)}  ${agree}`);
  }
  console.log(`Dead and missing: the death process's coupling alone leaves a 5–95% range of about ${deathProcessRangePoints(pairs, agents).toFixed(1)} points (a Poisson count with mean the difference in deaths).`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
