/**
 * Benchmarks (not tests): prints one JSON line per case with the median wall time of whole runs.
 *
 *   npm run bench                 all cases
 *   npm run bench -- --case NAME  one case (default-100k, million, sweep-21x10)
 *
 * Each case runs in a fresh child process so that its peak memory (maxRSS) is its own.
 * Targets on the 2-core reference machine (issues 11 and 16): default within 1.5× Model 1's median
 * measured in the same session (Model 1 is commit cd38514: run this script there too, alternating),
 * and within 1.3× of 56 ms for issue 16; 1M agents ≤ 1.5 s with peak RSS ≤ 400 MB; sweep-21x10
 * ≤ 3.5 s. Machines are noisy: compare medians, alternate the trees compared, and run on an idle
 * machine.
 *
 * sweep-21x10 times what `npm run -s sweep -- --lever enforcement.intensity --steps 21 --seeds 10`
 * does, worker pool start-up included: 210 runs of the default scenario (100,000 agents, 120
 * months) on one worker thread per core. Its agentStepsPerSec counts all 210 runs.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runModel, DEFAULT_AGENTS, DEFAULT_MONTHS } from '../models/index';
import { runSweepCli } from './sweep/main';

interface Case {
  name: string;
  agents: number;
  months: number;
  warmups: number;
  repeats: number;
  /** Sweep cases: points × seeds model runs per repeat, through the sweep command. */
  sweep?: { points: number; seeds: number };
}

const CASES: Case[] = [
  { name: 'default-100k', agents: 100_000, months: DEFAULT_MONTHS, warmups: 3, repeats: 11 },
  { name: 'million', agents: 1_000_000, months: DEFAULT_MONTHS, warmups: 1, repeats: 5 },
  { name: 'sweep-21x10', agents: DEFAULT_AGENTS, months: DEFAULT_MONTHS, warmups: 0, repeats: 3, sweep: { points: 21, seeds: 10 } },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One sweep through the command's own code path (argument parsing, design, worker pool, output). */
async function runSweepOnce(c: Case, sweep: NonNullable<Case['sweep']>): Promise<void> {
  const args = ['--lever', 'enforcement.intensity', '--steps', String(sweep.points), '--seeds', String(sweep.seeds)];
  const outcome = await runSweepCli([...args, '--agents', String(c.agents), '--months', String(c.months), '--format', 'json']);
  if (outcome.code !== 0) throw new Error(`sweep failed: ${outcome.stderr.trim()}`);
}

async function runCase(c: Case): Promise<void> {
  const once = c.sweep ? (_seed: number) => runSweepOnce(c, c.sweep!) : async (seed: number) => void runModel({ agents: c.agents, months: c.months, seed });
  for (let i = 0; i < c.warmups; i++) await once(i + 1);
  const times: number[] = [];
  for (let i = 0; i < c.repeats; i++) {
    const t0 = performance.now();
    await once(100 + i);
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  const modelRuns = c.sweep ? c.sweep.points * c.sweep.seeds : 1;
  const line = {
    name: c.name,
    agents: c.agents,
    months: c.months,
    runs: c.repeats,
    medianMs: Math.round(medianMs * 10) / 10,
    minMs: Math.round(Math.min(...times) * 10) / 10,
    maxMs: Math.round(Math.max(...times) * 10) / 10,
    agentStepsPerSec: Math.round((modelRuns * c.agents * c.months) / (medianMs / 1000)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(c.sweep ? { modelRuns, workers: availableParallelism() } : {}),
    node: process.version,
  };
  console.log(JSON.stringify(line));
}

const argv = process.argv.slice(2);
const caseFlag = argv.indexOf('--case');
const only = caseFlag >= 0 ? argv[caseFlag + 1] : undefined;
const inChild = argv.includes('--child');

if (inChild && only) {
  const c = CASES.find((x) => x.name === only);
  if (!c) throw new Error(`unknown case ${only}`);
  await runCase(c);
} else {
  const names = only ? [only] : CASES.map((c) => c.name);
  const unknown = names.find((n) => !CASES.some((c) => c.name === n));
  if (unknown) {
    console.error(`error: --case ${unknown}: unknown case; allowed: ${CASES.map((c) => c.name).join(', ')}`);
    process.exit(2);
  }
  const self = fileURLToPath(import.meta.url);
  for (const name of names) {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', '--case', name], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
