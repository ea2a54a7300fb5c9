/**
 * The transit country as a stock (the `transitHub` and `detained` outputs): people who wait at the
 * coast for a sea crossing and people pulled back there. Pull-backs fill it; safeguards (release
 * from detention, evacuation) empty detention. Means over five seeds.
 */
import { describe, expect, it } from 'vitest';
import { meanOf, runSeeds, type Levers } from './helpers';

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
});
