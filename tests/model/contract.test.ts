/**
 * The public contract other tools rely on: lever keys, scaling rules, output keys and the
 * per-route summary. Also the lever table's integrity (one declaration, defaults within range).
 */
import { describe, expect, it } from 'vitest';
import { CALIBRATION_SPECS, LEVERS, LEVER_KEYS, OUTPUT_KEYS, runModel, ROUTES, type LeverValues } from '../../models/index';
import { derivePolicy } from '../../models/policy';
import { compileSchedule } from '../../models/schedule';

const CONTRACT_LEVERS = [
  'regularPathways.availability', 'insecurity.level', 'insecurity.economic', 'insecurity.food', 'insecurity.health',
  'insecurity.environmental', 'insecurity.personal', 'insecurity.community', 'insecurity.political', 'enforcement.intensity',
  'enforcement.interdiction', 'enforcement.prosecution', 'enforcement.vesselDestruction', 'enforcement.pullbacks',
  'searchAndRescue.capacity', 'rootCauses.investment', 'information.campaigns', 'protection.safeguards', 'cooperation.regional',
];
const CONTRACT_OUTPUTS = [
  'smugglingDemand', 'repeatAttempts', 'inTransit', 'irregularArrivals', 'regularArrivals', 'regularQueue', 'deathsMissing',
  'deathRatePerAttempt', 'interceptions', 'returns', 'abuseIncidents', 'meanFeeUsd', 'smugglerRevenueUsd', 'trappedPopulation',
  'humanSecurityIndex', 'stateSecurityIndex',
];

describe('public contract', () => {
  it('declares every contract lever once, in [0, 1], with label, doc and source', () => {
    for (const k of CONTRACT_LEVERS) expect(LEVER_KEYS).toContain(k);
    expect(new Set(LEVER_KEYS).size).toBe(LEVER_KEYS.length);
    for (const l of LEVERS) {
      expect(l.min).toBe(0);
      expect(l.max).toBe(1);
      expect(l.defaultValue).toBeGreaterThanOrEqual(0);
      expect(l.defaultValue).toBeLessThanOrEqual(1);
      expect(l.label.length).toBeGreaterThan(3);
      expect(l.doc.length).toBeGreaterThan(20);
      expect(l.source.length).toBeGreaterThan(5);
    }
    for (const c of CALIBRATION_SPECS) {
      expect(c.defaultValue, c.key).toBeGreaterThanOrEqual(c.min);
      expect(c.defaultValue, c.key).toBeLessThanOrEqual(c.max);
      expect(c.source.length, c.key).toBeGreaterThan(5);
    }
  });

  it('has at least two routes, one of them a sea crossing, with different fees, risks and durations', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(2);
    expect(ROUTES.some((r) => r.sea)).toBe(true);
    expect(new Set(ROUTES.map((r) => r.runningCostUsd)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((r) => r.crossingDeathRisk)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((r) => r.transitMonths)).size).toBeGreaterThan(1);
  });

  it('reports every contract output monthly and in the summary, with one byRoute entry per route', () => {
    const r = runModel({ agents: 2000, months: 12 });
    for (const k of CONTRACT_OUTPUTS) {
      expect(OUTPUT_KEYS).toContain(k);
      expect(typeof r.months[0][k as keyof (typeof r.months)[0]]).toBe('number');
      expect(typeof (r.summary as unknown as Record<string, number>)[k]).toBe('number');
    }
    expect(r.summary.byRoute.map((b) => b.route)).toEqual(ROUTES.map((x) => x.id));
    for (const b of r.summary.byRoute)
      expect(Object.keys(b).sort()).toEqual(['arrivals', 'attempts', 'deathRatePerAttempt', 'deathsMissing', 'departures', 'interceptions', 'label', 'meanFeeUsd', 'pullbacks', 'route']);
  });

  it('scales instruments by enforcement intensity on every route: at 0 none acts; sea instruments act only at sea', () => {
    const levers = Object.fromEntries(LEVERS.map((l) => [l.key, 1])) as LeverValues;
    const off = derivePolicy({ ...levers, 'enforcement.intensity': 0 }, ROUTES);
    for (const k of ['interdiction', 'prosecution', 'vesselDestruction', 'pullbacks'] as const) expect(Array.from(off[k])).toEqual(ROUTES.map(() => 0));
    const half = derivePolicy({ ...levers, 'enforcement.intensity': 0.5, 'enforcement.prosecution': 0.4 }, ROUTES);
    for (const v of half.prosecution) expect(v).toBeCloseTo(0.2);
    const air = ROUTES.findIndex((r) => !r.sea);
    expect([half.pullbacks[air], half.vesselDestruction[air], half.rescue[air]]).toEqual([0, 0, 0]);
  });

  it('moves all seven dimensions with insecurity.level', () => {
    const base = Object.fromEntries(LEVERS.map((l) => [l.key, l.defaultValue])) as LeverValues;
    const low = derivePolicy({ ...base, 'insecurity.level': 0.2 }, ROUTES);
    const high = derivePolicy({ ...base, 'insecurity.level': 0.7 }, ROUTES);
    for (let d = 0; d < 7; d++) expect(high.dimensionTargets[d]).toBeGreaterThan(low.dimensionTargets[d]);
    const none = derivePolicy({ ...base, 'insecurity.level': 0 }, ROUTES);
    expect(Array.from(none.dimensionTargets)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('compiles a timeline so that policies start, stop and later entries win', () => {
    const s = compileSchedule({ 'enforcement.intensity': 0.3 }, [
      { lever: 'enforcement.intensity', value: 0.8, fromMonth: 10, toMonth: 20 },
      { lever: 'enforcement.intensity', value: 0.5, fromMonth: 15 },
    ], 30);
    const v = s.values.get('enforcement.intensity')!;
    expect([v[9], v[10], v[14], v[15], v[19], v[20], v[29]]).toEqual([0.3, 0.8, 0.8, 0.5, 0.5, 0.5, 0.5]);
  });
});
