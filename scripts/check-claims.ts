/**
 * Runs every claim of the built-in scenarios (or one: --scenario ID) over five seeds and prints
 * whether it holds, with the measured change. The same check runs in the test suite.
 *   npx tsx scripts/check-claims.ts [--scenario ID] [--agents N]
 */
import { runModel, type RunResult } from '../models/index';
import { BUILT_IN_SCENARIOS, findScenario, scenarioToRunInput } from '../scenarios/index';
import { describeResult, evaluateClaims } from '../scenarios/claims';

const args = process.argv.slice(2);
const only = args.includes('--scenario') ? args[args.indexOf('--scenario') + 1] : undefined;
const agents = args.includes('--agents') ? Number(args[args.indexOf('--agents') + 1]) : 40_000;
const SEEDS = [1, 2, 3, 4, 5];
const cache = new Map<string, RunResult[]>();
function runsOf(id: string): RunResult[] {
  let runs = cache.get(id);
  if (!runs) {
    const s = findScenario(id);
    if (!s) throw new Error(`unknown scenario ${id}`);
    runs = SEEDS.map((seed) => runModel({ ...scenarioToRunInput(s), seed, agents }));
    cache.set(id, runs);
  }
  return runs;
}
let failed = 0;
for (const s of BUILT_IN_SCENARIOS.filter((x) => !only || x.id === only)) {
  console.log(`\n${s.id}: ${s.title}`);
  for (const r of evaluateClaims(s, runsOf)) {
    if (!r.holds) failed++;
    console.log(`  ${r.holds ? 'ok  ' : 'FAIL'} ${describeResult(r)}`);
  }
}
console.log(`\n${failed} claim(s) failed`);
process.exitCode = failed ? 1 : 0;
