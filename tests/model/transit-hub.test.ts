/**
 * The transit country as a stock (the `transitHub` and `detained` outputs): people who wait at the
 * coast for a sea crossing and people pulled back there. Pull-backs fill it; safeguards (release
 * from detention, evacuation) empty detention. Means over five seeds.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES, runModel } from '../../models/index';
import { meanOf, runSeeds, SEEDS, type Levers } from './helpers';

const monthlyMean = (levers: Levers, key: 'transitHub' | 'detained' | 'stranded') =>
  meanOf(runSeeds(levers), (r) => r.months.reduce((s, m) => s + m[key], 0) / r.months.length);

describe('transit hub', () => {
  it('holds people waiting for a crossing even without pull-backs', () => {
    const none: Levers = { 'enforcement.pullbacks': 0 };
    expect(monthlyMean(none, 'transitHub')).toBeGreaterThan(0);
    expect(monthlyMean(none, 'detained')).toBe(0);
  });

  it('grows with pull-backs, which bring people back to it', () => {
    const low = monthlyMean({ 'enforcement.pullbacks': 0 }, 'transitHub');
    const high = monthlyMean({ 'enforcement.pullbacks': 1 }, 'transitHub');
    expect(high).toBeGreaterThan(1.2 * low);
  });

  it('holds fewer people in detention when safeguards are strong', () => {
    const weak = monthlyMean({ 'enforcement.pullbacks': 1, 'protection.safeguards': 0 }, 'detained');
    const strong = monthlyMean({ 'enforcement.pullbacks': 1, 'protection.safeguards': 1 }, 'detained');
    expect(strong).toBeLessThan(0.7 * weak);
  });

  it('takes people pulled back or stopped on the coast back to it: to detention without safeguards, never with full safeguards', () => {
    const levers = { 'enforcement.pullbacks': 1, 'transit.containment': 0.5 };
    for (const seed of SEEDS) {
      const low = runModel({ levers: { ...levers, 'protection.safeguards': 0 }, seed, agents: 20_000, months: 36 });
      for (let t = 1; t < low.months.length; t++) {
        const [before, now] = [low.months[t - 1], low.months[t]];
        // Detention fills only from pull-backs and stops on the coast (all of them, with no safeguards).
        expect(now.detained - before.detained).toBeLessThanOrEqual(now.pullbacks + now.departuresPrevented + 1e-6);
      }
      expect(low.months.reduce((s, m) => s + m.detained, 0)).toBeGreaterThan(0);
      const high = runModel({ levers: { ...levers, 'protection.safeguards': 1 }, seed, agents: 20_000, months: 36 });
      expect(high.months.every((m) => m.detained === 0)).toBe(true);
      expect(high.months.reduce((s, m) => s + m.stranded, 0)).toBeGreaterThan(0);
    }
  });

  it('conserves people: the stranded change by pull-backs and stops on the coast coming in, and crossings paid for again and moves onward going out', () => {
    // No other way in or out: no evacuation (safeguards 0), nobody goes home from the transit
    // country, and nobody is sent home by the destination (no interdiction, no routine controls),
    // so every repeat hire is someone paying again from the transit country.
    const calibration = { strandedReturnHomePerMonth: 0 };
    const routes = ROUTES.map((r) => ({ ...r, baseInterception: 0 }));
    const levers = { 'protection.safeguards': 0, 'enforcement.pullbacks': 1, 'enforcement.interdiction': 0, 'transit.containment': 0.5 };
    for (const seed of SEEDS) {
      const run = runModel({ levers, calibration, routes, seed, agents: 20_000, months: 48 });
      let moved = 0;
      for (let t = 1; t < run.months.length; t++) {
        const [before, now] = [run.months[t - 1], run.months[t]];
        const flows = now.pullbacks + now.departuresPrevented - now.repeatAttempts - now.movedOn;
        expect(now.stranded - before.stranded).toBeCloseTo(flows, 6);
        moved += now.repeatAttempts;
      }
      expect(moved).toBeGreaterThan(0);
    }
  });
});
