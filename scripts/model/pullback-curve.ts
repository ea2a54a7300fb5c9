/**
 * The pull-back curve: as insecurity rises and departures surge, how many people the transit
 * coastguard pulls back on the long route, against how many depart. With the coastguard as an
 * asset with capacity, the curve bends and levels off at its capacity (recorded Libyan pull-backs
 * stayed near 15,000 a year while their share of departures rose from 7% to 40%).
 *
 *   npx tsx scripts/model/pullback-curve.ts [--agents N] [--seeds K] [--pullbacks V]
 */
import { ROUTES, runModel } from '../../models/index';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const agents = flag('--agents', 40_000);
const seeds = Array.from({ length: flag('--seeds', 3) }, (_, i) => i + 1);
const strength = flag('--pullbacks', 1);
const route = 'desertSea';
const capacity = ROUTES.find((r) => r.id === route)!.pullbackCapacityAtFull * strength;

console.log(`Long route (${route}), pull-backs at strength ${strength} (enforcement intensity 1): capacity ${capacity.toLocaleString('en-GB')} people a month`);
console.log('insecurity  departures/month  pulled back/month  share pulled back  of capacity');
for (const level of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]) {
  let departures = 0;
  let pulled = 0;
  for (const seed of seeds) {
    const run = runModel({ seed, agents, months: 60, levers: { 'insecurity.level': level, 'enforcement.intensity': 1, 'enforcement.pullbacks': strength } });
    const months = run.routes.find((r) => r.route === route)!.months;
    departures += months.reduce((s, m) => s + m.departures, 0) / months.length / seeds.length;
    pulled += months.reduce((s, m) => s + m.pullbacks, 0) / months.length / seeds.length;
  }
  const bar = '#'.repeat(Math.round((40 * pulled) / capacity));
  console.log(`${level.toFixed(1).padStart(10)}  ${Math.round(departures).toLocaleString('en-GB').padStart(16)}  ${Math.round(pulled).toLocaleString('en-GB').padStart(17)}  ${(100 * pulled / Math.max(1, departures)).toFixed(1).padStart(16)}%  ${bar}`);
}
