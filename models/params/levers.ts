/**
 * The policy and context levers a user sets. Each is a number in [0, 1] and may change on a
 * timeline. Defaults describe the "status quo" baseline: high insecurity at origin, few regular
 * places, moderate enforcement, some rescue — roughly the Central Mediterranean of 2014–2016.
 *
 * Two levers scale others (see the ODD document, "Levers"):
 * - `insecurity.level` scales every dimension: effective level of dimension d =
 *   min(1, 2 × level × dimension lever). A dimension lever of 0.5 means "as the overall level".
 * - `enforcement.intensity` scales every instrument: effective instrument = intensity × weight.
 *   With intensity 0 no instrument acts.
 */
import type { ParamSpec } from './spec';

const share = 'share 0–1';

export const INSECURITY_DIMENSIONS = [
  'economic',
  'food',
  'health',
  'environmental',
  'personal',
  'community',
  'political',
] as const;
export type InsecurityDimension = (typeof INSECURITY_DIMENSIONS)[number];

const dimensionDocs: Record<InsecurityDimension, [string, string]> = {
  economic: [
    'Poverty, unemployment, price shocks. Raises the wish to leave, but very high economic insecurity also erodes savings, so fewer can pay for a journey.',
    'Hatton & Moloney 2015 (origin GDP per head lowers asylum flows); Cattaneo & Peri 2016 (in poor countries shocks can lower emigration through liquidity constraints); Rodríguez Sánchez et al. 2023 (commodity prices, unemployment drive crossings).',
  ],
  food: [
    'Hunger and food-price crises. Raises the wish to leave.',
    'WFP 2017, At the Root of Exodus: +1 percentage point food insecurity → +1.9% out-migration.',
  ],
  health: [
    'Epidemics and collapsing health services. Raises the wish to leave.',
    'Assumption: no quantitative estimate found (docs/EVIDENCE.md#gaps); weighted like food.',
  ],
  environmental: [
    'Drought, floods, heat. Raises the wish to leave; root-cause investment can lower it slowly.',
    'Missirian & Schlenker 2017 (temperature deviations raise EU asylum applications); Cattaneo & Peri 2016.',
  ],
  personal: [
    'Violence, crime, abuse. A fear-related dimension: it raises urgency, so people accept more risk and wait less for a regular place.',
    'UNDP 1994 (personal security); Hatton 2009 (violence and terror explain much of asylum flows).',
  ],
  community: [
    'Ethnic and communal violence, loss of community protection. Fear-related: raises urgency.',
    'UNDP 1994; WFP 2017 (each additional year of conflict → +0.4% refugee outflows).',
  ],
  political: [
    'Repression and persecution. Fear-related: raises urgency and is the core of protection claims.',
    'Hatton & Moloney 2015 (Political Terror Scale strongly raises asylum flows).',
  ],
};

const dimensionLabels: Record<InsecurityDimension, string> = {
  economic: 'Economic insecurity',
  food: 'Food insecurity',
  health: 'Health insecurity',
  environmental: 'Environmental insecurity',
  personal: 'Personal insecurity',
  community: 'Community insecurity',
  political: 'Political insecurity',
};

const dimensionLevers = INSECURITY_DIMENSIONS.map((d): ParamSpec<`insecurity.${InsecurityDimension}`> => ({
  key: `insecurity.${d}`,
  label: dimensionLabels[d],
  unit: share,
  min: 0,
  max: 1,
  step: 0.01,
  defaultValue: 0.5,
  group: 'insecurity',
  doc: `${dimensionDocs[d][0]} 0.5 follows the overall level; 1 doubles it (capped at 1); 0 removes this dimension.`,
  source: dimensionDocs[d][1],
}));

