/**
 * Where the paired noise in dead and missing comes from: enforcement at its maximum against the
 * baseline (as scripts/model/paired-noise.ts), with the run's expected deaths (the sum of the
 * chances handed to the death process, cohort.ts) recorded beside the deaths themselves. The
 * paired change in deaths splits into the change in expected deaths — everything before the death
 * process: who travels, when, by which route and method, rescue present — and the death process's
 * own part (a Poisson count with mean the difference of the expected deaths, by design). The
 * expected deaths split further into people exposed (at sea, on a land leg) and their mean chance.
 *
 * It also checks the death process's part against its law: over seeds, the squared difference
 * between the change in deaths and the change in expected deaths, divided by the latter, averages 1
 * when the two runs differ by exactly that Poisson count (a coupling defect would push it above 1).
 *
 * Recorded months only, as the summary counts them. The figures of model 2.4.0 and 2.4.1 are in the
 * ODD (section 4).
 *
 *   npx tsx scripts/model/death-coupling.ts [--agents N] [--seeds K] [--first-seed S] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import { defaultCalibration, percentile, relativeDifference, runModel } from '../../models/index';
import { CohortScratch } from '../../models/phases/cohort';
import { normalQuantile } from '../../models/rng';
import { ENFORCEMENT_MAX } from './paired-noise';

interface Tally {
  deaths: number;
  expected: number;
  expectedSea: number;
  exposedSea: number;
  expectedLand: number;
  exposedLand: number;
  /** Expected and actual deaths per month (agents). */
  monthExpected: number[];
  monthDeaths: number[];
}

let tally: Tally | null = null;
const original = CohortScratch.prototype.selectDeaths;
CohortScratch.prototype.selectDeaths = function (members, n, chances, key, month, slot) {
  const dead = original.call(this, members, n, chances, key, month, slot);
  // Only the recorded months count (the summary's figures): the warm-up's internal months come first.
  if (tally && month >= warmup) {
    let sum = 0;
    let exposed = 0;
    for (let j = 0; j < n; j++) {
      const p = Math.min(1, chances[j]);
      if (p > 0) {
        sum += p;
        exposed++;
      }
    }
    tally.deaths += dead;
    tally.expected += sum;
    // Land legs and sea crossings use different keys; the sea's are the run's crossing key.
    if (slot === seaSlot) {
      tally.expectedSea += sum;
      tally.exposedSea += exposed;
    } else {
      tally.expectedLand += sum;
      tally.exposedLand += exposed;
    }
    tally.monthExpected[month] = (tally.monthExpected[month] ?? 0) + sum;
    tally.monthDeaths[month] = (tally.monthDeaths[month] ?? 0) + dead;
  }
  return dead;
};
/** The slot of the sea's death draws (SLOT_FATALITY in models/phases/journeys.ts); the land leg's differs. */
let seaSlot = 5;
/** Internal months before month 0. */
const warmup = Math.round(defaultCalibration().warmupMonths);

function run(agents: number, seed: number, alt: boolean): Tally {
  tally = { deaths: 0, expected: 0, expectedSea: 0, exposedSea: 0, expectedLand: 0, exposedLand: 0, monthExpected: [], monthDeaths: [] };
  const r = runModel(alt ? { agents, seed, levers: ENFORCEMENT_MAX } : { agents, seed });
  const t = tally;
  tally = null;
  const check = r.summary.deathsMissing;
  if (!(check > 0)) throw new Error('no deaths');
  return t;
}

function range(xs: number[]): { median: number; p5: number; p95: number; points: number } {
  const s = [...xs].sort((a, b) => a - b);
  const p5 = percentile(s, 0.05);
  const p95 = percentile(s, 0.95);
  return { median: percentile(s, 0.5), p5, p95, points: 100 * (p95 - p5) };
}

function main(argv: readonly string[]): void {
  const flag = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const agents = flag('--agents', 100_000);
  const count = flag('--seeds', 20);
  const first = flag('--first-seed', 1);
  seaSlot = flag('--sea-slot', seaSlot);
  const jsonAt = argv.indexOf('--json');
  const rows = [];
  for (let seed = first; seed < first + count; seed++) {
    const base = run(agents, seed, false);
    const alt = run(agents, seed, true);
    rows.push({ seed, base, alt });
    process.stderr.write(`seed ${seed}: deaths ${base.deaths} -> ${alt.deaths}, expected ${base.expected.toFixed(1)} -> ${alt.expected.toFixed(1)}\n`);
  }
  if (jsonAt >= 0) writeFileSync(argv[jsonAt + 1], JSON.stringify({ agents, first, count, rows }));
  const z = 2 * normalQuantile(0.95);
  const line = (name: string, xs: number[]) => {
    const r = range(xs);
    console.log(`${name.padEnd(44)} median ${(100 * r.median).toFixed(1).padStart(6)}%  5–95% ${(100 * r.p5).toFixed(1)} to ${(100 * r.p95).toFixed(1)}  range ${r.points.toFixed(1)} pts`);
  };
  console.log(`Seeds ${first}–${first + count - 1}, ${agents} agents`);
  line('deaths (agents): paired change', rows.map((r) => relativeDifference(r.alt.deaths, r.base.deaths)));
  line('expected deaths: paired change', rows.map((r) => relativeDifference(r.alt.expected, r.base.expected)));
  line('death process part (deaths − expected)', rows.map((r) => relativeDifference(r.alt.deaths, r.base.deaths) - relativeDifference(r.alt.expected, r.base.expected)));
  line('expected at sea', rows.map((r) => relativeDifference(r.alt.expectedSea, r.base.expectedSea)));
  line('expected on land', rows.map((r) => relativeDifference(r.alt.expectedLand, r.base.expectedLand)));
  line('exposed at sea (people)', rows.map((r) => relativeDifference(r.alt.exposedSea, r.base.exposedSea)));
  line('mean chance at sea', rows.map((r) => relativeDifference(r.alt.expectedSea / r.alt.exposedSea, r.base.expectedSea / r.base.exposedSea)));
  // The death process's part against its law: (Δ deaths − Δ expected)² ÷ |Δ expected|, in agents,
  // averages 1 when two runs differ by a Poisson count with mean the change in expected deaths.
  const squares = rows.map((r) => (r.alt.deaths - r.base.deaths - (r.alt.expected - r.base.expected)) ** 2 / Math.abs(r.alt.expected - r.base.expected));
  const law = Math.sqrt(rows.reduce((s, r) => s + Math.abs(r.alt.expected - r.base.expected) / r.base.deaths ** 2, 0) / rows.length);
  console.log(`death process part against its law: mean squared standardised part ${(squares.reduce((s, x) => s + x, 0) / rows.length).toFixed(2)} (1 by the law, give or take ${Math.sqrt(2 / rows.length).toFixed(2)}); the law's standard deviation ${(100 * law).toFixed(2)} pts`);
  const sds = rows.map((r) => Math.sqrt(Math.abs(r.alt.expected - r.base.expected)) / r.base.deaths).sort((a, b) => a - b);
  console.log(`Poisson floor (clock coupling), median over seeds: ${(100 * z * percentile(sds, 0.5)).toFixed(1)} pts; mean baseline deaths ${(rows.reduce((s, r) => s + r.base.deaths, 0) / rows.length).toFixed(0)} agents, mean expected difference ${(rows.reduce((s, r) => s + r.alt.expected - r.base.expected, 0) / rows.length).toFixed(1)} agents`);
}

main(process.argv.slice(2));
