/**
 * Turns the levers in force in a month into the effective quantities the mechanisms use. This is
 * the only place where the scaling rules of the lever contract live: `insecurity.level` scales
 * each dimension and `enforcement.intensity` scales each enforcement instrument.
 */
import { INSECURITY_DIMENSIONS, type LeverValues } from './params/levers';

export interface Policy {
  /** Target regional level of each insecurity dimension before root-cause effects, 0–1. */
  readonly dimensionTargets: Float64Array;
  readonly pathways: number;
  readonly interdiction: number;
  readonly prosecution: number;
  readonly vesselDestruction: number;
  readonly pullbacks: number;
  readonly rescue: number;
  readonly rootInvestment: number;
  readonly campaigns: number;
  readonly safeguards: number;
  readonly cooperation: number;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function derivePolicy(levers: LeverValues): Policy {
  const level = clamp01(levers['insecurity.level']);
  const dimensionTargets = new Float64Array(INSECURITY_DIMENSIONS.length);
  INSECURITY_DIMENSIONS.forEach((d, i) => {
    dimensionTargets[i] = clamp01(2 * level * clamp01(levers[`insecurity.${d}`]));
  });
  const intensity = clamp01(levers['enforcement.intensity']);
  return {
    dimensionTargets,
    pathways: clamp01(levers['regularPathways.availability']),
    interdiction: intensity * clamp01(levers['enforcement.interdiction']),
    prosecution: intensity * clamp01(levers['enforcement.prosecution']),
    vesselDestruction: intensity * clamp01(levers['enforcement.vesselDestruction']),
    pullbacks: intensity * clamp01(levers['enforcement.pullbacks']),
    rescue: clamp01(levers['searchAndRescue.capacity']),
    rootInvestment: clamp01(levers['rootCauses.investment']),
    campaigns: clamp01(levers['information.campaigns']),
    safeguards: clamp01(levers['protection.safeguards']),
    cooperation: clamp01(levers['cooperation.regional']),
  };
}
