/**
 * Phase 7b — records per route and per crossing method (the declared ROUTE_OUTPUTS), month by
 * month, in people. A route's flows are the sums of its methods' and the run's monthly flows the
 * sums of the routes', so they add up exactly to the totals.
 */
import type { RouteOutputKey, RouteMonthRecord } from '../outputs';
import { METHOD_SLOTS, type World } from '../world';
import type { MethodSpec } from '../methods';
import type { MonthCounters } from './counters';

export function recordRoutes(
  month: number,
  c: MonthCounters,
  world: World,
  methods: readonly MethodSpec[],
  routeMethods: readonly (readonly number[])[],
  feeWeights: Float64Array,
  weight: number,
): RouteMonthRecord[] {
  return routeMethods.map((own, r) => {
    const pool = world.routes[r].operators;
    const byMethod = own.map((g, j) => {
      // Operators in business on the method (each cohort counted by its share in business times
      // the share of its capacity on the method); its reusable boats (one reusable method per route).
      let operators = 0;
      let vessels = 0;
      for (let o = 0; o < pool.size; o++) {
        operators += pool.active[o] * pool.share[o * METHOD_SLOTS + j];
        if (methods[g].reusable) vessels += pool.vessels[o];
      }
      const rec: Record<RouteOutputKey, number> = {
        attempts: c.hires[g] * weight,
        departures: c.departures[g] * weight,
        arrivals: c.arrivals[g] * weight,
        deathsMissing: c.deaths[g] * weight,
        deathsOnLand: c.landDeaths[g] * weight,
        interceptions: c.interceptions[g] * weight,
        pullbacks: c.pullbacks[g] * weight,
        journeysEnded: c.ended[g] * weight,
        revenueUsd: c.feesPaidUsd[g] * weight,
        feeUsd: world.methods[g].feeUsd,
        operators,
        capacity: world.methods[g].seatsPeople,
        vessels,
        remoteTrackShare: world.routes[r].remoteShare,
      };
      return rec;
    });
    const total = (k: RouteOutputKey) => byMethod.reduce((s, m) => s + m[k], 0);
    let hires = 0;
    let paid = 0;
    let weighted = 0;
    let weights = 0;
    for (const g of own) {
      hires += c.hires[g];
      paid += c.feesPaidUsd[g];
      weighted += feeWeights[g] * world.methods[g].feeUsd;
      weights += feeWeights[g];
    }
    const posted = weights > 0 ? weighted / weights : own.reduce((s, g) => s + world.methods[g].feeUsd, 0) / Math.max(1, own.length);
    return {
      month,
      attempts: total('attempts'),
      departures: total('departures'),
      arrivals: total('arrivals'),
      deathsMissing: total('deathsMissing'),
      deathsOnLand: total('deathsOnLand'),
      interceptions: total('interceptions'),
      pullbacks: total('pullbacks'),
      journeysEnded: total('journeysEnded'),
      revenueUsd: total('revenueUsd'),
      feeUsd: hires > 0 ? paid / hires : posted,
      operators: routeOperators(world, r),
      capacity: total('capacity'),
      vessels: total('vessels'),
      remoteTrackShare: world.routes[r].remoteShare,
      byMethod,
    };
  });
}

/** Operators in business on route r (cohorts counted by their share in business). */
function routeOperators(world: World, r: number): number {
  const pool = world.routes[r].operators;
  let n = 0;
  for (let o = 0; o < pool.size; o++) n += pool.active[o];
  return n;
}
