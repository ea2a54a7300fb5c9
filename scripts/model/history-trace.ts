/**
 * The history scenario traced through its mechanisms, year by year or month by month: first and
 * repeat hires, departures, arrivals, stops on the coast and at sea, the transit country's stock,
 * people moving on, the seats and operators on the route, and the fee. The history check
 * (scripts/history-fit.ts) says how far the model is from the record; this says why.
 *   npx tsx scripts/model/history-trace.ts [--monthly] [--from M --to M] [--seeds 1,2,3,4,5] [--agents N]
 */
import { runModel, type MonthRecord, type OutputKey } from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';

const USAGE = 'usage: npx tsx scripts/model/history-trace.ts [--monthly] [--from M --to M] [--seeds 1,2,3] [--agents N]';
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? '' : fallback);
const seeds = opt('--seeds', '1,2,3,4,5').split(',').map(Number);
const agents = Number(opt('--agents', '100000'));
if (seeds.some((s) => !Number.isInteger(s) || s < 0) || !Number.isInteger(agents) || agents < 1000) {
  console.error(`error: --seeds must be whole numbers and --agents a whole number of at least 1000; ${USAGE}`);
  process.exit(2);
}
const scenario = findScenario('central-mediterranean-2014-2020')!;
const input = scenarioToRunInput(scenario);
const runs = seeds.map((seed) => runModel({ ...input, seed, agents }));

/** Columns: a heading and the month's value (flows are summed over a year, levels averaged). */
const COLUMNS: readonly [string, OutputKey | ((m: MonthRecord) => number), 'flow' | 'level'][] = [
  ['first hires', (m) => m.smugglingDemand - m.repeatAttempts, 'flow'],
  ['repeat', 'repeatAttempts', 'flow'],
  ['departures', 'departures', 'flow'],
  ['arrivals', 'irregularArrivals', 'flow'],
  ['stopped coast', 'departuresPrevented', 'flow'],
  ['pulled back', 'pullbacks', 'flow'],
  ['moved on', 'movedOn', 'flow'],
  ['deaths', 'deathsMissing', 'flow'],
  ['in transit c.', 'transitHub', 'level'],
  ['seats/month', 'smugglingCapacity', 'level'],
  ['operators', 'smugglingOperators', 'level'],
  ['fee USD', 'meanFeeUsd', 'level'],
];
const value = (i: number, c: (typeof COLUMNS)[number][1]) =>
  runs.reduce((s, r) => s + (typeof c === 'function' ? c(r.months[i]) : r.months[i][c]), 0) / runs.length;
const cell = (x: number) => Math.round(x).toLocaleString('en-GB').padStart(13);
const start = scenario.startYear ?? 0;
const months = runs[0].months.length;
console.log(`${scenario.id}, ${agents.toLocaleString('en-GB')} agents, mean of seeds ${seeds.join(', ')}`);
console.log(['period'.padEnd(8), ...COLUMNS.map(([h]) => h.padStart(13))].join(''));
if (args.includes('--monthly')) {
  const from = Number(opt('--from', '36'));
  const to = Math.min(months, Number(opt('--to', String(months))));
  for (let i = from; i < to; i++) {
    const label = `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    console.log([label.padEnd(8), ...COLUMNS.map(([, c]) => cell(value(i, c)))].join(''));
  }
} else {
  for (let y = 0; y * 12 < months; y++) {
    const span = Array.from({ length: Math.min(12, months - y * 12) }, (_, k) => y * 12 + k);
    const row = COLUMNS.map(([, c, kind]) => {
      const sum = span.reduce((s, i) => s + value(i, c), 0);
      return cell(kind === 'flow' ? sum : sum / span.length);
    });
    console.log([String(start + y).padEnd(8), ...row].join(''));
  }
}
