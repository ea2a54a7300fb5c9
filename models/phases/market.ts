/**
 * Phase 4 — the smuggling market, one per route. The posted fee moves towards a target: the base
 * fee, plus a risk premium for interdiction and pull-backs on that route, times a scarcity factor
 * (this month's bookings, or last month's crowd at the coast if larger, over capacity). Capacity follows profit: new smugglers take up unmet
 * demand while the margin is positive, idle capacity leaves, and prosecution removes a share each
 * month. Without regional cooperation arrests hit low-level operators and are quickly replaced;
 * with it, prosecution also slows new entry. On sea routes, destroying vessels (and, partly,
 * expected rescue) pushes vessel quality down: cheaper, less seaworthy boats.
 */
import type { Calibration } from '../params/calibration';
import type { Policy } from '../policy';
import type { RouteSpec } from '../routes';
import type { World } from '../world';

/** Scarcity factor bounds: fees neither collapse nor explode from congestion alone. */
const SCARCITY_MIN = 0.75;
const SCARCITY_MAX = 2.5;
/** Capacity never falls below this many people a month: some smuggling always remains possible. */
const CAPACITY_FLOOR_PER_MONTH = 100;
/** Extra capacity removed by arrests at full cooperation (organisers, not just drivers). */
const ORGANISER_ARREST_GAIN = 2;
/** Share of new entry deterred at full, targeted prosecution. */
const ENTRY_DETERRENCE_AT_FULL_TARGETING = 0.8;
/** Vessel quality falls fast when boats are destroyed (monthly share of the gap). */
const QUALITY_FALL_PER_MONTH = 0.3;

/** Share of pull-back strength that counts as pressure on smugglers (they are stopped near the coast they left). */
const PULLBACK_PRESSURE_SHARE = 0.5;
/** Extra running cost (share of base fee) at full vessel destruction: boats must be replaced. */
const DESTRUCTION_COST_SHARE = 0.5;

/** Effective interdiction pressure on a route (interdiction times exposure, plus pull-backs at sea). */
export function pressureOn(route: RouteSpec, policy: Policy): number {
  return policy.interdiction * route.enforcementExposure + (route.sea ? PULLBACK_PRESSURE_SHARE * policy.pullbacks : 0);
}

export function targetVesselQuality(policy: Policy, cal: Calibration): number {
  return Math.max(0, 1 - cal.vesselDestructionQualityLoss * policy.vesselDestruction - cal.vesselRescueQualityLoss * policy.rescue);
}

export function updateMarkets(
  world: World,
  routes: readonly RouteSpec[],
  policy: Policy,
  cal: Calibration,
  agentWeight: number,
  bookings: Float64Array,
): void {
  for (let r = 0; r < routes.length; r++) {
    const route = routes[r];
    const m = world.markets[r];
    const pressure = pressureOn(route, policy);
    // Smugglers see this month's bookings (paid up front) and last month's crowd at the coast.
    const readyPeople = m.readyLastMonth * agentWeight;
    const pressurePeople = Math.max(readyPeople, bookings[r] * agentWeight);
    const ratio = pressurePeople / Math.max(m.capacityPerMonth, 1);
    const scarcity = Math.min(SCARCITY_MAX, Math.max(SCARCITY_MIN, Math.pow(Math.max(ratio, 1e-9), cal.marketScarcityElasticity)));
    const target = route.baseFeeUsd * (1 + cal.marketFeeEnforcementPremium * pressure) * scarcity;
    m.feeUsd += cal.marketFeeAdjustPerMonth * (target - m.feeUsd);

    m.departureShare = readyPeople > 0 ? Math.min(1, m.capacityPerMonth / readyPeople) : 1;

    const destruction = route.sea ? policy.vesselDestruction : 0;
    const unitCost = cal.marketUnitCostShare * route.baseFeeUsd * (1 + pressure + DESTRUCTION_COST_SHARE * destruction + policy.prosecution * policy.cooperation);
    // With cooperation, arrests reach organisers: more capacity removed, and new entry deterred.
    const targeted = policy.prosecution * policy.cooperation;
    let cap = m.capacityPerMonth;
    cap -= cal.marketArrestPerMonth * policy.prosecution * (1 + ORGANISER_ARREST_GAIN * policy.cooperation) * cap;
    if (m.feeUsd > unitCost && readyPeople > cap) {
      cap += cal.marketEntryPerMonth * (1 - ENTRY_DETERRENCE_AT_FULL_TARGETING * targeted) * (readyPeople - cap);
    } else if (readyPeople < cap) {
      cap -= cal.marketExitPerMonth * (cap - readyPeople);
    }
    m.capacityPerMonth = Math.max(CAPACITY_FLOOR_PER_MONTH, cap);

    if (route.sea) {
      const q = targetVesselQuality(policy, cal);
      const rate = q < m.vesselQuality ? QUALITY_FALL_PER_MONTH : cal.vesselRecoveryPerMonth;
      m.vesselQuality += rate * (q - m.vesselQuality);
    }
  }
}
