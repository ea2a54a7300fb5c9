/**
 * Phase 1 — context. Regional insecurity in each dimension moves towards the level the levers
 * set: quickly when it worsens (a shock), slowly when it improves (recovery takes time).
 * Root-cause investment acts through a pipeline: what is invested in month m starts to matter
 * after a gestation period and then builds up gradually, lowering the material dimensions
 * (economic, food, health, environmental) — never the fear-related ones directly.
 */
import type { Calibration } from '../params/calibration';
import type { Policy } from '../policy';
import type { World } from '../world';

/** Indices of the material dimensions that development can reduce. */
export const MATERIAL_DIMENSIONS = [0, 1, 2, 3] as const;

export function updateContext(world: World, policyNow: Policy, investmentMatured: number, cal: Calibration): void {
  world.rootEffect += (investmentMatured - world.rootEffect) / cal.rootBuildUpMonths;
  const relief = cal.rootMaxReduction * world.rootEffect;
  for (let d = 0; d < world.dimensions.length; d++) {
    let target = policyNow.dimensionTargets[d];
    if (d < MATERIAL_DIMENSIONS.length) target *= 1 - relief;
    const current = world.dimensions[d];
    const tau = target > current ? cal.contextRiseMonths : cal.contextRecoveryMonths;
    world.dimensions[d] = current + (target - current) / tau;
  }
}

/** Income multiplier from matured root-cause investment (people can spend more). */
export function incomeFactor(world: World, cal: Calibration): number {
  return 1 + cal.rootIncomeGain * world.rootEffect;
}
