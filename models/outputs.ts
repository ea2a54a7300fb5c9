/**
 * Declared outputs ("reporters"): every figure the model reports each month and in the run
 * summary, with its unit and how it is computed. Counts are in people (agents × weight).
 *
 * The two indices (100 = no harm, higher = more secure) use the last 12 months of flows; their
 * terms (each an output of kind 'term', a harm ÷ its reference value, uncapped) and weights (the
 * "formula above" of their docs) are declared in indices.ts. Terms and indices are averaged over
 * the months in the run summary.
 */

export type OutputKind = 'flow' | 'stock' | 'rate' | 'price' | 'index' | 'level' | 'term';

export interface OutputSpec {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: OutputKind;
  readonly doc: string;
  /**
   * For a rate: the two outputs it divides, so a rate over several months is the ratio of their
   * sums (deaths over a year ÷ journeys ended in it), not the mean of the monthly rates.
   */
  readonly ratio?: { readonly numerator: string; readonly denominator: string };
}

export const OUTPUTS = [
  { key: 'smugglingDemand', label: 'Smuggling demand', unit: 'people/month', kind: 'flow', doc: 'People who hired a smuggler this month, first or repeat attempt.' },
  { key: 'repeatAttempts', label: 'Repeat attempts', unit: 'people/month', kind: 'flow', doc: 'Hires by people who had tried before (after a return or a pull-back).' },
  { key: 'inTransit', label: 'In transit', unit: 'people', kind: 'stock', doc: 'People travelling with a smuggler or stranded in the transit country at month end.' },
  { key: 'stranded', label: 'Stranded in transit', unit: 'people', kind: 'stock', doc: 'People stranded or detained in the transit country after a pull-back, at month end (part of inTransit).' },
  { key: 'detained', label: 'Detained in transit', unit: 'people', kind: 'stock', doc: 'People held in detention in the transit country at month end (part of stranded).' },
  { key: 'transitHub', label: 'In the transit country', unit: 'people', kind: 'stock', doc: 'People in a transit country at month end: those who have reached the coast and wait for a sea crossing, and everyone stranded or detained there after a pull-back or a departure stopped on the coast (part of inTransit).' },
  { key: 'irregularArrivals', label: 'Irregular arrivals', unit: 'people/month', kind: 'flow', doc: 'People who reached the destination with a smuggler (including those intercepted who then obtained protection).' },
  { key: 'regularArrivals', label: 'Regular arrivals', unit: 'people/month', kind: 'flow', doc: 'People who arrived through a regular pathway or evacuation from the transit country.' },
  { key: 'regularQueue', label: 'Regular queue', unit: 'people', kind: 'stock', doc: 'People waiting for a regular place at month end.' },
  { key: 'deathsMissing', label: 'Dead and missing', unit: 'people/month', kind: 'flow', doc: 'Deaths on land legs and at sea.' },
  { key: 'deathsOnLand', label: 'Dead on the land leg', unit: 'people/month', kind: 'flow', doc: 'Deaths on the way to the crossing point, in the desert (part of dead and missing).' },
  { key: 'journeysEnded', label: 'Journeys ended', unit: 'people/month', kind: 'flow', doc: 'Smuggled journeys that ended this month: arrived, died or intercepted.' },
  { key: 'deathRatePerAttempt', label: 'Death rate per attempt', unit: 'share', kind: 'rate', doc: 'Deaths ÷ journeys that ended this month (arrived, died or intercepted).', ratio: { numerator: 'deathsMissing', denominator: 'journeysEnded' } },
  { key: 'departures', label: 'Departures', unit: 'people/month', kind: 'flow', doc: 'People who set off on the crossing (the sea or the flight) this month.' },
  { key: 'interceptions', label: 'Interceptions', unit: 'people/month', kind: 'flow', doc: 'Journeys stopped by the destination, by desert patrols on a land leg, or pulled back by the transit country.' },
  { key: 'pullbacks', label: 'Pull-backs', unit: 'people/month', kind: 'flow', doc: 'Sea crossings stopped and returned to the transit country (part of interceptions).' },
  { key: 'departuresPrevented', label: 'Departures stopped on the coast', unit: 'people/month', kind: 'flow', doc: 'People taken off the boats on the transit country’s coast before sailing by its coast control (containment): they stay in the transit country and must pay again. Not departures.' },
  { key: 'returns', label: 'Returns', unit: 'people/month', kind: 'flow', doc: 'People returned to the origin region: after interception by the destination, or going home from the transit country.' },
  { key: 'movedOn', label: 'Moved on from the transit country', unit: 'people/month', kind: 'flow', doc: 'People stranded in the transit country who gave up the crossing after abuse there and moved on, to another country or route the model does not represent.' },
  { key: 'abuseIncidents', label: 'Abuse incidents', unit: 'incidents/month', kind: 'flow', doc: 'Extortion, violence, forced labour or detention abuse suffered in transit.' },
  { key: 'hubAbuseIncidents', label: 'Abuse in the transit country', unit: 'incidents/month', kind: 'flow', doc: 'Abuse incidents suffered while waiting in the transit country — at the coast, stranded or in detention (part of abuse incidents).' },
  { key: 'meanFeeUsd', label: 'Mean fee', unit: 'USD', kind: 'price', doc: 'Mean fee paid by those who hired a smuggler this month (the fixed-mix fee index when nobody did). It moves with the mix of routes and methods people choose as much as with prices.' },
  { key: 'feeIndexUsd', label: 'Fee index (fixed mix)', unit: 'USD', kind: 'price', doc: 'Posted fees of all crossing methods weighted by a fixed mix (Laspeyres): the baseline’s shares of hires by route and method (FEE_INDEX_WEIGHTS). It moves only when prices move, so set beside the mean fee it tells price from mix.' },
  { key: 'smugglerRevenueUsd', label: 'Smuggler revenue', unit: 'USD/month', kind: 'flow', doc: 'Fees paid to smugglers this month.' },
  { key: 'smugglingCapacity', label: 'Smuggling capacity', unit: 'people/month', kind: 'level', doc: 'Seats the active operators offer this month, over all routes and methods.' },
  { key: 'smugglingOperators', label: 'Smuggling operators', unit: 'operators', kind: 'level', doc: 'Operators in business this month, over all routes.' },
  { key: 'smugglingVessels', label: 'Smugglers’ reusable boats', unit: 'boats', kind: 'level', doc: 'Reusable (seaworthy) boats the operators own at month end, over all routes.' },
  { key: 'vesselQuality', label: 'Vessel quality', unit: 'index 0–1', kind: 'level', doc: 'Share of this month’s sea departures made on seaworthy boats (1 = all); the share of the last month with departures when none left.' },
  { key: 'trappedPopulation', label: 'Trapped', unit: 'people', kind: 'stock', doc: 'People who want to leave but cannot afford any channel, at month end.' },
  { key: 'atHome', label: 'At home', unit: 'people', kind: 'stock', doc: 'People in the origin region not trying to leave (including those returned).' },
  { key: 'arrivedRegularTotal', label: 'Arrived regularly (total)', unit: 'people', kind: 'stock', doc: 'Everyone who has arrived regularly so far.' },
  { key: 'arrivedIrregularTotal', label: 'Arrived irregularly (total)', unit: 'people', kind: 'stock', doc: 'Everyone who has arrived irregularly so far.' },
  { key: 'returnedTotal', label: 'Returned (now at origin)', unit: 'people', kind: 'stock', doc: 'People currently back in the origin region after a return.' },
  { key: 'deadMissingTotal', label: 'Dead and missing (total)', unit: 'people', kind: 'stock', doc: 'Everyone who has died or gone missing so far.' },
  { key: 'movedOnTotal', label: 'Moved on from the transit country (total)', unit: 'people', kind: 'stock', doc: 'Everyone who has given up the crossing in the transit country and moved on so far.' },
  { key: 'insecurityIndex', label: 'Insecurity at origin', unit: 'index 0–1', kind: 'level', doc: 'Weighted mean regional level of the seven insecurity dimensions.' },
  { key: 'insecurityEconomic', label: 'Economic insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityFood', label: 'Food insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityHealth', label: 'Health insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityEnvironmental', label: 'Environmental insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityPersonal', label: 'Personal insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityCommunity', label: 'Community insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityPolitical', label: 'Political insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'termDeaths', label: 'Term: deaths', unit: 'share of reference', kind: 'term', doc: 'Dead and missing over the last 12 months, a year, ÷ the reference deaths (indexRefDeathsPerYear). Uncapped.' },
  { key: 'termAbuse', label: 'Term: abuse', unit: 'share of reference', kind: 'term', doc: 'Abuse incidents over the last 12 months, a year, ÷ the reference (indexRefAbusePerYear). Uncapped.' },
  { key: 'termStranded', label: 'Term: stranded', unit: 'share of reference', kind: 'term', doc: 'People stranded or detained in transit at month end ÷ the reference people held (indexRefPeopleHeld). Uncapped.' },
  { key: 'termTrapped', label: 'Term: trapped', unit: 'share of reference', kind: 'term', doc: 'People who want to leave but cannot afford any channel, at month end, ÷ the reference people held (indexRefPeopleHeld). Uncapped.' },
  { key: 'termNoSafeChannel', label: 'Term: no safe channel', unit: 'share of reference', kind: 'term', doc: 'People who hired a smuggler over the last 12 months, a year, ÷ the reference arrivals (indexRefIrregularPerYear). Uncapped.' },
  { key: 'termOrigin', label: 'Term: insecurity at origin', unit: 'share of reference', kind: 'term', doc: 'Insecurity at origin (0–1), the levers’ own setting, counted apart so it is not mistaken for a policy result.' },
  { key: 'termEntries', label: 'Term: irregular entries', unit: 'share of reference', kind: 'term', doc: 'Irregular arrivals over the last 12 months, a year, ÷ the reference (indexRefIrregularPerYear). Uncapped.' },
  { key: 'termUncontrolled', label: 'Term: uncontrolled', unit: 'share', kind: 'term', doc: 'Share of the people reaching the border over the last 12 months whom the State neither admitted nor stopped: irregular ÷ (irregular + regular arrivals + interceptions).' },
  { key: 'termArrivals', label: 'Term: all arrivals', unit: 'share of reference', kind: 'term', doc: 'All arrivals, regular and irregular, over the last 12 months, a year, ÷ the reference (indexRefIrregularPerYear). Uncapped.' },
  { key: 'termMarket', label: 'Term: smuggling market', unit: 'share of reference', kind: 'term', doc: 'Smugglers’ revenue over the last 12 months, a year, ÷ the reference (indexRefRevenueUsdPerYear). Uncapped.' },
  { key: 'termOperators', label: 'Term: smuggling operators', unit: 'share of pool', kind: 'term', doc: 'Smuggling operators in business ÷ the pool of potential operators (operatorsPerRoute × routes).' },
  { key: 'humanSecurityIndex', label: 'Human-security index', unit: 'index (100 = no harm)', kind: 'index', doc: 'Security of people (formula above, default weights); higher is more secure. Below 0 when the harms, weighed together, exceed their references.' },
  { key: 'stateSecurityIndex', label: 'State-security index', unit: 'index (100 = no harm)', kind: 'index', doc: 'What a State-centred view counts (formula above, the control reading); higher is more secure. Below 0 when the harms, weighed together, exceed their references.' },
] as const satisfies readonly OutputSpec[];

export type OutputKey = (typeof OUTPUTS)[number]['key'];
export type MonthRecord = { month: number } & Record<OutputKey, number>;

export const OUTPUT_KEYS: readonly OutputKey[] = OUTPUTS.map((o) => o.key);
/** One declared output. */
export type DeclaredOutput = (typeof OUTPUTS)[number];
/** Lookup by any text (keys from files, links and the command line); see isOutputKey. */
export const OUTPUT_BY_KEY: ReadonlyMap<string, DeclaredOutput> = new Map(OUTPUTS.map((o) => [o.key, o]));

/** Whether a text from outside is an output's key. */
export function isOutputKey(key: unknown): key is OutputKey {
  return typeof key === 'string' && OUTPUT_BY_KEY.has(key);
}

/** The outputs people ask about first, in that order (a seminar's questions, then the two indices). */
export const HEADLINE_OUTPUTS: readonly OutputKey[] = [
  'smugglingDemand',
  'deathsMissing',
  'deathRatePerAttempt',
  'meanFeeUsd',
  'irregularArrivals',
  'regularArrivals',
  'interceptions',
  'abuseIncidents',
  'humanSecurityIndex',
  'stateSecurityIndex',
];

/** Every output in the order every output picker offers them: the headline outputs, then the rest as declared. */
export const OUTPUT_CHOICES: readonly DeclaredOutput[] = [
  ...HEADLINE_OUTPUTS.map((k) => OUTPUT_BY_KEY.get(k) as DeclaredOutput),
  ...OUTPUTS.filter((o) => !HEADLINE_OUTPUTS.includes(o.key)),
];

/** Run totals for one route (people); rates and the mean fee recomputed from the totals. */
export interface RouteSummary {
  route: string;
  label: string;
  attempts: number;
  departures: number;
  arrivals: number;
  deathsMissing: number;
  interceptions: number;
  pullbacks: number;
  deathRatePerAttempt: number;
  meanFeeUsd: number;
}

export type RunSummary = Record<OutputKey, number> & { byRoute: RouteSummary[] };

/**
 * Declared outputs per route and per crossing method, month by month (RunResult.routes). Flows add
 * up exactly: a route's flow is the sum over its methods, and the run's monthly flow the sum over
 * routes. Levels (fees, operators, seats) are the route's or the method's own.
 */
export const ROUTE_OUTPUTS = [
  { key: 'attempts', label: 'Attempts', unit: 'people/month', kind: 'flow', doc: 'People who hired a smuggler for this route (or method) this month, first or repeat attempt.' },
  { key: 'departures', label: 'Departures', unit: 'people/month', kind: 'flow', doc: 'People who set off on the crossing.' },
  { key: 'arrivals', label: 'Arrivals', unit: 'people/month', kind: 'flow', doc: 'People who arrived irregularly (including those intercepted who then obtained protection).' },
  { key: 'deathsMissing', label: 'Dead and missing', unit: 'people/month', kind: 'flow', doc: 'Deaths on the land leg and at the crossing.' },
  { key: 'deathsOnLand', label: 'Dead on the land leg', unit: 'people/month', kind: 'flow', doc: 'Deaths on the way to the crossing point (part of dead and missing).' },
  { key: 'interceptions', label: 'Interceptions', unit: 'people/month', kind: 'flow', doc: 'Journeys stopped: by the destination, by desert patrols or pulled back.' },
  { key: 'pullbacks', label: 'Pull-backs', unit: 'people/month', kind: 'flow', doc: 'Crossings stopped and returned to the transit country (part of interceptions).' },
  { key: 'journeysEnded', label: 'Journeys ended', unit: 'people/month', kind: 'flow', doc: 'Journeys that ended: arrived, died or stopped.' },
  { key: 'revenueUsd', label: 'Fees paid', unit: 'USD/month', kind: 'flow', doc: 'Fees paid at hiring.' },
  { key: 'feeUsd', label: 'Fee', unit: 'USD', kind: 'price', doc: 'For a method: its posted fee. For a route: the mean fee paid this month (the posted fees’ mean weighted by the fixed mix when nobody hired).' },
  { key: 'operators', label: 'Operators', unit: 'operators', kind: 'level', doc: 'Operators in business running this route (or method).' },
  { key: 'capacity', label: 'Capacity', unit: 'people/month', kind: 'level', doc: 'Seats those operators offer this month.' },
  { key: 'vessels', label: 'Reusable boats', unit: 'boats', kind: 'level', doc: 'Reusable boats owned by those operators at month end.' },
  { key: 'remoteTrackShare', label: 'Remote-track share', unit: 'share 0–1', kind: 'level', doc: 'Share of the seats on the route whose land leg takes the remote, unescorted track (0 without a land leg; the route’s share on each method’s row).' },
] as const satisfies readonly OutputSpec[];

export type RouteOutputKey = (typeof ROUTE_OUTPUTS)[number]['key'];
export const ROUTE_OUTPUT_KEYS: readonly RouteOutputKey[] = ROUTE_OUTPUTS.map((o) => o.key);

/** One route's month: its own figures and those of each of its methods (in the route's method order). */
export type RouteMonthRecord = { month: number } & Record<RouteOutputKey, number> & { byMethod: Record<RouteOutputKey, number>[] };

/** A route's months, with the ids and labels of its methods. */
export interface RouteSeries {
  readonly route: string;
  readonly label: string;
  readonly methods: readonly { readonly id: string; readonly label: string }[];
  readonly months: RouteMonthRecord[];
}
