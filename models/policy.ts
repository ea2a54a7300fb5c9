/**
 * Turns the levers in force in a month into the effective quantities the mechanisms use. This is
 * the only place where the scaling rules of the lever contract live: `insecurity.level` scales
 * each dimension, and `enforcement.intensity` scales each enforcement instrument — route by route,
 * since enforcement and rescue levers can be aimed at one route. Instruments that act at sea
 * (pull-backs, vessel destruction, rescue) have no strength on a route without a sea crossing.
 */
import { INSECURITY_DIMENSIONS, type LeverValues } from './params/levers';
import type { RouteSpec } from './routes';

export interface Policy {
  /** Target regional level of each insecurity dimension before root-cause effects, 0–1. */
  readonly dimensionTargets: Float64Array;
  readonly pathways: number;
  readonly rootInvestment: number;
  readonly campaigns: number;
  readonly safeguards: number;
  readonly cooperation: number;
  /** Strength 0–1 of each instrument on each route (indexed like the run's routes). */
  readonly interdiction: Float64Array;
  readonly prosecution: Float64Array;
  readonly vesselDestruction: Float64Array;
  readonly pullbacks: Float64Array;
  readonly rescue: Float64Array;
  /** Strength 0–1 of the transit State's coast control on each route (not scaled by enforcement intensity). */
  readonly containment: Float64Array;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * `levers` are the levers in force for all routes; `onRoute[r]`, when given, the levers in force on
 * route r (the same values with any aimed at that route).
 */
export function derivePolicy(levers: LeverValues, routes: readonly Pick<RouteSpec, 'sea'>[], onRoute?: readonly LeverValues[]): Policy {
  const level = clamp01(levers['insecurity.level']);
  const dimensionTargets = new Float64Array(INSECURITY_DIMENSIONS.length);
  INSECURITY_DIMENSIONS.forEach((d, i) => {
    dimensionTargets[i] = clamp01(2 * level * clamp01(levers[`insecurity.${d}`]));
  });
  const n = routes.length;
  const policy: Policy = {
    dimensionTargets,
    pathways: clamp01(levers['regularPathways.availability']),
    rootInvestment: clamp01(levers['rootCauses.investment']),
    campaigns: clamp01(levers['information.campaigns']),
    safeguards: clamp01(levers['protection.safeguards']),
    cooperation: clamp01(levers['cooperation.regional']),
    interdiction: new Float64Array(n),
    prosecution: new Float64Array(n),
    vesselDestruction: new Float64Array(n),
    pullbacks: new Float64Array(n),
    rescue: new Float64Array(n),
    containment: new Float64Array(n),
  };
  for (let r = 0; r < n; r++) {
    const l = onRoute?.[r] ?? levers;
    const intensity = clamp01(l['enforcement.intensity']);
    const sea = routes[r].sea ? 1 : 0;
    policy.interdiction[r] = intensity * clamp01(l['enforcement.interdiction']);
    policy.prosecution[r] = intensity * clamp01(l['enforcement.prosecution']);
    policy.vesselDestruction[r] = sea * intensity * clamp01(l['enforcement.vesselDestruction']);
    policy.pullbacks[r] = sea * intensity * clamp01(l['enforcement.pullbacks']);
    policy.rescue[r] = sea * clamp01(l['searchAndRescue.capacity']);
    policy.containment[r] = sea * clamp01(l['transit.containment']);
  }
  return policy;
}
