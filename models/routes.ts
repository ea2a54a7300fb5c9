/**
 * The smuggling routes open to people in the origin region. Three archetypes, taken from the
 * evidence rather than from one real map: a short, well-patrolled sea crossing; a long desert
 * journey followed by a wide, deadly sea crossing; and a costly air route on false papers.
 * Their differences — in fee, death risk, interception, duration and exposure to enforcement —
 * are what lets enforcement divert people from safer to deadlier routes.
 */

export interface RouteSpec<I extends string = RouteId> {
  readonly id: I;
  readonly label: string;
  /** Sea crossing: vessel quality, rescue and pull-backs act on it. */
  readonly sea: boolean;
  /** Fee for the whole journey when enforcement is absent and supply meets demand. */
  readonly baseFeeUsd: number;
  /** Death risk of the final crossing, per attempt, with good vessels and no rescue. */
  readonly crossingDeathRisk: number;
  /** Monthly death risk while travelling overland before the crossing. */
  readonly landDeathPerMonth: number;
  /** Monthly chance of abuse (extortion, violence, forced labour) while in transit. */
  readonly abusePerMonth: number;
  /** Chance of interception per crossing with no enforcement (routine controls). */
  readonly baseInterception: number;
  /** Months in transit before the crossing. */
  readonly transitMonths: number;
  /** How exposed the route is to interdiction (1 = easily patrolled). */
  readonly enforcementExposure: number;
  readonly source: string;
}

/** The declarations, with their ids as literal types (RouteId is derived from them). */
const ROUTE_DECLARATIONS = [
  {
    id: 'shortSea',
    label: 'Short sea crossing',
    sea: true,
    baseFeeUsd: 2500,
    crossingDeathRisk: 0.0015,
    landDeathPerMonth: 0.0003,
    abusePerMonth: 0.04,
    baseInterception: 0.1,
    transitMonths: 1,
    enforcementExposure: 1,
    source:
      'Eastern Mediterranean type: Turkish coast → Greek islands fees USD 1,000–8,000 (UNODC 2018 as reported); 0.1–0.2% deaths per attempt in 2015–2016 [derived, docs/EVIDENCE.md#pattern-12]; a narrow, easily patrolled strait.',
  },
  {
    id: 'desertSea',
    label: 'Desert and long sea crossing',
    sea: true,
    baseFeeUsd: 1600,
    crossingDeathRisk: 0.02,
    landDeathPerMonth: 0.002,
    abusePerMonth: 0.15,
    baseInterception: 0.04,
    transitMonths: 4,
    enforcementExposure: 0.55,
    source:
      'Central Mediterranean type: reaching Libya USD 200–6,000 and the sea leg a few hundred to a couple of thousand (Altai/UNHCR 2013); ~2% deaths per attempt 2014–2017 (ISPI; docs/EVIDENCE.md#death-rate-estimates) with partial rescue; median stay in Libya ~180 days (Reques et al. 2020); 68% report a protection incident (MMC 2018); overland risk is an assumption: UNHCR/IOM/MMC (2024) estimate land routes to be about twice as deadly as the sea overall, but that estimate is very uncertain and we keep the overland share lower so the route’s total stays near the sea-crossing evidence.',
  },
  {
    id: 'air',
    label: 'Air route with false papers',
    sea: false,
    baseFeeUsd: 12000,
    crossingDeathRisk: 0.0002,
    landDeathPerMonth: 0,
    abusePerMonth: 0.02,
    baseInterception: 0.2,
    transitMonths: 1,
    enforcementExposure: 0.7,
    source: 'UNODC 2018 as reported: air smuggling to Western Europe USD 10,000–15,000 (Afghanistan), 12,000–18,000 (Pakistan). Near-zero death risk.',
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