/** The declarations, with their keys as literal types (LeverKey is derived from them). */
const LEVER_DECLARATIONS = [
  {
    key: 'regularPathways.availability',
    label: 'Regular-pathway availability',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.15,
    group: 'regularPathways',
    doc: 'Places per year on protection, labour and family routes relative to the largest programme the model allows (1 = about 240,000 places a year), together with how broad eligibility is and how fast applications are processed.',
    source:
      'Western Balkans Regulation (IW Köln 2018: asylum applications 144,000 → ~20,000 while work titles rose 12,000 → 42,000); Bracero programme (Massey & Pren 2012); Clemens & Gough 2018; Barslund et al. 2019 (limited effect alone).',
  },
  {
    key: 'insecurity.level',
    label: 'Insecurity at origin (overall)',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.6,
    group: 'insecurity',
    doc: 'Moves all seven human-security dimensions together. Each dimension lever then sets that dimension relative to this level.',
    source: 'UNDP Human Development Report 1994; UN GA resolution 66/290 (2012). Mapping to migration: see each dimension.',
  },
  ...dimensionLevers,
  {
    key: 'enforcement.intensity',
    label: 'Enforcement intensity',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.3,
    group: 'enforcement',
    doc: 'Overall effort against irregular crossings. Scales every enforcement instrument below; at 0 none of them acts.',
    source: 'Gathmann 2008 (tripled US border enforcement: fees +17–30%, crossings −10%); Massey, Durand & Pren 2016.',
  },
  {
    key: 'enforcement.interdiction',
    label: 'Border and maritime interdiction',
    unit: 'weight 0–1',
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.7,
    group: 'enforcement',
    doc: 'Patrols and checks, as assets with a capacity, on the routes the lever is aimed at (all by default), including desert patrols on a land leg. They stop the crossings they find — more of the visible methods — up to what they can handle in a month. Stopped boats and vehicles are seized and crews arrested, which costs smugglers; people and operators turn to less visible methods, tracks and routes.',
    source: 'Gathmann 2008 (tripled enforcement: fees +17–30%, crossings −10%, remote routes); AP 2006 (Arizona fees ×6, deaths up as routes moved to the desert); UNHCR Desperate Journeys 2018 (smugglers take more risk under more surveillance). Capacities per route: models/routes.ts.',
  },
  {
    key: 'enforcement.prosecution',
    label: 'Prosecution of smugglers',
    unit: 'weight 0–1',
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.5,
    group: 'enforcement',
    doc: 'Arrests. Without regional cooperation they reach drivers and crews, whom operators replace at a cost (crewed boats become dearer to run); with cooperation they also reach organisers, who are out of business for years and lose their boats, so supply shrinks while the business is not worth re-entering.',
    source: 'House of Lords 2016 and 2017 (arrests "mainly lower down the food chain"); UNODC 2018.',
  },
  {
    key: 'enforcement.vesselDestruction',
    label: 'Destruction of smuggling vessels',
    unit: 'weight 0–1',
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0,
    group: 'enforcement',
    doc: 'Naval assets destroy the vessels they meet at sea (after a rescue or an interception), up to a number a month, so smugglers cannot recover them. Reusable boats then last fewer trips; as the limited pool of boats for sale runs down, operators turn to single-use inflatables. Sea routes only.',
    source: 'House of Lords 2016 (wooden boats → rubber dinghies; 80 vessels destroyed) and 2017 (452 boats; large boats "very rare").',
  },
  {
    key: 'enforcement.pullbacks',
    label: 'Pull-backs to the transit country',
    unit: 'weight 0–1',
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.5,
    group: 'enforcement',
    doc: 'The transit country’s coastguard, as an asset with a capacity: it stops departures near the coast and takes people back into detention. What it stops levels off when departures surge. Cuts arrivals; people detained face abuse until released. Sea routes only.',
    source: 'UNHCR/IOM: Libyan coastguard returns 14,332 (2016) → 15,235 (2018); 85% of those rescued or intercepted in Libya’s zone returned (2018).',
  },
  {
    key: 'transit.containment',
    label: 'Containment in the transit country',
    unit: 'weight 0–1',
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0,
    group: 'enforcement',
    doc: 'The transit State prevents departures on land — raids on the beaches and the smugglers’ safe houses, boats seized before they sail — paid for by a destination State and sharper with regional cooperation. An asset with a capacity, like the patrols: it stops a share of the boats about to leave, up to what it can handle in a month. People stopped stay in the transit country (in detention unless safeguards keep them out of it) and must pay again; operators lose the boats. It also co-opts the route’s largest operators — militias that ran smuggling are paid to stop departures instead — up to its own capacity: they stop smuggling while it lasts and may come back when it ends. It acts through waiting and scarcity: fewer departures and seats, dearer crossings, longer stays in the transit country. Sea routes only; not scaled by enforcement intensity (it is the transit State’s own effort).',
    source: 'Micallef & Reitano (GI-TOC/ISS, Dec 2017): the mid-2017 drop in departures from Libya came from the co-option of smuggling militias under Italy’s cash-for-migration-control strategy; AP and The Times (Aug–Sep 2017): Sabratha militias paid to stop departures; UNHCR monthly arrivals Jul–Dec 2017 −68% on 2016 (docs/EVIDENCE.md#central-med-2017-break); IOM DTM: 600,000–700,000 migrants in Libya 2018–2019 (docs/EVIDENCE.md#libya-stock); Rodríguez Sánchez et al. 2023 (Libyan pushbacks changed crossing attempts).',
  },
  {
    key: 'searchAndRescue.capacity',
    label: 'Search-and-rescue capacity',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.4,
    group: 'rescueProtection',
    doc: 'Ships and coordination for rescue at sea, as assets with a capacity: they reach a share of the vessels in distress and save those on board, fewer when distress calls surge. Lowers deaths at sea; flimsier boats then look less deadly to those who choose, which partly offsets the gain. Sea routes only.',
    source: 'Cusumano & Villa 2019/2021 and Rodríguez Sánchez et al. 2023 (no effect on departures); Amnesty 2015 (1 in 16 → 1 in 427); Deiana et al. 2024 (boat-quality response).',
  },
  {
    key: 'protection.safeguards',
    label: 'Protection safeguards',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.4,
    group: 'rescueProtection',
    doc: 'Non-refoulement, screening and access to protection in transit: fewer people pulled back are taken to detention, people detained in the transit country are released sooner, people stranded there can be evacuated, and people stopped by the destination can claim protection.',
    source: 'UNHCR & MMC 2020; MMC 2018 (68% report a protection incident); Reques et al. 2020.',
  },
  {
    key: 'rootCauses.investment',
    label: 'Root-cause investment',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.1,
    group: 'rootCauses',
    doc: 'Development, public services and resilience. Lowers economic, food, health and environmental insecurity — slowly, after a gestation of years — and raises incomes, which also lets more people afford to leave.',
    source: 'Clemens 2014 (migration hump); Clemens & Postel 2018 (aid deters "small at best"); MEDAM (doubling aid → ~15% lower emigration).',
  },
  {
    key: 'information.campaigns',
    label: 'Information campaigns',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.1,
    group: 'rootCauses',
    doc: 'Accurate information on the risks of each route. Moves perceived risk towards the real, recent death rate.',
    source: 'Assumption: the direction is the model’s design (docs/EVIDENCE.md#design-assumptions); no effect size was found (docs/EVIDENCE.md#gaps).',
  },
  {
    key: 'cooperation.regional',
    label: 'Regional cooperation',
    unit: share,
    min: 0,
    max: 1,
    step: 0.01,
    defaultValue: 0.3,
    group: 'cooperation',
    doc: 'How well origin, transit and destination States work together (Khartoum, Rabat, Bali Processes). Makes prosecution reach organisers, lets patrols share information and makes regular pathways faster and broader.',
    source: 'The module’s regional processes (docs/EVIDENCE.md#module); Clemens & Gough 2018 (channels work in combination).',
  },
] as const satisfies readonly ParamSpec[];

