/**
 * Prints the history check of a historical scenario: modelled against recorded yearly figures,
 * relative error per year and rank correlation.
 *   npx tsx scripts/history-fit.ts [--scenario ID] [--agents N]
 */
import { runModel } from '../models/index';
import { findScenario, scenarioToRunInput } from '../scenarios/index';
import { historicalFit } from '../scenarios/history';

const args = process.argv.slice(2);
const id = args.includes('--scenario') ? args[args.indexOf('--scenario') + 1] : 'central-mediterranean-2014-2020';
const agents = args.includes('--agents') ? Number(args[args.indexOf('--agents') + 1]) : 100_000;
const scenario = findScenario(id);
if (!scenario?.observed) {
  console.error(`error: --scenario ${id}: not a historical scenario with recorded figures`);
  process.exit(2);
}
const runs = [1, 2, 3, 4, 5].map((seed) => runModel({ ...scenarioToRunInput(scenario), seed, agents }));
for (const f of historicalFit(scenario, runs)) {
  console.log(`${f.series}: mean |relative error| ${(f.meanAbsoluteRelativeError * 100).toFixed(0)}%, rank correlation ${f.rankCorrelation.toFixed(2)}`);
  for (const y of f.years) {
    const err = y.relativeError === undefined ? '' : `  ${y.relativeError >= 0 ? '+' : ''}${(y.relativeError * 100).toFixed(0)}%`;
    console.log(`  ${y.year}  model ${Math.round(y.modelled).toLocaleString('en-GB').padStart(8)}  recorded ${(y.observed?.toLocaleString('en-GB') ?? '–').padStart(8)}${err}`);
  }
}
