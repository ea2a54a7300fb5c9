/**
 * Flows counted during one month, in agents (converted to people when the month is recorded).
 * Per-route arrays are indexed like the route list.
 */
export interface MonthCounters {
  readonly hires: Float64Array;
  readonly repeatHires: Float64Array;
  readonly feesPaidUsd: Float64Array;
  readonly readyToCross: Float64Array;
  readonly arrivals: Float64Array;
  readonly deaths: Float64Array;
  readonly interceptions: Float64Array;
  readonly pullbacks: Float64Array;
  /** Journeys that ended this month: arrival, death or interception. */
  readonly ended: Float64Array;
  regularArrivals: number;
  returns: number;
  abuse: number;
  queueReady: number;
  queueLength: number;
  /** People who decided to leave this month (first decision or a new try). */
  decisions: number;
}

export function makeCounters(routeCount: number): MonthCounters {
  const z = () => new Float64Array(routeCount);
  return {
    hires: z(),
    repeatHires: z(),
    feesPaidUsd: z(),
    readyToCross: z(),
    arrivals: z(),
    deaths: z(),
    interceptions: z(),
    pullbacks: z(),
    ended: z(),
    regularArrivals: 0,
    returns: 0,
    abuse: 0,
    queueReady: 0,
    queueLength: 0,
    decisions: 0,
  };
}

export function resetCounters(c: MonthCounters): void {
  for (const arr of [c.hires, c.repeatHires, c.feesPaidUsd, c.readyToCross, c.arrivals, c.deaths, c.interceptions, c.pullbacks, c.ended]) arr.fill(0);
  c.regularArrivals = 0;
  c.returns = 0;
  c.abuse = 0;
  c.queueReady = 0;
  c.queueLength = 0;
  c.decisions = 0;
}
