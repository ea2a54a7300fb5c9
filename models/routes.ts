/**
 * The smuggling routes open to people in the origin region. Three archetypes, taken from the
 * evidence rather than from one real map: a short, well-patrolled sea crossing; a long desert
 * journey followed by a wide, deadly sea crossing; and a costly air route on false papers.
 *
 * A route fixes the geography and the State assets that can be sent to it: how long the journey
 * takes, how dangerous the land leg and the sea are, how much of it patrols can watch, how many
 * people its smugglers can organise, how many reusable boats can be had, and how many people the
 * patrol, pull-back and rescue assets can handle at full strength. How people cross it (the
 * methods, `methods.ts`), what they pay (the market) and how deadly a crossing turns out to be
 * follow from decisions made during the run.
 */

export interface RouteSpec<I extends string = RouteId> {
  readonly id: I;
  readonly label: string;
  /** Sea crossing: boats, rescue, pull-backs and vessel destruction act on it. */
  readonly sea: boolean;
  /** Running cost per passenger of an operator of median cost: logistics, safe houses, bribes, the land leg by the usual track; vessels and crew come on top. */
  readonly runningCostUsd: number;
  /** Death risk per crossing of the route's safest method, in calm weather, with no rescue. */
  readonly crossingDeathRisk: number;
  /** Monthly death risk while travelling overland before the crossing, on the usual (escorted) track. */
  readonly landDeathPerMonth: number;
  /** Monthly chance of abuse (extortion, violence, forced labour) while in transit. */
  readonly abusePerMonth: number;
  /** Chance that a fully visible crossing is stopped by routine controls, with no enforcement effort. */
  readonly baseInterception: number;
  /** Months in transit before the crossing. */
  readonly transitMonths: number;
  /** Share of the route that border and maritime patrols can watch (1 = a narrow, easily patrolled strait). */
  readonly enforcementExposure: number;
  /** Mean capacity of one smuggling operator, people a month per million people represented. */
  readonly operatorCapacityPerMillion: number;
  /** Trips a reusable vessel makes in a month (crossing and return). */
  readonly vesselTripsPerMonth: number;
  /** Reusable vessels for sale to smugglers at the start (fishing boats and the like). */
  readonly vesselPool: number;
  /** Reusable vessels coming up for sale each month (built, bought from fishermen). */
  readonly vesselPoolRefillPerMonth: number;
  /** People a month the destination's patrols can stop at full strength (boats boarded, people processed). */
  readonly interdictionCapacityAtFull: number;
  /**
   * People a month the transit country's coastguard could pull back at full strength if it spent
   * no time searching: the ceiling of Holling's curve (patrols.ts), approached only as departures
   * grow far beyond capacity ÷ detection. With the departures the model produces (at most about
   * 14,000 a month on the long route) pull-backs level off near two fifths of it (ODD 7.7).
   */
  readonly pullbackCapacityAtFull: number;
  /** People in distress a month the rescue assets can save at full strength. */
  readonly rescueCapacityAtFull: number;
  /** People a month desert patrols can stop on the land leg at full strength (0: no land leg to patrol). */
  readonly landPatrolCapacityAtFull: number;
  readonly source: string;
}

