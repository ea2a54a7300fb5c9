/** Shaping results for the charts. */
import { describe, expect, it } from 'vitest';
import { OUTPUTS, isOutputKey, runModel, type RunResult } from '../../../models/index';
import { monthlySeries, planeDomain, routeRows, spanValue, viewSeries, runMeanPoint, sameRows, wrapWords, yearlyIndexPath } from './chart-data';
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

  it('shows a year as one value: a rate as deaths over the year ÷ journeys ended in it, a flow as its mean month', () => {
    const rows = viewSeries(mine, base, 'deathRatePerAttempt', 'year');
    // 30 months: two whole years and a partial third, each drawn at its last month.
    expect(rows.map((r) => r.month)).toEqual([12, 24, 30]);
    const year2 = mine.months.slice(12, 24);
    const deaths = year2.reduce((s, m) => s + m.deathsMissing, 0);
    const ended = year2.reduce((s, m) => s + m.journeysEnded, 0);
    expect(rows[1].current).toBeCloseTo(deaths / ended, 12);
    // Not the mean of the monthly rates, which would weigh a quiet month like a busy one.
    const quiet = { ...mine.months[0], deathsMissing: 1, journeysEnded: 10, deathRatePerAttempt: 0.1 };
    const busy = { ...mine.months[1], deathsMissing: 0, journeysEnded: 990, deathRatePerAttempt: 0 };
    expect(spanValue([quiet, busy], 'deathRatePerAttempt')).toBeCloseTo(1 / 1000, 12);
    expect(spanValue([quiet, busy], 'journeysEnded')).toBe(500);
    expect(rows[2].baseline).toBeCloseTo(spanValue(base.months.slice(24, 30), 'deathRatePerAttempt'), 12);
    const demand = viewSeries(mine, null, 'smugglingDemand', 'year');
    expect(demand[0]).toEqual({ month: 12, current: mine.months.slice(0, 12).reduce((s, m) => s + m.smugglingDemand, 0) / 12 });
  });

  it('smooths month by month over the twelve months up to each (fewer at the start), against the baseline smoothed alike', () => {
    const rows = viewSeries(mine, base, 'smugglingDemand', 'smoothed');
    expect(rows).toHaveLength(30);
    expect(rows[0].current).toBe(mine.months[0].smugglingDemand);
    expect(rows[2].current).toBeCloseTo((mine.months[0].smugglingDemand + mine.months[1].smugglingDemand + mine.months[2].smugglingDemand) / 3, 9);
    expect(rows[20].baseline).toBeCloseTo(base.months.slice(9, 21).reduce((s, m) => s + m.smugglingDemand, 0) / 12, 9);
    expect(viewSeries(mine, base, 'smugglingDemand', 'month')).toEqual(monthlySeries(mine, base, 'smugglingDemand'));
  });

  it('names real outputs as the parts of every declared rate', () => {
    for (const o of OUTPUTS) {
      if (o.kind !== 'rate') continue;
      expect('ratio' in o && isOutputKey(o.ratio.numerator) && isOutputKey(o.ratio.denominator), o.key).toBe(true);
    }
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

describe('planeDomain', () => {
  it('is 0–100 while every point is at or above 0', () => {
    expect(planeDomain([{ x: 0, y: 100 }, { x: 42, y: 3 }])).toEqual({ domain: [0, 100], ticks: [0, 25, 50, 75, 100] });
  });
  it('reaches below 0, in whole steps, to the lowest point on either axis', () => {
    expect(planeDomain([{ x: 35, y: -24 }]).domain).toEqual([-25, 100]);
    expect(planeDomain([{ x: -25, y: 60 }]).domain).toEqual([-25, 100]);
    expect(planeDomain([{ x: 10, y: 10 }, { x: 20, y: -137.7 }])).toEqual({ domain: [-150, 100], ticks: [-150, -125, -100, -75, -50, -25, 0, 25, 50, 75, 100] });
  });
  it('ignores values that are not numbers', () => {
    expect(planeDomain([{ x: Number.NaN, y: -Infinity }]).domain).toEqual([0, 100]);
  });
  it('hands out the same axes for points that need the same extent, so the chart keeps its axes between runs', () => {
    const first = planeDomain([{ x: 40, y: 55 }]);
    const next = planeDomain([{ x: 71, y: 12 }]);
    expect(next).toBe(first);
    expect(next.domain).toBe(first.domain);
    expect(next.ticks).toBe(first.ticks);
    expect(planeDomain([{ x: 40, y: -3 }])).not.toBe(first);
    expect(planeDomain([{ x: -20, y: 5 }])).toBe(planeDomain([{ x: 8, y: -1 }]));
  });
});
