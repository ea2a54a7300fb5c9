/**
 * Policy with an address: a lever aimed at one route acts there only, timeline entries for one
 * route and for all routes combine in the order given, and what pull-backs achieve levels off at
 * the coastguard's capacity when departures surge.
 */
import { describe, expect, it } from 'vitest';
import { compileSchedule, defaultCalibration, fixAimedLever, leversOnRoute, METHODS, runModel, ROUTES, ROUTE_IDS, withFixedLevers, type RouteId, type RunResult } from '../../models/index';
import { searchChance } from '../../models/phases/patrols';

/** The least visible sea method's visibility to the coastguard (methods.ts). */
const MIN_PULLBACK_VISIBILITY = Math.min(...METHODS.filter((m) => m.pullbackVisibility > 0).map((m) => m.pullbackVisibility));

const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 20_000;

function routeTotal(runs: readonly RunResult[], route: string, key: 'pullbacks' | 'departures' | 'interceptions'): number {
  return runs.reduce((s, r) => s + r.routes.find((x) => x.route === route)!.months.reduce((a, m) => a + m[key], 0), 0) / runs.length;
}

describe('levers aimed at a route', () => {
  it('compile so that later entries win, whether aimed at one route or at all', () => {
    const s = compileSchedule(
      { 'enforcement.pullbacks': 0.5 },
      [
        { lever: 'enforcement.pullbacks', value: 1, fromMonth: 10, route: 'desertSea' },
        { lever: 'enforcement.pullbacks', value: 0, fromMonth: 20 },
        { lever: 'enforcement.pullbacks', value: 0.7, fromMonth: 30, route: 'shortSea' },
      ],
      40,
      ROUTE_IDS,
      { shortSea: { 'enforcement.pullbacks': 0.2 } },
    );
    const at = (m: number, id: RouteId) => leversOnRoute(s, m, ROUTE_IDS.indexOf(id))['enforcement.pullbacks'];
    expect([at(0, 'shortSea'), at(0, 'desertSea'), at(10, 'desertSea'), at(10, 'shortSea')]).toEqual([0.2, 0.5, 1, 0.2]);
    expect([at(20, 'shortSea'), at(20, 'desertSea'), at(30, 'shortSea'), at(30, 'desertSea')]).toEqual([0, 0, 0.7, 0]);
  });

  it('fixed on one route (--set KEY@ROUTE=V): that route holds the value all run, the others keep the timeline', () => {
    const input = {
      levers: { 'enforcement.pullbacks': 0.3 },
      routeLevers: { shortSea: { 'enforcement.pullbacks': 0.2 } },
      timeline: [
        { lever: 'enforcement.pullbacks' as const, value: 1, fromMonth: 10, route: 'desertSea' as const },
        { lever: 'enforcement.pullbacks' as const, value: 0.6, fromMonth: 20 },
        { lever: 'enforcement.pullbacks' as const, value: 0.9, fromMonth: 25, route: 'shortSea' as const },
        { lever: 'enforcement.intensity' as const, value: 0.9, fromMonth: 5 },
      ],
    };
    const fixed = fixAimedLever(input, 'enforcement.pullbacks', 'shortSea', 0.7, ROUTE_IDS);
    const s = compileSchedule(fixed.levers, fixed.timeline, 40, ROUTE_IDS, fixed.routeLevers);
    const at = (m: number, id: RouteId) => leversOnRoute(s, m, ROUTE_IDS.indexOf(id))['enforcement.pullbacks'];
    for (const m of [0, 10, 20, 30]) expect(at(m, 'shortSea')).toBe(0.7);
    expect([at(0, 'desertSea'), at(10, 'desertSea'), at(20, 'desertSea'), at(30, 'desertSea')]).toEqual([0.3, 1, 0.6, 0.6]);
    expect(fixed.timeline.filter((e) => e.lever === 'enforcement.intensity')).toHaveLength(1);
    // Fixed on every route, it loses the values aimed at single routes too.
    const all = withFixedLevers(fixed, { 'enforcement.pullbacks': 0.1 });
    const t = compileSchedule(all.levers, all.timeline, 40, ROUTE_IDS, all.routeLevers);
    for (const id of ROUTE_IDS) for (const m of [0, 15, 39]) expect(leversOnRoute(t, m, ROUTE_IDS.indexOf(id))['enforcement.pullbacks']).toBe(0.1);
  });

  it('pull-backs aimed at one route act on that route only', () => {
    const base = SEEDS.map((seed) => runModel({ seed, agents: AGENTS, months: 60 }));
    const aimed = SEEDS.map((seed) => runModel({ seed, agents: AGENTS, months: 60, routeLevers: { desertSea: { 'enforcement.pullbacks': 1 } } }));
    const rate = (runs: RunResult[], id: string) => routeTotal(runs, id, 'pullbacks') / routeTotal(runs, id, 'departures');
    expect(rate(aimed, 'desertSea')).toBeGreaterThan(1.5 * rate(base, 'desertSea'));
    // On the other sea route the coastguard's effort is unchanged: the chance of being pulled back
    // moves only as much as the crowd it faces does.
    expect(Math.abs(rate(aimed, 'shortSea') / rate(base, 'shortSea') - 1)).toBeLessThan(0.1);
    expect(routeTotal(aimed, 'air', 'pullbacks')).toBe(0);
  });

  it('pull-backs level off as departures surge, along Holling’s curve and well below the capacity (the documented ceiling)', () => {
    const route = ROUTES.find((r) => r.id === 'desertSea')!;
    const capacity = route.pullbackCapacityAtFull;
    const d = searchChance(1, defaultCalibration().pullbackDetectionAtFull);
    // Holling's type II: of V visible departures a month the coastguard pulls back d·V·C ÷ (C + d·V).
    const holling = (visible: number) => (d * visible * capacity) / (capacity + d * visible);
    const levels = [0.3, 0.6, 0.9];
    const points = levels.map((level) => {
      const runs = SEEDS.slice(0, 3).map((seed) => runModel({ seed, agents: AGENTS, months: 36, levers: { 'insecurity.level': level, 'enforcement.intensity': 1, 'enforcement.pullbacks': 1 } }));
      const months = runs.flatMap((r) => r.routes.find((x) => x.route === 'desertSea')!.months);
      return {
        departures: months.reduce((s, m) => s + m.departures, 0) / months.length,
        pullbacks: months.reduce((s, m) => s + m.pullbacks, 0) / months.length,
        // Bounds month by month: every method fully visible (upper), or only as visible as the least visible one (lower).
        upper: months.reduce((s, m) => s + holling(m.departures), 0) / months.length,
        lower: months.reduce((s, m) => s + holling(MIN_PULLBACK_VISIBILITY * m.departures), 0) / months.length,
      };
    });
    expect(points[2].departures).toBeGreaterThan(points[0].departures * 1.5);
    for (const p of points) {
      expect(p.pullbacks).toBeLessThanOrEqual(1.05 * p.upper);
      expect(p.pullbacks).toBeGreaterThanOrEqual(0.95 * p.lower);
    }
    // The share pulled back falls as departures rise: the coastguard is saturating.
    const share = points.map((p) => p.pullbacks / p.departures);
    expect(share[1]).toBeLessThan(share[0]);
    expect(share[2]).toBeLessThan(share[1]);
    // The ceiling stated in routes.ts and ODD 7.7: at the most departures the model produces on this
    // route (about 14,000 a month), pull-backs level off near two fifths of the capacity, not at it.
    expect(points[2].pullbacks).toBeGreaterThan(0.3 * capacity);
    expect(points[2].pullbacks).toBeLessThan(0.45 * capacity);
  });
});
