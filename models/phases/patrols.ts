/**
 * Patrols, pull-backs, rescue and vessel destruction as assets with capacity, sent where the
 * policy says. On each route an instrument has a strength s (0–1, from its lever aimed at that
 * route or at all routes). Its assets search the sea (or the desert) at random: the chance that
 * they find a fully visible crossing when they have time to spare is Koopman's random-search
 * formula, d = 1 − (1 − d₁)^s, where d₁ is the chance at full strength (each extra patrol sweeps
 * part of what the others have not). They can handle at most s × (their capacity at full strength)
 * people a month. What they achieve then follows Holling's "disc equation" (a type II functional
 * response): with V visible people crossing in the month, each is stopped with chance
 * d ÷ (1 + d·V ÷ C), so the number stopped rises with V at first and then levels off at the
 * capacity C — pull-backs saturate when departures surge — and it acts only on the routes where
 * the assets are. Nothing here multiplies a death risk or a fee: rescue saves people in distress
 * when it reaches them, and what operators lose feeds their costs (costs.ts).
 *
 * The crossing, for the departures of one method: pull-back by the transit coastguard (near the
 * coast); interception by the destination's patrols (routine controls plus patrols); then at sea,
 * distress (the method's risk in the weather it meets), rescue of people in distress (when rescue
 * reaches them, and unless the vessel broke up at once), death of some of those not rescued;
 * everyone else arrives. Vessels pulled back or met at sea (escorted, rescued or intercepted) are
 * recovered by the smugglers unless naval assets destroy them.
 */
import type { Calibration } from '../params/calibration';
import type { MethodSpec } from '../methods';
import { LAND_TRACKS } from '../methods';
import type { Policy } from '../policy';
import type { RouteSpec } from '../routes';
import type { RouteState } from '../world';
import { pow } from '../portable-math';

/** Extra detection from regional cooperation: transit and destination States share information. */
const COOPERATION_DETECTION_GAIN = 0.3;
/** No instrument stops or reaches a crossing with certainty: some always get through. */
const MAX_CHANCE = 0.95;
/** The remote, unescorted land track (declared in methods.ts). */
const REMOTE = LAND_TRACKS[1];

/** Koopman's random search: chance of finding a fully visible crossing at strength s, given the chance `atFull` at full strength. */
export function searchChance(s: number, atFull: number): number {
  if (!(s > 0) || !(atFull > 0)) return 0;
  return 1 - pow(1 - Math.min(atFull, MAX_CHANCE), s);
}

/** Holling type II: chance per visible crossing when `visible` people cross, with detection `d` when idle and capacity `capacity` people a month. */
export function stopChance(d: number, capacity: number, visible: number): number {
  if (!(d > 0) || !(capacity > 0)) return 0;
  return Math.min(MAX_CHANCE, d / (1 + (d * Math.max(0, visible)) / capacity));
}

/** The chances of each event of a crossing, per method of one route this month. */
export interface CrossingChances {
  readonly pullback: Float64Array;
  readonly interception: Float64Array;
  readonly distress: Float64Array;
  readonly rescue: Float64Array;
  readonly fatality: Float64Array;
  /** Chance a vessel is lost on the trip (seized, destroyed, worn out), for operators' costs. */
  readonly vesselLoss: Float64Array;
  readonly crewArrest: Float64Array;
}

export function makeChances(n: number): CrossingChances {
  const z = () => new Float64Array(n);
  return { pullback: z(), interception: z(), distress: z(), rescue: z(), fatality: z(), vesselLoss: z(), crewArrest: z() };
}

/** Distress chance of a method's crossing in this month's weather (its death risk without rescue ÷ the share of people in distress who die). */
export function distressChance(route: RouteSpec, m: MethodSpec, roughShare: number): number {
  const rough = roughShare * m.roughExposure;
  const risk = route.crossingDeathRisk * (m.riskCalm * (1 - rough) + m.riskRough * rough);
  return Math.min(1, risk / m.fatalityInDistress);
}

/**
 * The chances for the methods `own` (global indices into `methods`) of route r, given the month's
 * departures by method in people. Writes into `out` at the methods' global indices.
 */
