/**
 * Calibration constants: the numbers inside the mechanisms that are not policy levers. Each is
 * declared once, with unit, range, default and source, and appears in the ODD parameter table.
 * A scenario file may override them (for example the historical scenario's population), within
 * the declared range. Names carry their unit (…Usd, …Months, …PerMonth, …Share).
 */
import type { ParamSpec } from './spec';

type CalibrationSpec = Omit<ParamSpec, 'key' | 'group'> & { readonly group: string };

function p(
  group: string,
  label: string,
  unit: string,
  defaultValue: number,
  min: number,
  max: number,
  doc: string,
  source: string,
  step = 0.001,
): CalibrationSpec {
  return { group, label, unit, defaultValue, min, max, step, doc, source };
}

const ASSUMPTION = 'Assumption: no direct estimate was found (docs/EVIDENCE.md#gaps); set so that the baseline reproduces the calibration targets (models/ODD.md, section 8.1).';

export const CALIBRATION = {
  warmupMonths: p('population', 'Warm-up before month 0', 'months', 24, 0, 120,
    'Months simulated under the month-0 policy before recording starts, so that journeys are under way and the smuggling market has settled when the run begins.',
    'Standard practice for agent-based models (a burn-in); the length is an assumption, long enough for the longest journey and the market to settle.', 1),
  populationPeople: p('population', 'People represented', 'people', 10_000_000, 10_000, 200_000_000,
    'Size of the origin region’s population that the agents stand for. Each agent weighs populationPeople ÷ agents.',
    'Set so that baseline journeys are of the order of the Central Mediterranean’s 150,000–200,000 attempts a year in 2014–2016 (UNHCR; docs/EVIDENCE.md#central-med-death-rate).', 1),
  resourcesMedianUsd: p('population', 'Median savings', 'USD', 2000, 100, 20_000,
    'Median of the log-normal savings people can spend on a journey.',
    'Fees in docs/EVIDENCE.md#libya-fees (sea leg from Libya USD 1,000–4,000; getting to Libya USD 200–6,000); the median is an assumption placing the cheapest route within reach of about half the people.', 1),
  resourcesLogSd: p('population', 'Spread of savings (log sd)', 'log-USD', 0.9, 0.1, 2.5,
    'Standard deviation of log savings: how unequal the ability to pay is.', ASSUMPTION, 0.01),
  tiesAbroadShare: p('population', 'Share with ties abroad', 'share 0–1', 0.3, 0, 1,
    'Share of people with family or friends abroad.', ASSUMPTION, 0.01),
  diasporaSupportUsd: p('population', 'Support from ties abroad', 'USD', 1500, 0, 20_000,
    'Money a person with strong ties abroad can add to their savings for a journey.', ASSUMPTION, 1),
  urgentBorrowingUsd: p('population', 'Borrowing under acute fear', 'USD', 1500, 0, 20_000,
    'What a person at the highest fear-related insecurity can raise by selling assets or borrowing (including “travel now, pay later” deals with smugglers).',
    'Reuters 2016 and UNHCR 2020 (families raise thousands for ransoms); Gathmann 2008 (flows fall far less than enforcement rises). The amount is an assumption.', 1),
  savingsPerMonthUsd: p('population', 'Monthly saving while trapped', 'USD/month', 25, 0, 1000,
    'What a person who wants to leave but cannot afford to saves each month towards a journey.', ASSUMPTION, 1),

  aspirationMaxHazardPerMonth: p('aspiration', 'Highest monthly chance of deciding to leave', 'per month', 0.009, 0, 0.2,
    'Ceiling of the logistic monthly hazard of deciding to leave.',
    'Gallup 2012 and IOM GMDAC 2017: under 0.5% of adults are actively preparing to emigrate in a year; the ceiling applies only to the most insecure.', 0.0001),
  aspirationMidpoint: p('aspiration', 'Insecurity index at half the ceiling', 'index 0–1.5', 0.8, 0, 1.5,
    'Value of the personal insecurity index at which the hazard is half its ceiling.', ASSUMPTION, 0.01),
  aspirationSteepness: p('aspiration', 'Steepness of the decision curve', 'per index unit', 5, 0.5, 20,
    'How sharply the hazard rises with the insecurity index.', ASSUMPTION, 0.1),
  aspirationTiesWeight: p('aspiration', 'Weight of ties abroad', 'index units', 0.3, 0, 1,
    'Added to the insecurity index for a person with full ties abroad.',
    'Gallup 2011: people with help from abroad are about three times as likely to want to migrate (30% vs 11%).', 0.01),
  weightEconomic: p('aspiration', 'Weight: economic insecurity', 'weight', 0.16, 0, 1, 'Share of the insecurity index from economic insecurity.', 'WFP 2017; Hatton & Moloney 2015. The split among dimensions is an assumption: fear-related dimensions weigh most.', 0.01),
  weightFood: p('aspiration', 'Weight: food insecurity', 'weight', 0.14, 0, 1, 'Share of the insecurity index from food insecurity.', 'WFP 2017 (+1 pp food insecurity → +1.9% out-migration).', 0.01),
  weightHealth: p('aspiration', 'Weight: health insecurity', 'weight', 0.1, 0, 1, 'Share of the insecurity index from health insecurity.', ASSUMPTION, 0.01),
  weightEnvironmental: p('aspiration', 'Weight: environmental insecurity', 'weight', 0.1, 0, 1, 'Share of the insecurity index from environmental insecurity.', 'Missirian & Schlenker 2017.', 0.01),
  weightPersonal: p('aspiration', 'Weight: personal insecurity', 'weight', 0.18, 0, 1, 'Share of the insecurity index from personal insecurity.', 'Hatton 2009 (violence and terror).', 0.01),
  weightCommunity: p('aspiration', 'Weight: community insecurity', 'weight', 0.12, 0, 1, 'Share of the insecurity index from community insecurity.', 'WFP 2017 (conflict years).', 0.01),
  weightPolitical: p('aspiration', 'Weight: political insecurity', 'weight', 0.2, 0, 1, 'Share of the insecurity index from political insecurity.', 'Hatton & Moloney 2015 (Political Terror Scale).', 0.01),
  exposureSpread: p('aspiration', 'Spread of personal exposure', 'share 0–1', 0.45, 0, 1,
    'How much a person’s exposure to each dimension varies around the regional level (half-width of a uniform multiplier around 1).', ASSUMPTION, 0.01),
  contextRiseMonths: p('context', 'Months for insecurity to rise', 'months', 1, 1, 24,
    'Time constant with which regional insecurity follows a worsening (shocks are quick).', ASSUMPTION, 1),
  contextRecoveryMonths: p('context', 'Months for insecurity to recover', 'months', 12, 1, 60,
    'Time constant with which regional insecurity follows an improvement (recovery is slow).', ASSUMPTION, 1),
  economicCapabilityLoss: p('aspiration', 'Savings lost to economic insecurity', 'share 0–1', 0.5, 0, 1,
    'At full economic insecurity a person can spend this much less of their savings than at none (liquidity constraint).',
    'Cattaneo & Peri 2016 (warming lowers emigration from poor countries); Carling 2002 (involuntary immobility).', 0.01),

  regularPlacesPerMonthAtFull: p('regular', 'Regular places a month at full availability', 'people/month', 30_000, 0, 1_000_000,
    'Places per month on regular pathways when availability is 1.',
    'Of the order of the Bracero programme’s ~500,000 legal entries a year at its height (Massey), scaled to the represented population.', 1),
  regularEligibleShareMin: p('regular', 'Eligible share at no availability', 'share 0–1', 0.1, 0, 1,
    'Share of people eligible for some regular pathway when availability is 0.', ASSUMPTION, 0.01),
  regularEligibleShareMax: p('regular', 'Eligible share at full availability', 'share 0–1', 0.85, 0, 1,
    'Share eligible when availability is 1 (broad protection, labour and family routes).', ASSUMPTION, 0.01),
  regularProcessingMonthsMax: p('regular', 'Processing time at no availability', 'months', 12, 1, 60,
    'Minimum months in the queue when pathways are minimal; falls to a quarter of this at full availability.', ASSUMPTION, 1),
  regularPatienceMonths: p('regular', 'Patience in the queue', 'months', 18, 1, 120,
    'Mean months a person with no acute fear waits for a regular place before turning to smugglers; see fearPatienceCut.', ASSUMPTION, 1),
  fearPatienceCut: p('regular', 'Patience lost to fear', 'share 0–1', 0.5, 0, 1,
    'Share of patience lost by someone at the highest fear-related insecurity (personal, community, political).', 'The model’s design: patience is short when personal or political insecurity is acute (docs/EVIDENCE.md#design-assumptions); size an assumption.', 0.01),
  regularCostUsd: p('regular', 'Cost of a regular pathway', 'USD', 300, 0, 10_000, 'Fees and travel on a regular pathway.', ASSUMPTION, 1),

  choiceFeeWeight: p('choice', 'Weight of the fee in route choice', 'utility per (fee ÷ savings)', 1, 0, 10,
    'How strongly a fee that takes more of one’s savings makes a route less attractive.', 'Gathmann 2008: demand for smugglers is price-elastic.', 0.01),
  choiceRiskWeight: p('choice', 'Weight of perceived death risk', 'utility per percentage point', 0.35, 0, 5,
    'How strongly perceived risk of death deters a route; urgency (fear) shrinks it.', ASSUMPTION, 0.01),
  choiceInterceptionWeight: p('choice', 'Weight of perceived interception', 'utility per share', 1.2, 0, 10,
    'How strongly the expected chance of being stopped deters a route.', ASSUMPTION, 0.01),
  choiceWaitUtility: p('choice', 'Attraction of waiting', 'utility', 0.3, -5, 5,
    'Utility of staying home for now, before urgency is subtracted.', ASSUMPTION, 0.01),
  choiceUrgencyWeight: p('choice', 'Weight of urgency against waiting', 'utility per index unit', 3, 0, 10,
    'How strongly fear-related insecurity pushes people to go now rather than wait.', 'UNHCR/Altai 2017; Hatton 2009 (fear drives flight).', 0.01),

  marketFeeEnforcementPremium: p('market', 'Fee risk premium at full interdiction', 'share of fee', 0.8, 0, 5,
    'Extra fee smugglers charge when interdiction on their route is at full strength.',
    'Gathmann 2008 (+17–30% for a tripling); AP 2006 (Arizona fees ×6 over 12 years); Cato 2014.', 0.01),
  marketScarcityElasticity: p('market', 'Fee response to demand over capacity', 'elasticity', 0.5, 0, 3,
    'Fees scale with (demand ÷ capacity) to this power.', ASSUMPTION, 0.01),
  marketFeeAdjustPerMonth: p('market', 'Fee adjustment speed', 'share per month', 0.15, 0.01, 1,
    'Share of the gap to the target fee closed each month.', ASSUMPTION, 0.01),
  marketEntryPerMonth: p('market', 'Entry of smugglers', 'share of excess demand per month', 0.25, 0, 1,
    'Share of unmet, profitable demand that new smugglers take up each month.', 'House of Lords 2016 (low-level smugglers quickly replaced).', 0.01),
  marketExitPerMonth: p('market', 'Exit of smugglers', 'share of idle capacity per month', 0.05, 0, 1,
    'Share of unused capacity that leaves the market each month.', ASSUMPTION, 0.01),
  marketArrestPerMonth: p('market', 'Capacity arrested at full prosecution', 'share per month', 0.08, 0, 1,
    'Share of smuggling capacity removed each month at full prosecution.', 'House of Lords 2017 (110 arrests, mostly low level).', 0.001),
  marketUnitCostShare: p('market', 'Smugglers’ costs', 'share of base fee', 0.45, 0, 1,
    'Smugglers’ running costs per person as a share of the route’s base fee; enforcement raises them.', ASSUMPTION, 0.01),
  marketInitialCapacityPerMonth: p('market', 'Starting capacity', 'people/month', 12_000, 0, 1_000_000,
    'Smuggling capacity on each route at the start, before the market adjusts.', ASSUMPTION, 1),

  vesselDestructionQualityLoss: p('journey', 'Quality lost to vessel destruction', 'share 0–1', 0.65, 0, 1,
    'Drop in vessel quality at full vessel destruction (smugglers switch to dinghies).', 'House of Lords 2016, 2017.', 0.01),
  vesselRescueQualityLoss: p('journey', 'Quality lost when rescue is expected', 'share 0–1', 0.15, 0, 1,
    'Drop in vessel quality at full rescue capacity: smugglers need only reach the rescuers.', 'Deiana, Maheshri & Mastrobuoni 2024 (moral-hazard response); magnitude an assumption.', 0.01),
  vesselRecoveryPerMonth: p('journey', 'Vessel quality recovery', 'share per month', 0.06, 0, 1,
    'Share of the gap to the target quality closed each month.', ASSUMPTION, 0.01),
  vesselDeathMultiplierAtWorst: p('journey', 'Death multiplier at the worst vessels', 'multiplier', 3, 1, 10,
    'Sea death risk at vessel quality 0 relative to quality 1.', 'IOM GMDAC 2017 (1 in 88 → 1 in 36 with less seaworthy vessels).', 0.01),
  riskTakingAtFullInterdiction: p('journey', 'Extra death risk from evasion', 'share', 2.5, 0, 5,
    'Extra death risk at full interdiction, from night departures, remote routes and no escorts.',
    'ISPI 2018 (2.1% → 6.8% under "total deterrence"); UNHCR 2018 (1 in 38 → 1 in 14).', 0.01),
  interceptionAtFullInterdiction: p('journey', 'Interception at full interdiction', 'share 0–1', 0.3, 0, 1,
    'Chance of interception per crossing at full interdiction on a fully exposed route.', 'ISPI 2018 (~70% intercepted in Sep 2018); LCG share 7% → 42% (docs/EVIDENCE.md#central-med-death-rate).', 0.01),
  pullbackAtFull: p('journey', 'Pull-back share at full strength', 'share 0–1', 0.6, 0, 1,
    'Chance a sea crossing is stopped and returned to the transit country at full pull-backs and no safeguards.', 'UNHCR 2018 (85% of those rescued or intercepted in Libya’s zone returned); ISPI Sep 2018 (~70%).', 0.01),
  rescueDeathReduction: p('journey', 'Deaths prevented at full rescue', 'share 0–1', 0.75, 0, 1,
    'Share of sea deaths prevented at full search-and-rescue capacity.', 'Amnesty 2015 (1 in 16 → 1 in 427); IOM Q1 2015 vs 2014 (486 vs 46 deaths).', 0.01),
  protectionClaimShare: p('journey', 'Protection after interception', 'share 0–1', 0.6, 0, 1,
    'Share of people intercepted by the destination who obtain protection when safeguards are full (they count as irregular arrivals, not returns).', ASSUMPTION, 0.01),
  detentionAbusePerMonth: p('journey', 'Abuse in detention', 'per month', 0.35, 0, 1,
    'Monthly chance of abuse while stranded or detained in the transit country, without safeguards.', 'Reques et al. 2020 (violence reported by 96% of men); MMC 2018.', 0.01),
  safeguardAbuseReduction: p('journey', 'Abuse prevented by safeguards', 'share 0–1', 0.7, 0, 1,
    'Share of abuse in transit and detention prevented at full safeguards.', ASSUMPTION, 0.01),
  strandedReattemptPerMonth: p('journey', 'Re-attempt from the transit country', 'per month', 0.15, 0, 1,
    'Monthly chance that someone stranded after a pull-back pays for another crossing.', 'No Libya-specific rate found; US recidivism 27–38% under Title 42 (AP 2021; CBP via Cato).', 0.01),
  strandedReturnHomePerMonth: p('journey', 'Return home from the transit country', 'per month', 0.04, 0, 1,
    'Monthly chance that someone stranded goes back to the origin region.', ASSUMPTION, 0.01),
  transitProtectionPerMonth: p('journey', 'Protection from the transit country', 'per month', 0.03, 0, 1,
    'Monthly chance, at full safeguards, that someone stranded in the transit country is evacuated or resettled (counted as a regular arrival).', 'UNHCR evacuation and resettlement from Libya exist but are small; the rate is an assumption.', 0.001),
  returnedReattemptPerMonth: p('journey', 'Re-attempt after return', 'per month', 0.06, 0, 1,
    'Monthly chance that someone returned to the origin region tries again, if they can pay.', 'TRAC 2022 (~60% of Title-42 apprehensions involved a repeat crosser); DHS recidivism 12–30%.', 0.001),
  ransomShareOfSavings: p('journey', 'Savings lost to abuse', 'share 0–1', 0.3, 0, 1,
    'Share of remaining savings lost at each abuse incident (ransom, extortion, theft).', 'Reuters 2016; UNHCR 2020 (ransoms of USD 6,000–17,000).', 0.01),

  rootGestationMonths: p('rootCauses', 'Gestation of root-cause investment', 'months', 24, 0, 120,
    'Months before investment starts to lower insecurity.', 'Clemens & Postel 2018; MEDAM (effects are slow).', 1),
  rootBuildUpMonths: p('rootCauses', 'Build-up of root-cause effects', 'months', 30, 1, 240,
    'Time constant with which the effect grows once it has started.', ASSUMPTION, 1),
  rootMaxReduction: p('rootCauses', 'Largest reduction of material insecurity', 'share 0–1', 0.7, 0, 1,
    'Share of economic, food, health and environmental insecurity removed by full, sustained investment.', 'MEDAM (doubling aid → ~15% lower emigration); ambitious on purpose so the lever can be explored.', 0.01),
  rootIncomeGain: p('rootCauses', 'Income gain from root-cause investment', 'share', 0.1, 0, 2,
    'Increase in what people can spend on a journey at full, matured investment (the migration hump).', 'Clemens 2014 (emigration rises with income up to USD 6,000–10,000 per head).', 0.01),

  informationMemoryMonths: p('information', 'Memory of news', 'months', 6, 1, 60,
    'Time constant of the community’s memory of recent deaths and arrivals on each route.', ASSUMPTION, 1),
  informationNaiveRiskShare: p('information', 'Naive risk belief', 'share of base risk', 0.3, 0, 2,
    'What an uninformed person believes the death risk to be, as a share of the route’s base risk (smugglers’ reassurance).', ASSUMPTION, 0.01),

  indexRefIrregularPerYear: p('indices', 'Reference irregular arrivals', 'people/year', 300_000, 1, 10_000_000,
    'Irregular arrivals a year at which the State-security index’s arrivals term is at its worst.', 'Twice the Central Mediterranean’s 2014–2016 arrivals (UNHCR).', 1),
  indexRefRevenueUsdPerYear: p('indices', 'Reference smuggler revenue', 'USD/year', 1_000_000_000, 1, 1e11,
    'Smugglers’ revenue a year at which the State-security index’s market term is at its worst.', 'UNODC 2018 (USD 5.5–7 billion worldwide in 2016), scaled to one corridor.', 1),
  indexRefDeathRate: p('indices', 'Reference death rate', 'deaths per journey', 0.06, 0.001, 1,
    'Deaths per ended journey at which the human-security index’s mortality term is at its worst.', 'ISPI 2018 (6.8% in Jun–Sep 2018).', 0.001),
} as const satisfies Record<string, CalibrationSpec>;

export type CalibrationKey = keyof typeof CALIBRATION;
export type Calibration = Record<CalibrationKey, number>;

export const CALIBRATION_SPECS: readonly ParamSpec[] = Object.entries(CALIBRATION).map(([key, s]) => ({
  key,
  ...s,
}));

export function defaultCalibration(): Calibration {
  const out = {} as Calibration;
  for (const [k, s] of Object.entries(CALIBRATION)) out[k as CalibrationKey] = s.defaultValue;
  return out;
}
