/** Shaping results for the charts. */
import { describe, expect, it } from 'vitest';
import { runModel, type RunResult } from '../../../models/index';
import { monthlySeries, routeRows, runMeanPoint, sameRows, wrapWords, yearlyIndexPath } from './chart-data';
import { yearTicks } from './chart-theme';

const run = (levers: Record<string, number> = {}): RunResult => runModel({ agents: 2_000, months: 30, seed: 3, levers });

describe('chart data', () => {
  const base = run();
  const mine = run({ 'enforcement.intensity': 0.9 });

  it('places a run on the plane by its yearly means, a partial last year included, and its run mean', () => {
    const path = yearlyIndexPath(base.months);
    expect(path.map((p) => p.year)).toEqual([1, 2, 3]);
    const firstYear = base.months.slice(0, 12);
    expect(path[0].y).toBeCloseTo(firstYear.reduce((s, m) => s + m.humanSecurityIndex, 0) / 12, 10);
    expect(path[2].x).toBeCloseTo(base.months.slice(24).reduce((s, m) => s + m.stateSecurityIndex, 0) / 6, 10);
    expect(runMeanPoint(base)).toEqual({ x: base.summary.stateSecurityIndex, y: base.summary.humanSecurityIndex, year: 0 });
  });

  it('pairs each month of the run with the baseline’s, months counted from 1', () => {
    const rows = monthlySeries(mine, base, 'deathRatePerAttempt');
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({ month: 1, current: mine.months[0].deathRatePerAttempt, baseline: base.months[0].deathRatePerAttempt });
    expect(monthlySeries(mine, null, 'smugglingDemand')[5]).toEqual({ month: 6, current: mine.months[5].smugglingDemand });
  });

  it('compares routes by id', () => {
    const rows = routeRows(mine.summary.byRoute, base.summary.byRoute, 'attempts');
    expect(rows.map((r) => r.route)).toEqual(mine.summary.byRoute.map((r) => r.route));
    expect(rows[1].baseline).toBe(base.summary.byRoute[1].attempts);
  });

  it('tells equal rows from changed ones', () => {
    expect(sameRows([{ a: 1, b: 2 }], [{ a: 1, b: 2 }])).toBe(true);
    expect(sameRows([{ a: 1, b: 2 }], [{ a: 1, b: 3 }])).toBe(false);
    expect(sameRows([{ a: 1 }], [{ a: 1 }, { a: 1 }])).toBe(false);
    expect(sameRows([{ a: NaN }], [{ a: NaN }])).toBe(true);
  });

  it('wraps labels and spaces year ticks', () => {
    expect(wrapWords('State in control, people at risk', 16)).toEqual(['State in', 'control, people', 'at risk']);
    expect(wrapWords('Both more secure', 40)).toEqual(['Both more secure']);
    expect(yearTicks(120)).toEqual([12, 24, 36, 48, 60, 72, 84, 96, 108, 120]);
    expect(yearTicks(240)).toEqual([24, 48, 72, 96, 120, 144, 168, 192, 216, 240]);
  });
});
