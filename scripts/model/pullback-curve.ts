/**
 * The pull-back curve: as insecurity rises and departures surge, how many people the transit
 * coastguard pulls back on the long route, against how many depart. With the coastguard as an
 * asset with capacity (Holling's type II response, patrols.ts), the curve bends: the share pulled
 * back falls as departures rise. The capacity C is the ceiling only as departures grow without
 * bound (searching takes time the coastguard cannot spend taking people back): with detection d
 * at full strength it pulls back d·V·C ÷ (C + d·V) of V visible departures — half of C at
 * V = C ÷ d. The last column gives that prediction for the route's departures, all fully visible
 * (an upper bound: the less visible methods lower it).
 *
 *   npx tsx scripts/model/pullback-curve.ts [--agents N] [--seeds K] [--pullbacks V]
 */
import { defaultCalibration, ROUTES, runModel } from '../../models/index';
import { searchChance } from '../../models/phases/patrols';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const agents = flag('--agents', 40_000);
const seeds = Array.from({ length: flag('--seeds', 3) }, (_, i) => i + 1);
const strength = flag('--pullbacks', 1);
const route = 'desertSea';
const capacity = ROUTES.find((r) => r.id === route)!.pullbackCapacityAtFull * strength;
const detection = searchChance(strength, defaultCalibration().pullbackDetectionAtFull);
const holling = (visible: number) => (detection * visible * capacity) / (capacity + detection * visible);

console.log(`Long route (${route}), pull-backs at strength ${strength} (enforcement intensity 1): capacity ${capacity.toLocaleString('en-GB')} people a month`);
console.log('insecurity  departures/month  pulled back/month  share pulled back  of capacity  Holling bound');
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
  console.log(`${level.toFixed(1).padStart(10)}  ${Math.round(departures).toLocaleString('en-GB').padStart(16)}  ${Math.round(pulled).toLocaleString('en-GB').padStart(17)}  ${(100 * pulled / Math.max(1, departures)).toFixed(1).padStart(16)}%  ${(100 * pulled / capacity).toFixed(1).padStart(10)}%  ${Math.round(holling(departures)).toLocaleString('en-GB').padStart(13)}  ${bar}`);
}
