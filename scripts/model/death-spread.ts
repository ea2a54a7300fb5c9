/**
 * The spread of deaths over seeds: the default scenario run with several seeds, dead and missing
 * (and deaths at sea and on land) per seed, with the mean, standard deviation and coefficient of
 * variation. Deaths are their expected number rounded (systematic sampling, cohort.ts), so this
 * spread is that of behaviour (who travels, when, how, in which weather), not of counting luck.
 *
 *   npx tsx scripts/model/death-spread.ts [--agents N] [--seeds K]
 */
import { runModel } from '../../models/index';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const agents = flag('--agents', 100_000);
const count = flag('--seeds', 10);

const rows = Array.from({ length: count }, (_, k) => {
  const seed = k + 1;
  const run = runModel({ seed, agents });
  const months = run.months;
  return { seed, deaths: run.summary.deathsMissing, departures: months.reduce((s, m) => s + m.departures, 0) };
});
const stats = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return { mean, sd, cv: sd / mean };
};
console.log(`Default scenario, ${agents} agents, seeds 1–${count}`);
console.log('seed  dead and missing  departures  deaths per 1,000 departures');
for (const r of rows) console.log(`${String(r.seed).padStart(4)}  ${r.deaths.toFixed(0).padStart(16)}  ${r.departures.toFixed(0).padStart(10)}  ${(1000 * r.deaths / r.departures).toFixed(2).padStart(10)}`);
const d = stats(rows.map((r) => r.deaths));
const rate = stats(rows.map((r) => (1000 * r.deaths) / r.departures));
console.log(`dead and missing: mean ${d.mean.toFixed(0)}, sd ${d.sd.toFixed(0)}, cv ${(100 * d.cv).toFixed(2)}%`);
console.log(`per 1,000 departures: mean ${rate.mean.toFixed(2)}, sd ${rate.sd.toFixed(3)}, cv ${(100 * rate.cv).toFixed(2)}%`);
