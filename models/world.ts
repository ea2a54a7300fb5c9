/**
 * The non-agent state of the world: regional insecurity, the root-cause pipeline, one smuggling
 * market per route, the community's memory of recent journeys, and last month's queue figures.
 */
import { INSECURITY_DIMENSIONS } from './params/levers';
import type { Calibration } from './params/calibration';
import type { RouteSpec } from './routes';
import type { Policy } from './policy';

export interface RouteMarket {
  feeUsd: number;
  capacityPerMonth: number;
  /** Vessel quality on sea routes, 0–1 (1 = seaworthy boats). */
  vesselQuality: number;
  /** Share of people ready to cross who get a departure this month. */
  departureShare: number;
  /** Agents who reached the crossing point last month (departed or not). */
  readyLastMonth: number;
  /** Community memory (exponential averages, in agents) of journeys on this route. */
  memoryEnded: number;
  memoryDeaths: number;
  memoryIntercepted: number;
}

export interface World {
  /** Current regional level of each insecurity dimension, 0–1. */
  readonly dimensions: Float64Array;
  /** Matured root-cause effect, 0–1. */
  rootEffect: number;
  readonly markets: RouteMarket[];
  /** Agents waiting in the regular queue who have passed processing time (last month). */
  queueReady: number;
  /** Agents in the regular queue (last month). */
  queueLength: number;
}

export function initialiseWorld(routes: readonly RouteSpec[], cal: Calibration, first: Policy, pastInvestment: number): World {
  const dimensions = new Float64Array(INSECURITY_DIMENSIONS.length);
  dimensions.set(first.dimensionTargets);
  return {
    dimensions,
    // Past investment has fully matured by the start of the run.
    rootEffect: pastInvestment,
    markets: routes.map((r) => ({
      feeUsd: r.baseFeeUsd,
      capacityPerMonth: cal.marketInitialCapacityPerMonth,
      vesselQuality: 1,
      departureShare: 1,
      readyLastMonth: 0,
      memoryEnded: 0,
      memoryDeaths: 0,
      memoryIntercepted: 0,
    })),
    queueReady: 0,
    queueLength: 0,
  };
}
