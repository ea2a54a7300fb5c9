import { runModel } from '../models/index';
const sets: Record<string, Record<string, number>> = {
  base: {},
  enf: { 'enforcement.intensity': 0.9 },
  path: { 'regularPathways.availability': 0.8 },
  lowins: { 'insecurity.level': 0.3 },
  destroy: { 'enforcement.vesselDestruction': 1, 'enforcement.intensity': 0.8 },
  sar0: { 'searchAndRescue.capacity': 0 },
  sar1: { 'searchAndRescue.capacity': 1 },
  pull: { 'enforcement.pullbacks': 1, 'enforcement.intensity': 0.8 },
  root: { 'rootCauses.investment': 1 },
};
for (const [name, levers] of Object.entries(sets)) {
  const t0 = performance.now();
  const r = runModel({ levers, seed: 1 });
  const ms = performance.now() - t0;
  const s = r.summary;
  const y1 = r.months.slice(0, 12).reduce((a, m) => a + m.smugglingDemand, 0);
  const y10 = r.months.slice(108).reduce((a, m) => a + m.smugglingDemand, 0);
  console.log(name.padEnd(8), ms.toFixed(0).padStart(5) + 'ms', 'dem', (s.smugglingDemand / 10 | 0), 'y1', y1 | 0, 'y10', y10 | 0, 'arrI', (s.irregularArrivals / 10) | 0, 'arrR', (s.regularArrivals / 10) | 0, 'dead', (s.deathsMissing / 10) | 0, 'dr', (s.deathRatePerAttempt * 100).toFixed(2), 'fee', s.meanFeeUsd | 0, 'abuse', (s.abuseIncidents / 10) | 0, 'trap', s.trappedPopulation | 0, 'HSI', s.humanSecurityIndex.toFixed(1), 'SSI', s.stateSecurityIndex.toFixed(1), 'home', s.atHome|0);
  if (name === 'base') console.log(s.byRoute.map((b) => `${b.route}: att ${b.attempts | 0} dr ${(b.deathRatePerAttempt * 100).toFixed(2)}`).join(' | '));
}
