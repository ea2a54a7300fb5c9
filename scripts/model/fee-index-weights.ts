/**
 * Measures the mix the fixed-mix fee index is weighted by: the baseline scenario's shares of hires
 * by route and crossing method over the ten years, mean over seeds. Compare with the declared
 * FEE_INDEX_WEIGHTS (models/fee-index.ts) after a change to the model:
 *
 *   npx tsx scripts/model/fee-index-weights.ts [--agents N] [--seeds K]
 */
import { pathToFileURL } from 'node:url';
import { FEE_INDEX_WEIGHTS, runModel } from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';

/** Share of hires by `route.method` in the baseline, mean over the seeds. */
export function measuredMix(agents: number, seeds: readonly number[]): Record<string, number> {
  const baseline = findScenario('baseline');
  if (!baseline) throw new Error('no built-in baseline scenario');
  const out: Record<string, number> = {};
  for (const seed of seeds) {
    const run = runModel({ ...scenarioToRunInput(baseline), seed, agents });
    const total = run.summary.smugglingDemand;
    for (const route of run.routes) {
      route.methods.forEach((m, j) => {
        const key = `${route.route}.${m.id}`;
        const hires = route.months.reduce((s, month) => s + month.byMethod[j].attempts, 0);
        out[key] = (out[key] ?? 0) + hires / total / seeds.length;
      });
    }
  }
  return out;
}

function main(argv: readonly string[]): void {
  const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
  const seeds = Array.from({ length: flag('--seeds', 5) }, (_, i) => i + 1);
  const mix = measuredMix(flag('--agents', 100_000), seeds);
  console.log('method                                measured  declared');
  for (const [key, share] of Object.entries(mix)) console.log(`${key.padEnd(36)} ${share.toFixed(3).padStart(9)} ${(FEE_INDEX_WEIGHTS[key] ?? 0).toFixed(3).padStart(9)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