/** The declarations, with their ids as literal types (RouteId is derived from them). */
const ROUTE_DECLARATIONS = [
  {
    id: 'shortSea',
    label: 'Short sea crossing',
    sea: true,
    runningCostUsd: 2400,
    crossingDeathRisk: 0.0007,
    landDeathPerMonth: 0.0003,
    abusePerMonth: 0.04,
    baseInterception: 0.1,
    transitMonths: 1,
    enforcementExposure: 1,
    operatorCapacityPerMillion: 25,
    vesselTripsPerMonth: 4,
    vesselPool: 60,
    vesselPoolRefillPerMonth: 6,
    interdictionCapacityAtFull: 6000,
    pullbackCapacityAtFull: 6000,
    rescueCapacityAtFull: 6000,
    landPatrolCapacityAtFull: 0,
    source:
      'Eastern Mediterranean type: Turkish coast → Greek islands fees USD 1,000–8,000 (UNODC 2018 as reported); 0.1–0.2% deaths per attempt in 2015–2016 [derived, docs/EVIDENCE.md#pattern-12]; a narrow, easily patrolled strait. Operator, vessel and patrol capacities are assumptions of the right order for flows of 40,000–60,000 people a year.',
  },
  {
    id: 'desertSea',
    label: 'Desert and long sea crossing',
    sea: true,
    runningCostUsd: 1650,
    crossingDeathRisk: 0.0088,
    landDeathPerMonth: 0.002,
    abusePerMonth: 0.15,
    baseInterception: 0.04,
    transitMonths: 4,
    enforcementExposure: 0.55,
    operatorCapacityPerMillion: 60,
    vesselTripsPerMonth: 1,
    vesselPool: 20,
    vesselPoolRefillPerMonth: 1,
    interdictionCapacityAtFull: 8000,
    pullbackCapacityAtFull: 12000,
    rescueCapacityAtFull: 15000,
    landPatrolCapacityAtFull: 10000,
    source:
      'Central Mediterranean type: reaching Libya USD 200–6,000 and the sea leg a few hundred to a couple of thousand (Altai/UNHCR 2013); ~2% deaths per attempt 2014–2017 (ISPI; docs/EVIDENCE.md#death-rate-estimates) with partial rescue, 1 in 88 in 2016 (IOM GMDAC 2017) for the safest boats; median stay in Libya ~180 days (Reques et al. 2020); 68% report a protection incident (MMC 2018). Pull-back capacity: Libyan coastguard returns were nearly flat at 14,332–15,358 a year in 2016–2018 while departures fell (UNHCR/IOM, docs/EVIDENCE.md#central-med-series); rescue capacity of the order of Mare Nostrum (about half of ~170,000 rescued in 2014 by the Italian navy, IOM); ~550 boats disabled by Operation Sophia in three years (ISPI 2019). Overland risk is an assumption: UNHCR/IOM/MMC (2024) estimate land routes to be about twice as deadly as the sea overall, but that estimate is very uncertain and we keep the overland share lower so the route’s total stays near the sea-crossing evidence.',
  },
  {
    id: 'air',
    label: 'Air route with false papers',
    sea: false,
    runningCostUsd: 7000,
    crossingDeathRisk: 0.0002,
    landDeathPerMonth: 0,
    abusePerMonth: 0.02,
    baseInterception: 0.2,
    transitMonths: 1,
    enforcementExposure: 0.7,
    operatorCapacityPerMillion: 1.5,
    vesselTripsPerMonth: 0,
    vesselPool: 0,
    vesselPoolRefillPerMonth: 0,
    interdictionCapacityAtFull: 2000,
    pullbackCapacityAtFull: 0,
    rescueCapacityAtFull: 0,
    landPatrolCapacityAtFull: 0,
    source:
      'UNODC 2018 as reported: air smuggling to Western Europe USD 10,000–15,000 (Afghanistan), 12,000–18,000 (Pakistan). Near-zero death risk. Document checks at airports handle far more travellers than smugglers bring; the capacity is an assumption.',
  },
] as const satisfies readonly RouteSpec<string>[];

/** Every route's id: an id that is not declared above fails to compile. */
export type RouteId = (typeof ROUTE_DECLARATIONS)[number]['id'];

export const ROUTES: readonly RouteSpec[] = ROUTE_DECLARATIONS;
export const ROUTE_IDS: readonly RouteId[] = ROUTES.map((r) => r.id);

/** Whether a text from outside is a route's id. */
export function isRouteId(id: unknown): id is RouteId {
  return typeof id === 'string' && (ROUTE_IDS as readonly string[]).includes(id);
}
