/**
 * What vessel destruction does on the long route, year by year: the smugglers' reusable boats,
 * the mix of sea departures by method, departures and deaths per attempt, without destruction and
 * with it at full strength (enforcement intensity 0.6, as in the pattern test).
 *
 *   npx tsx scripts/model/destruction-mix.ts [--agents N] [--seeds K]
 */
import { runModel, type RunResult } from '../../models/index';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const agents = flag('--agents', 40_000);
const seeds = Array.from({ length: flag('--seeds', 3) }, (_, i) => i + 1);
const route = 'desertSea';

function yearly(destruction: number): void {
  const runs: RunResult[] = seeds.map((seed) => runModel({ seed, agents, levers: { 'enforcement.intensity': 0.6, 'enforcement.vesselDestruction': destruction } }));
  const series = runs.map((r) => r.routes.find((x) => x.route === route)!);
  const methods = series[0].methods;
  console.log(`\nVessel destruction ${destruction} (long route; means over ${seeds.length} seeds)`);
  console.log(['year', 'boats', ...methods.map((m) => m.id), 'departures/yr', 'deaths/attempt'].map((h, i) => (i === 0 ? h : h.padStart(Math.max(8, h.length)))).join('  '));
  for (let y = 0; y < runs[0].months.length / 12; y++) {
    const months = (s: (typeof series)[number]) => s.months.slice(12 * y, 12 * y + 12);
    const mean = (f: (s: (typeof series)[number]) => number) => series.reduce((a, s) => a + f(s), 0) / series.length;
    const departures = mean((s) => months(s).reduce((a, m) => a + m.departures, 0));
    const boats = mean((s) => months(s).reduce((a, m) => a + m.vessels, 0) / 12);
    const shares = methods.map((_, j) => mean((s) => months(s).reduce((a, m) => a + m.byMethod[j].departures, 0)) / departures);
    const deaths = mean((s) => months(s).reduce((a, m) => a + m.deathsMissing, 0));
    const ended = mean((s) => months(s).reduce((a, m) => a + m.journeysEnded, 0));
    const cells = [String(y + 1), boats.toFixed(1), ...shares.map((x) => `${(100 * x).toFixed(0)}%`), Math.round(departures).toLocaleString('en-GB'), `${((100 * deaths) / ended).toFixed(2)}%`];
    const heads = ['year', 'boats', ...methods.map((m) => m.id), 'departures/yr', 'deaths/attempt'];
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(4) : c.padStart(Math.max(8, heads[i].length)))).join('  '));
  }
}

yearly(0);
yearly(1);
