// Exploration helper (not part of the test suite): prints pattern metrics over seeds.
import { runModel, type RunResult } from '../models/index';
const seeds = [1, 2, 3];
const agents = Number(process.env.AGENTS ?? 50000);
type L = Record<string, number>;
function mean(levers: L, f: (r: RunResult) => number): number {
  return seeds.reduce((s, seed) => s + f(runModel({ levers, seed, agents })), 0) / seeds.length;
}
const S = (k: string) => (r: RunResult) => (r.summary as unknown as Record<string, number>)[k];
const yr = (k: string, y0: number, y1: number) => (r: RunResult) => r.months.slice(y0 * 12, y1 * 12).reduce((s, m) => s + (m as unknown as Record<string, number>)[k], 0);
const show = (name: string, levers: L) => {
  const keys = ['smugglingDemand', 'irregularArrivals', 'regularArrivals', 'deathsMissing', 'deathRatePerAttempt', 'meanFeeUsd', 'abuseIncidents', 'trappedPopulation', 'humanSecurityIndex', 'stateSecurityIndex', 'repeatAttempts'];
  const v = keys.map((k) => mean(levers, S(k)));
  console.log(name.padEnd(14), keys.map((k, i) => `${k.slice(0, 8)} ${k === 'deathRatePerAttempt' ? (v[i] * 100).toFixed(2) : k.endsWith('Index') ? v[i].toFixed(1) : (v[i] / (k.includes('Population') || k.includes('Fee') ? 1 : 10)).toFixed(0)}`).join(' '));
  return v;
};
const hi = { 'insecurity.level': 0.8 };
show('base', {});
show('hi', hi);
show('hi+enf', { ...hi, 'enforcement.intensity': 0.9 });
show('lo', { 'insecurity.level': 0.3 });
show('lo+path', { 'insecurity.level': 0.3, 'regularPathways.availability': 0.7 });
show('hi+path', { ...hi, 'regularPathways.availability': 0.7 });
show('destroy0', { 'enforcement.intensity': 0.6, 'enforcement.vesselDestruction': 0 });
show('destroy1', { 'enforcement.intensity': 0.6, 'enforcement.vesselDestruction': 1 });
show('sar0', { 'searchAndRescue.capacity': 0 });
show('sar1', { 'searchAndRescue.capacity': 1 });
show('pull0', { 'enforcement.intensity': 0.6, 'enforcement.pullbacks': 0 });
show('pull1', { 'enforcement.intensity': 0.6, 'enforcement.pullbacks': 1 });
const mix = { 'regularPathways.availability': 0.7, 'rootCauses.investment': 0.8, 'searchAndRescue.capacity': 0.8, 'protection.safeguards': 0.8, 'enforcement.intensity': 0.4, 'enforcement.interdiction': 0.2, 'enforcement.prosecution': 1, 'enforcement.pullbacks': 0, 'cooperation.regional': 0.8 };
show('enfOnly', { 'enforcement.intensity': 0.9 });
show('mix', mix);
for (const inv of [0.1, 1]) {
  const l = { 'rootCauses.investment': inv };
  console.log('root', inv, 'y1', mean(l, yr('smugglingDemand', 0, 1)).toFixed(0), 'y6-10', mean(l, yr('smugglingDemand', 5, 10)).toFixed(0), 'trapped', mean(l, S('trappedPopulation')).toFixed(0));
}
