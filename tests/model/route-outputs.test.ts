/**
 * Outputs per route and per crossing method, month by month: every flow of a route is the sum of
 * its methods', and the routes' flows add up to the run's monthly totals and to the summary.
 * With a whole number of people per agent the counts of people add up exactly, to the last bit;
 * fees paid add up to within rounding.
 */
import { describe, expect, it } from 'vitest';
import { runModel, ROUTE_OUTPUTS, type MonthRecord, type RouteOutputKey, type RunResult } from '../../models/index';

/** Route flow → the run's monthly output it adds up to. */
const TOTALS: Partial<Record<RouteOutputKey, keyof MonthRecord>> = {
  attempts: 'smugglingDemand',
  departures: 'departures',
  arrivals: 'irregularArrivals',
  deathsMissing: 'deathsMissing',
  interceptions: 'interceptions',
  pullbacks: 'pullbacks',
  journeysEnded: 'journeysEnded',
  deathsOnLand: 'deathsOnLand',
  revenueUsd: 'smugglerRevenueUsd',
};
const FLOWS = ROUTE_OUTPUTS.filter((o) => o.kind === 'flow').map((o) => o.key);

function checkAddsUp(run: RunResult, exactCounts: boolean): void {
  const same = (a: number, b: number, what: string) => {
    // Counts of people are exact; fees (not whole numbers) add up to within rounding.
    if (exactCounts && !what.startsWith('revenueUsd') && !what.includes(' revenueUsd')) expect(a, what).toBe(b);
    else expect(Math.abs(a - b), what).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
  };
  run.months.forEach((month, k) => {
    for (const key of FLOWS) {
      let overRoutes = 0;
      for (const series of run.routes) {
        const m = series.months[k];
        expect(m.month).toBe(month.month);
        same(m.byMethod.reduce((s, x) => s + x[key], 0), m[key], `${series.route} ${key} month ${k}`);
        overRoutes += m[key];
      }
      const total = TOTALS[key];
      if (total) same(overRoutes, month[total], `${key} month ${k}`);
    }
  });
  for (const series of run.routes) {
    const b = run.summary.byRoute.find((x) => x.route === series.route)!;
    same(series.months.reduce((s, m) => s + m.attempts, 0), b.attempts, `${series.route} attempts over the run`);
    same(series.months.reduce((s, m) => s + m.deathsMissing, 0), b.deathsMissing, `${series.route} deaths over the run`);
  }
}

describe('outputs per route and method', () => {
  it('add up exactly to the monthly totals, with a whole number of people per agent', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      checkAddsUp(runModel({ seed, agents: 10_000, months: 36, levers: { 'enforcement.intensity': 0.4 + 0.1 * seed } }), true);
    }
  });

  it('add up to the totals within rounding when an agent stands for a fraction of people', () => {
    checkAddsUp(runModel({ seed: 9, agents: 7_000, months: 24, routeLevers: { desertSea: { 'enforcement.pullbacks': 1 } } }), false);
  });

  it('report a fee, operators, capacity and boats for every route and method every month', () => {
    const run = runModel({ seed: 2, agents: 5_000, months: 12 });
    for (const series of run.routes) {
      expect(series.methods.length).toBeGreaterThan(0);
      for (const m of series.months) {
        expect(m.byMethod).toHaveLength(series.methods.length);
        for (const x of [m, ...m.byMethod]) {
          for (const key of ['feeUsd', 'operators', 'capacity', 'vessels'] as const) expect(Number.isFinite(x[key]) && x[key] >= 0, `${series.route} ${key}`).toBe(true);
        }
        expect(m.feeUsd).toBeGreaterThan(0);
      }
    }
  });
});