export function crossingChances(
  out: CrossingChances,
  r: number,
  route: RouteSpec,
  own: readonly number[],
  methods: readonly MethodSpec[],
  departures: Float64Array,
  policy: Policy,
  roughShare: number,
  cal: Calibration,
): void {
  // Transit coastguard, near the coast the boats leave from.
  const sPull = policy.pullbacks[r];
  let visiblePull = 0;
  for (const g of own) visiblePull += methods[g].pullbackVisibility * departures[g];
  const pull = stopChance(searchChance(sPull, cal.pullbackDetectionAtFull), sPull * route.pullbackCapacityAtFull, visiblePull);

  // Destination's patrols (and routine controls) on those not pulled back.
  const sInt = policy.interdiction[r];
  const dInt = searchChance(sInt, cal.interdictionDetectionAtFull) * route.enforcementExposure * (1 + COOPERATION_DETECTION_GAIN * policy.cooperation);
  let visibleInt = 0;
  for (const g of own) visibleInt += methods[g].interdictionVisibility * departures[g] * (1 - methods[g].pullbackVisibility * pull);
  const patrol = stopChance(dInt, sInt * route.interdictionCapacityAtFull, visibleInt);

  // At sea: people in distress this month, and the reach of rescue given that load.
  let inDistress = 0;
  for (const g of own) {
    const m = methods[g];
    out.pullback[g] = m.pullbackVisibility * pull;
    const routine = route.baseInterception * m.interdictionVisibility;
    out.interception[g] = 1 - (1 - routine) * (1 - m.interdictionVisibility * patrol);
    out.distress[g] = route.sea ? distressChance(route, m, roughShare) : Math.min(1, route.crossingDeathRisk * m.riskCalm / m.fatalityInDistress);
    out.fatality[g] = m.fatalityInDistress;
    inDistress += departures[g] * (1 - out.pullback[g]) * (1 - out.interception[g]) * out.distress[g];
  }
  const sRescue = policy.rescue[r];
  const reach = stopChance(searchChance(sRescue, cal.rescueReachAtFull), sRescue * route.rescueCapacityAtFull, inDistress);

  // Vessels met at sea by the destination's ships: escorted or rescued (within reach) or intercepted.
  let vesselsMet = 0;
  for (const g of own) {
    const m = methods[g];
    out.rescue[g] = reach * (1 - m.suddenLossShare);
    const atSea = 1 - out.pullback[g];
    const met = out.interception[g] + (1 - out.interception[g]) * reach;
    vesselsMet += ((departures[g] * atSea) / m.seatsPerVessel) * met;
  }
  const sDestroy = policy.vesselDestruction[r];
  const destroy = stopChance(searchChance(sDestroy, cal.vesselDestructionAtFull), sDestroy * cal.vesselDestructionCapacityAtFull, vesselsMet);
  const sProsecute = policy.prosecution[r];
  for (const g of own) {
    const m = methods[g];
    // A vessel pulled back is towed back to the transit country's coast, and one met at sea by the
    // destination's ships (intercepted, escorted or rescued) is left adrift: the smugglers recover
    // both unless naval assets destroy the vessel — seizing and disposing of vessels is what the
    // destruction lever does. Vessels also wear out.
    const met = (1 - out.pullback[g]) * (out.interception[g] + (1 - out.interception[g]) * reach);
    out.vesselLoss[g] = Math.min(1, met * destroy + 1 / cal.vesselWearTrips);
    // Crews are arrested at the destination (on arrival or when intercepted), not when pulled back.
    out.crewArrest[g] = m.crewPerTripUsd > 0 ? sProsecute * cal.crewArrestAtFull * (1 - out.pullback[g]) : 0;
  }
}

/**
 * The transit State's coast control (containment) on route r: the chance that a fully visible
 * boat about to leave is stopped on land, given the people about to leave this month (weighted by
 * how visible their method is near the coast). Random search and Holling's curve as for the
 * patrols; regional cooperation sharpens detection as it does the destination's patrols'.
 */
export function containmentChance(r: number, visibleLeaving: number, policy: Policy, cal: Calibration): number {
  const s = policy.containment[r];
  const d = Math.min(MAX_CHANCE, searchChance(s, cal.containmentDetectionAtFull) * (1 + COOPERATION_DETECTION_GAIN * policy.cooperation));
  return stopChance(d, s * cal.containmentCapacityAtFull, visibleLeaving);
}

/** Desert patrols on a land leg: the chance per passenger of being stopped on the usual and the remote track, given the people reaching the end of the land leg. */
export function landStopChances(rs: RouteState, route: RouteSpec, r: number, travellers: number, policy: Policy, cal: Calibration): void {
  const s = policy.interdiction[r];
  const visible = travellers * (1 - rs.remoteShare + rs.remoteShare * REMOTE.patrolVisibility);
  const stop = stopChance(searchChance(s, cal.landPatrolDetectionAtFull), s * route.landPatrolCapacityAtFull, visible);
  rs.landStopConvoy = stop;
  rs.landStopRemote = REMOTE.patrolVisibility * stop;
}
