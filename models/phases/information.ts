/**
 * Phase 6 — information. Each crossing method's community memory is an exponential average of
 * recent attempts on it: how many died, how many were stopped (at sea, on the land leg, or on the
 * transit country's coast before sailing). Informed people judge a
 * method by this memory; the uninformed by the smugglers' reassurance (a fraction of the method's
 * risk in calm weather without rescue — they can see what kind of boat they are sold). Information
 * campaigns raise everyone's share of informed judgement (see choice).
 */
import type { Calibration } from '../params/calibration';
import type { MethodSpec } from '../methods';
import type { RouteSpec } from '../routes';
import type { World } from '../world';
import type { MonthCounters } from './counters';

/** Weight, in people, of the prior belief that a method is as risky as its calm-weather risk without rescue. */
const PRIOR_PEOPLE = 50;

export function updateInformation(world: World, c: MonthCounters, cal: Calibration, agentWeight: number): void {
  const keep = 1 / cal.informationMemoryMonths;
  world.methods.forEach((m, g) => {
    // A departure stopped on the coast (containment) is an attempt stopped, as a pull-back is:
    // word of it reaches home the same way.
    const stopped = c.interceptions[g] + c.prevented[g];
    m.memoryEnded += ((c.ended[g] + c.prevented[g]) * agentWeight - m.memoryEnded) * keep;
    m.memoryDeaths += (c.deaths[g] * agentWeight - m.memoryDeaths) * keep;
    m.memoryIntercepted += (stopped * agentWeight - m.memoryIntercepted) * keep;
  });
}

/** Death risk of a method's crossing in calm weather without rescue: the prior, and what smugglers' reassurance scales. */
export function referenceRisk(route: RouteSpec, m: MethodSpec): number {
  return route.crossingDeathRisk * m.riskCalm;
}

export function knownRisks(
  world: World,
  routes: readonly RouteSpec[],
  methods: readonly MethodSpec[],
  methodRoute: Uint8Array,
  death: Float64Array,
  interception: Float64Array,
): void {
  methods.forEach((spec, g) => {
    const route = routes[methodRoute[g]];
    const m = world.methods[g];
    const denom = m.memoryEnded + PRIOR_PEOPLE;
    death[g] = (m.memoryDeaths + PRIOR_PEOPLE * referenceRisk(route, spec)) / denom;
    interception[g] = (m.memoryIntercepted + PRIOR_PEOPLE * route.baseInterception * spec.interdictionVisibility) / denom;
  });
}
