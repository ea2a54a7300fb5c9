/**
 * The non-agent state of the world: regional insecurity, the root-cause pipeline, the month's sea
 * state, the smuggling operators of each route, one market per crossing method (its posted fee and
 * what it carried), the community's memory of recent journeys by method, and last month's queue
 * figures.
 *
 * Operators are held struct-of-arrays per route, as cohorts: each slot stands for operators of one
 * type (a cost factor and a capacity, drawn from the seed), of whom a share is in business, a share
 * in jail and the rest out of the business but ready to enter (unless the cohort is co-opted by a
 * transit State's coast control). A cohort splits its capacity over
 * the route's methods, owns reusable vessels and remembers its recent profit. Per-method figures
 * of a cohort sit at [slot × METHOD_SLOTS + method].
 */
import { INSECURITY_DIMENSIONS } from './params/levers';
import type { MethodSpec } from './methods';
import type { RouteSpec } from './routes';
import type { Policy } from './policy';

/** Room for each operator's per-method figures: the most methods a route may declare. */
export const METHOD_SLOTS = 4;

/** The operators of one route, one slot per cohort of operators of one type. */
export interface OperatorPool {
  readonly size: number;
  /** Multiplier on the route's running cost (log-normal around 1). */
  readonly costFactor: Float64Array;
  /** People a month the cohort can organise in calm weather when all of it is in business. */
  readonly capacity: Float64Array;
  /** Share of the cohort in business, 0–1. */
  readonly active: Float64Array;
  /** Share of the cohort in jail after arrests, 0–1. */
  readonly jailed: Float64Array;
  /** 1 when it takes the remote land track, 0 for the usual one. */
  readonly remote: Uint8Array;
  /** Reusable vessels it owns. */
  readonly vessels: Float64Array;
  /** Running average of monthly profit per unit of the cohort in business, USD. */
  readonly profit: Float64Array;
  /** Per method: share of its capacity it puts on the method. */
  readonly share: Float64Array;
  /** Slots by capacity, largest first (ties by slot): the order in which coast control co-opts them (operators.ts). */
  readonly byCapacity: Int32Array;
  /** 1 while the cohort is co-opted by the transit State's coast control this month, else 0. */
  readonly coopted: Uint8Array;
  /** Per method, this month: cost per passenger, seats offered, people carried. */
  readonly unitCost: Float64Array;
  readonly seats: Float64Array;
  readonly carried: Float64Array;
}

export interface RouteState {
  readonly operators: OperatorPool;
  /** Reusable vessels for sale. */
  vesselPool: number;
  /** Share of the land leg's passengers on the remote track this month (capacity-weighted). */
  remoteShare: number;
  /** This month's chance per passenger of being stopped by desert patrols, on each track. */
  landStopConvoy: number;
  landStopRemote: number;
  /** Expected cost per passenger of the land leg's losses to patrols, by track (from last month). */
  landLossConvoyUsd: number;
  landLossRemoteUsd: number;
  /** Vessels seized, destroyed or worn out this month. */
  vesselsLost: number;
  /** Agents in the transit country on this route at the start of this month's journeys (waiting at the coast or stranded): the crowd that sets its conditions next month. */
  hubAgents: number;
}

/** One crossing method's market and memory. */
export interface MethodState {
  feeUsd: number;
  /** People a month the active operators can carry on it this month. */
  seatsPeople: number;
  /** People who wanted a seat this month (bookings, or the crowd at the coast if larger). */
  demandPeople: number;
  /** Agents who reached the coast for it last month (departed or not). */
  readyLastMonth: number;
  /** Operators' expectations per trip, from the last month with departures: vessel lost (seized, destroyed or worn out), crew arrested. */
  vesselLossPerTrip: number;
  crewArrestPerTrip: number;
  /** Community memory (exponential averages, in people) of journeys by this method. */
  memoryEnded: number;
  memoryDeaths: number;
  memoryIntercepted: number;
}

export interface World {
  /** Current regional level of each insecurity dimension, 0–1. */
  readonly dimensions: Float64Array;
  /** Matured root-cause effect, 0–1. */
  rootEffect: number;
  /** Share of this month's days with rough seas. */
  roughShare: number;
  readonly routes: RouteState[];
  readonly methods: MethodState[];
  /** Agents waiting in the regular queue who have passed processing time (last month). */
  queueReady: number;
  /** Agents in the regular queue (last month). */
  queueLength: number;
}

export function makeOperatorPool(size: number): OperatorPool {
  const f = (n = size) => new Float64Array(n);
  return {
    size,
    costFactor: f(),
    capacity: f(),
    active: f(),
    jailed: f(),
    remote: new Uint8Array(size),
    vessels: f(),
    profit: f(),
    share: f(size * METHOD_SLOTS),
    byCapacity: new Int32Array(size),
    coopted: new Uint8Array(size),
    unitCost: f(size * METHOD_SLOTS),
    seats: f(size * METHOD_SLOTS),
    carried: f(size * METHOD_SLOTS),
  };
}

export function initialiseWorld(routes: readonly RouteSpec[], methods: readonly MethodSpec[], operatorsPerRoute: number, first: Policy, pastInvestment: number): World {
  const dimensions = new Float64Array(INSECURITY_DIMENSIONS.length);
  dimensions.set(first.dimensionTargets);
  return {
    dimensions,
    // Past investment has fully matured by the start of the run.
    rootEffect: pastInvestment,
    roughShare: 0,
    routes: routes.map((r) => ({
      operators: makeOperatorPool(operatorsPerRoute),
      vesselPool: r.vesselPool,
      remoteShare: 0,
      landStopConvoy: 0,
      landStopRemote: 0,
      landLossConvoyUsd: 0,
      landLossRemoteUsd: 0,
      vesselsLost: 0,
      hubAgents: 0,
    })),
    methods: methods.map(() => ({
      feeUsd: 0,
      seatsPeople: 0,
      demandPeople: 0,
      readyLastMonth: 0,
      vesselLossPerTrip: 0,
      crewArrestPerTrip: 0,
      memoryEnded: 0,
      memoryDeaths: 0,
      memoryIntercepted: 0,
    })),
    queueReady: 0,
    queueLength: 0,
  };
}
