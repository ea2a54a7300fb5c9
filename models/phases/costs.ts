/**
 * What carrying one passenger costs an operator, by method: the running cost (the operator's own
 * efficiency times the route's running cost, on the land track it takes), the vessel (its price
 * spread over the trips it is expected to make before it is seized, destroyed or worn out), the
 * crew (wages, and the expected cost of replacing crews who are arrested) and the operator's own
 * expected loss from being arrested. Expected losses use what patrols, pull-backs, rescue,
 * destruction and prosecution actually did on the route last month: operators learn from what
 * happens to their boats and people, not from the levers.
 */
import type { Calibration } from '../params/calibration';
import type { MethodSpec } from '../methods';
import { LAND_TRACKS } from '../methods';
import type { RouteSpec } from '../routes';
import type { MethodState, RouteState } from '../world';

/** The usual track of a land leg (declared in methods.ts). */
const CONVOY = LAND_TRACKS[0];
/** The remote, unescorted track (declared in methods.ts). */
const REMOTE = LAND_TRACKS[1];

/** Whether the route has a land leg before the crossing (a journey of more than one month). */
export function hasLandLeg(route: RouteSpec): boolean {
  return route.transitMonths > 1;
}

/** Expected loss per passenger when desert patrols stop a vehicle: the vehicle and its driver. */
export function landLossPerStop(cal: Calibration): number {
  return (cal.landVehiclePriceUsd + cal.crewArrestLossUsd) / cal.landVehicleSeats;
}

/**
 * Running cost per passenger on the cheaper land track for this operator, losses to desert patrols
 * included; negative when the cheaper track is the remote one (the cost is its absolute value).
 * (One number rather than an object: this runs for every operator every month.)
 */
export function landCost(route: RouteSpec, rs: RouteState, costFactor: number): number {
  const base = costFactor * route.runningCostUsd;
  if (!hasLandLeg(route)) return base;
  const convoy = base * CONVOY.runningCostMultiple + rs.landLossConvoyUsd;
  const remote = base * REMOTE.runningCostMultiple + rs.landLossRemoteUsd;
  return remote < convoy ? -remote : convoy;
}

/** Cost per passenger of the vessel and crew of a method, from last month's experience. */
export function vesselAndCrewCost(m: MethodSpec, ms: MethodState, cal: Calibration): number {
  const vessel = m.reusable ? (m.vesselPriceUsd * ms.vesselLossPerTrip) / m.seatsPerVessel : m.vesselPriceUsd / m.seatsPerVessel;
  const crew = m.crewPerTripUsd > 0 ? (m.crewPerTripUsd + ms.crewArrestPerTrip * cal.crewArrestLossUsd) / m.seatsPerVessel : 0;
  return vessel + crew;
}

/** Expected loss per passenger from the organiser's own arrest: hazard × loss, spread over the people carried in a month. */
export function arrestCostPerPassenger(hazard: number, capacity: number, cal: Calibration): number {
  return capacity > 0 ? (hazard * cal.organiserArrestLossUsd) / capacity : 0;
}
