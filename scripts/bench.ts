/**
 * Benchmarks (not tests): prints one JSON line per case with the median wall time of whole runs.
 *
 *   npm run bench                 all cases
 *   npm run bench -- --case NAME  one case (default-100k, million)
 *
 * Each case runs in a fresh child process so that its peak memory (maxRSS) is its own.
 * Targets on the 2-core reference machine: default ≤ 150 ms median; 1M agents ≤ 2 s with peak
 * RSS ≤ 400 MB. Machines are noisy: compare medians, and run on an idle machine.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runModel, DEFAULT_MONTHS } from '../models/index';

interface Case {
  name: string;
  agents: number;
  months: number;
  warmups: number;
  repeats: number;
}

const CASES: Case[] = [
  { name: 'default-100k', agents: 100_000, months: DEFAULT_MONTHS, warmups: 3, repeats: 11 },
  { name: 'million', agents: 1_000_000, months: DEFAULT_MONTHS, warmups: 1, repeats: 5 },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function runCase(c: Case): void {
  for (let i = 0; i < c.warmups; i++) runModel({ agents: c.agents, months: c.months, seed: i + 1 });
  const times: number[] = [];
  for (let i = 0; i < c.repeats; i++) {
    const t0 = performance.now();
    runModel({ agents: c.agents, months: c.months, seed: 100 + i });
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  const line = {
    name: c.name,
    agents: c.agents,
    months: c.months,
    runs: c.repeats,
    medianMs: Math.round(medianMs * 10) / 10,
    minMs: Math.round(Math.min(...times) * 10) / 10,
    maxMs: Math.round(Math.max(...times) * 10) / 10,
    agentStepsPerSec: Math.round((c.agents * c.months) / (medianMs / 1000)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
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
  runCase(c);
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
