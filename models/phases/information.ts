/**
 * Phase 6 — information. Each route's community memory is an exponential average of recent
 * journeys that ended on it: how many died, how many were stopped. Informed people judge a route
 * by this memory; the uninformed by the smugglers' reassurance (a fraction of the base risk).
 * Information campaigns raise everyone's share of informed judgement (see choice).
 */
import type { Calibration } from '../params/calibration';
import type { RouteSpec } from '../routes';
import type { World } from '../world';
import type { MonthCounters } from './counters';

/** Weight, in people, of the prior belief that a route is as risky as its base risk. */
const PRIOR_PEOPLE = 50;

export function updateInformation(world: World, c: MonthCounters, cal: Calibration, agentWeight: number): void {
  const keep = 1 / cal.informationMemoryMonths;
  world.markets.forEach((m, r) => {
    m.memoryEnded += (c.ended[r] * agentWeight - m.memoryEnded) * keep;
    m.memoryDeaths += (c.deaths[r] * agentWeight - m.memoryDeaths) * keep;
    m.memoryIntercepted += (c.interceptions[r] * agentWeight - m.memoryIntercepted) * keep;
  });
}

export function knownRisks(world: World, routes: readonly RouteSpec[], death: Float64Array, interception: Float64Array): void {
  routes.forEach((route, r) => {
    const m = world.markets[r];
    const denom = m.memoryEnded + PRIOR_PEOPLE;
    death[r] = (m.memoryDeaths + PRIOR_PEOPLE * route.crossingDeathRisk) / denom;
    interception[r] = (m.memoryIntercepted + PRIOR_PEOPLE * route.baseInterception) / denom;
  });
}
