/**
 * Flows counted during one month, in agents (converted to people when the month is recorded).
 * Per-method arrays are indexed like the run's list of methods (all routes' methods in turn);
 * route and run totals are their sums, so they add up exactly.
 */
export interface MonthCounters {
  readonly hires: Float64Array;
  readonly repeatHires: Float64Array;
  readonly feesPaidUsd: Float64Array;
  /** People at the coast for the method this month (departed or not). */
  readonly readyToCross: Float64Array;
  readonly departures: Float64Array;
  readonly arrivals: Float64Array;
  /** Deaths at sea and on the land leg. */
  readonly deaths: Float64Array;
  /** Deaths on the land leg (part of deaths). */
  readonly landDeaths: Float64Array;
  /** Stopped by the destination, by desert patrols or pulled back. */
  readonly interceptions: Float64Array;
  readonly pullbacks: Float64Array;
  /** Stopped on the transit country's coast before sailing (containment). */
  readonly prevented: Float64Array;
  /** Journeys that ended this month: arrival, death or interception. */
  readonly ended: Float64Array;
  regularArrivals: number;
  returns: number;
  /** Stranded people who gave up the crossing and moved on out of the modelled routes. */
  movedOn: number;
  abuse: number;
  /** Abuse in the transit country (part of abuse): people waiting at the coast, stranded or detained there. */
  hubAbuse: number;
  queueReady: number;
  queueLength: number;
  /** People who decided to leave this month (first decision or a new try). */
  decisions: number;
}

const PER_METHOD = ['hires', 'repeatHires', 'feesPaidUsd', 'readyToCross', 'departures', 'arrivals', 'deaths', 'landDeaths', 'interceptions', 'pullbacks', 'prevented', 'ended'] as const;

export function makeCounters(methodCount: number): MonthCounters {
  const z = () => new Float64Array(methodCount);
  return {
    hires: z(),
    repeatHires: z(),
    feesPaidUsd: z(),
    readyToCross: z(),
    departures: z(),
    arrivals: z(),
    deaths: z(),
    landDeaths: z(),
    interceptions: z(),
    pullbacks: z(),
    prevented: z(),
    ended: z(),
    regularArrivals: 0,
    returns: 0,
    movedOn: 0,
    abuse: 0,
    hubAbuse: 0,
    queueReady: 0,
    queueLength: 0,
    decisions: 0,
  };
}

export function resetCounters(c: MonthCounters): void {
  for (const k of PER_METHOD) c[k].fill(0);
  c.regularArrivals = 0;
  c.returns = 0;
  c.movedOn = 0;
  c.abuse = 0;
  c.hubAbuse = 0;
  c.queueReady = 0;
  c.queueLength = 0;
  c.decisions = 0;
}