/** Every lever's key: a key that is not declared above fails to compile. */
export type LeverKey = (typeof LEVER_DECLARATIONS)[number]['key'];
export type LeverSpec = ParamSpec<LeverKey>;
/** Lever values keyed by lever (a whole set, as the model reads them in a month). */
export type LeverValues = Readonly<Record<LeverKey, number>>;
/** Some levers' values (a scenario's starting values, overrides, `--set`). */
export type LeverSettings = Readonly<Partial<Record<LeverKey, number>>>;

export const LEVERS: readonly LeverSpec[] = LEVER_DECLARATIONS;
export const LEVER_KEYS: readonly LeverKey[] = LEVERS.map((l) => l.key);
/** Lookup by any text (keys from files, links and the command line); see isLeverKey. */
export const LEVER_BY_KEY: ReadonlyMap<string, LeverSpec> = new Map(LEVERS.map((l) => [l.key, l]));

/** Whether a text from outside is a lever's key. */
export function isLeverKey(key: unknown): key is LeverKey {
  return typeof key === 'string' && LEVER_BY_KEY.has(key);
}

/**
 * A lever's declaration by a key from outside, or a RangeError naming the field, the value and
 * the keys allowed.
 */
export function leverSpec(field: string, key: unknown): LeverSpec {
  const spec = typeof key === 'string' ? LEVER_BY_KEY.get(key) : undefined;
  if (!spec) throw new RangeError(`${field}: got ${JSON.stringify(key) ?? String(key)}; is not a known lever; allowed: ${LEVER_KEYS.join(', ')}`);
  return spec;
}

/** A lever's declaration, by a key the compiler has checked. */
export function leverSpecOf(key: LeverKey): LeverSpec {
  return leverSpec('lever', key);
}

/**
 * The [key, value] pairs of some lever settings, in their own order, each key checked (a
 * RangeError names `field.key` if one is not a lever). Object.entries would type keys as text.
 */
export function leverEntries(settings: LeverSettings, field = 'levers'): [LeverKey, number][] {
  return Object.entries(settings).map(([k, v]) => [leverSpec(`${field}.${k}`, k).key, v as number]);
}

export const LEVER_GROUPS: readonly { id: string; label: string }[] = [
  { id: 'regularPathways', label: 'Regular pathways' },
  { id: 'insecurity', label: 'Insecurity at origin' },
  { id: 'enforcement', label: 'Enforcement' },
  { id: 'rescueProtection', label: 'Rescue and protection' },
  { id: 'rootCauses', label: 'Root causes and information' },
  { id: 'cooperation', label: 'Cooperation' },
];

/** Default value of every lever. */
export function defaultLevers(): Record<LeverKey, number> {
  const out = {} as Record<LeverKey, number>;
  for (const l of LEVERS) out[l.key] = l.defaultValue;
  return out;
}
