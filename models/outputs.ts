/**
 * Declared outputs ("reporters"): every figure the model reports each month and in the run
 * summary, with its unit and how it is computed. Counts are in people (agents × weight).
 *
 * The two indices (0–100, higher = more secure) use the last 12 months of flows; their terms and
 * weights (the "formula above" of their docs) are declared in indices.ts.
 */

export type OutputKind = 'flow' | 'stock' | 'rate' | 'price' | 'index' | 'level';

export interface OutputSpec {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: OutputKind;
  readonly doc: string;
}

export const OUTPUTS = [
  { key: 'smugglingDemand', label: 'Smuggling demand', unit: 'people/month', kind: 'flow', doc: 'People who hired a smuggler this month, first or repeat attempt.' },
  { key: 'repeatAttempts', label: 'Repeat attempts', unit: 'people/month', kind: 'flow', doc: 'Hires by people who had tried before (after a return or a pull-back).' },
  { key: 'inTransit', label: 'In transit', unit: 'people', kind: 'stock', doc: 'People travelling with a smuggler or stranded in the transit country at month end.' },
  { key: 'stranded', label: 'Stranded in transit', unit: 'people', kind: 'stock', doc: 'People stranded or detained in the transit country after a pull-back, at month end (part of inTransit).' },
  { key: 'irregularArrivals', label: 'Irregular arrivals', unit: 'people/month', kind: 'flow', doc: 'People who reached the destination with a smuggler (including those intercepted who then obtained protection).' },
  { key: 'regularArrivals', label: 'Regular arrivals', unit: 'people/month', kind: 'flow', doc: 'People who arrived through a regular pathway or evacuation from the transit country.' },
  { key: 'regularQueue', label: 'Regular queue', unit: 'people', kind: 'stock', doc: 'People waiting for a regular place at month end.' },
  { key: 'deathsMissing', label: 'Dead and missing', unit: 'people/month', kind: 'flow', doc: 'Deaths on land legs and at sea.' },
  { key: 'journeysEnded', label: 'Journeys ended', unit: 'people/month', kind: 'flow', doc: 'Smuggled journeys that ended this month: arrived, died or intercepted.' },
  { key: 'deathRatePerAttempt', label: 'Death rate per attempt', unit: 'share', kind: 'rate', doc: 'Deaths ÷ journeys that ended this month (arrived, died or intercepted).' },
  { key: 'interceptions', label: 'Interceptions', unit: 'people/month', kind: 'flow', doc: 'Crossings stopped by the destination or pulled back by the transit country.' },
  { key: 'pullbacks', label: 'Pull-backs', unit: 'people/month', kind: 'flow', doc: 'Sea crossings stopped and returned to the transit country (part of interceptions).' },
  { key: 'returns', label: 'Returns', unit: 'people/month', kind: 'flow', doc: 'People returned to the origin region: after interception by the destination, or going home from the transit country.' },
  { key: 'abuseIncidents', label: 'Abuse incidents', unit: 'incidents/month', kind: 'flow', doc: 'Extortion, violence, forced labour or detention abuse suffered in transit.' },
  { key: 'meanFeeUsd', label: 'Mean fee', unit: 'USD', kind: 'price', doc: 'Mean fee paid by those who hired a smuggler (the posted fees’ mean when nobody did).' },
  { key: 'smugglerRevenueUsd', label: 'Smuggler revenue', unit: 'USD/month', kind: 'flow', doc: 'Fees paid to smugglers this month.' },
  { key: 'smugglingCapacity', label: 'Smuggling capacity', unit: 'people/month', kind: 'level', doc: 'Total people smugglers can move in a month, over all routes.' },
  { key: 'vesselQuality', label: 'Vessel quality', unit: 'index 0–1', kind: 'level', doc: 'Mean seaworthiness of boats on sea routes (1 = seaworthy).' },
  { key: 'trappedPopulation', label: 'Trapped', unit: 'people', kind: 'stock', doc: 'People who want to leave but cannot afford any channel, at month end.' },
  { key: 'atHome', label: 'At home', unit: 'people', kind: 'stock', doc: 'People in the origin region not trying to leave (including those returned).' },
  { key: 'arrivedRegularTotal', label: 'Arrived regularly (total)', unit: 'people', kind: 'stock', doc: 'Everyone who has arrived regularly so far.' },
  { key: 'arrivedIrregularTotal', label: 'Arrived irregularly (total)', unit: 'people', kind: 'stock', doc: 'Everyone who has arrived irregularly so far.' },
  { key: 'returnedTotal', label: 'Returned (now at origin)', unit: 'people', kind: 'stock', doc: 'People currently back in the origin region after a return.' },
  { key: 'deadMissingTotal', label: 'Dead and missing (total)', unit: 'people', kind: 'stock', doc: 'Everyone who has died or gone missing so far.' },
  { key: 'insecurityIndex', label: 'Insecurity at origin', unit: 'index 0–1', kind: 'level', doc: 'Weighted mean regional level of the seven insecurity dimensions.' },
  { key: 'insecurityEconomic', label: 'Economic insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityFood', label: 'Food insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityHealth', label: 'Health insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityEnvironmental', label: 'Environmental insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityPersonal', label: 'Personal insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityCommunity', label: 'Community insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'insecurityPolitical', label: 'Political insecurity', unit: 'level 0–1', kind: 'level', doc: 'Regional level.' },
  { key: 'humanSecurityIndex', label: 'Human-security index', unit: 'index 0–100', kind: 'index', doc: 'Security of people (formula above); higher is more secure.' },
  { key: 'stateSecurityIndex', label: 'State-security index', unit: 'index 0–100', kind: 'index', doc: 'What a State-centred view counts (formula above); higher is more secure.' },
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

export interface RouteSummary {
  route: string;
  label: string;
  attempts: number;
  arrivals: number;
  deathsMissing: number;
  interceptions: number;
  deathRatePerAttempt: number;
}

export type RunSummary = Record<OutputKey, number> & { byRoute: RouteSummary[] };
