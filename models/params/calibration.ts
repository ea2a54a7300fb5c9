/**
 * Calibration constants: the numbers inside the mechanisms that are not policy levers. Each is
 * declared once, with unit, range, default and source, and appears in the ODD parameter table.
 * A scenario file may override them (for example the historical scenario's population), within
 * the declared range. Names carry their unit (…Usd, …Months, …PerMonth, …Share).
 *
 * The declaration is in two halves, one per file: here what a run and a validator read (group,
 * label, unit, default, range, step), and in calibration-docs.ts what a reader reads (what the
 * constant does, where its value comes from). The page needs the values on its first screen (a
 * run's cache key holds the calibration) and the explanations only in the panels that show them;
 * one file would put every explanation in the first screen's download. A constant is added to
 * both files (calibration-docs.ts fails to type-check while one half is missing).
 */
import { fittedValues } from './calibration-fit';
import type { ParamSpec } from './spec';

type CalibrationValue = Omit<ParamSpec, 'key' | 'group' | 'doc' | 'source'> & { readonly group: string };

function p(group: string, label: string, unit: string, defaultValue: number, min: number, max: number, step = 0.001): CalibrationValue {
  return { group, label, unit, defaultValue, min, max, step };
}

export const CALIBRATION = {
  warmupMonths: p('population', 'Warm-up before month 0', 'months', 24, 0, 120, 1),
  populationPeople: p('population', 'People represented', 'people', 10_000_000, 10_000, 200_000_000, 1),
  resourcesMedianUsd: p('population', 'Median savings', 'USD', 2000, 100, 20_000, 1),
  resourcesLogSd: p('population', 'Spread of savings (log sd)', 'log-USD', 0.9, 0.1, 2.5, 0.01),
  tiesAbroadShare: p('population', 'Share with ties abroad', 'share 0–1', 0.3, 0, 1, 0.01),
  diasporaSupportUsd: p('population', 'Support from ties abroad', 'USD', 1500, 0, 20_000, 1),
  urgentBorrowingUsd: p('population', 'Borrowing under acute fear', 'USD', 1500, 0, 20_000, 1),
  renewalLagMonths: p('population', 'Months until a household’s next young adult comes of age', 'months', 12, 0, 120, 1),
  savingsPerMonthUsd: p('population', 'Monthly saving while trapped', 'USD/month', 25, 0, 1000, 1),

  aspirationMaxHazardPerMonth: p('aspiration', 'Highest monthly chance of deciding to leave', 'per month', 0.009, 0, 0.2, 0.0001),
  aspirationMidpoint: p('aspiration', 'Insecurity index at half the ceiling', 'index 0–1.5', 0.8, 0, 1.5, 0.01),
  aspirationSteepness: p('aspiration', 'Steepness of the decision curve', 'per index unit', 5, 0.5, 20, 0.1),
  aspirationTiesWeight: p('aspiration', 'Weight of ties abroad', 'index units', 0.3, 0, 1, 0.01),
  weightEconomic: p('aspiration', 'Weight: economic insecurity', 'weight', 0.16, 0, 1, 0.01),
  weightFood: p('aspiration', 'Weight: food insecurity', 'weight', 0.14, 0, 1, 0.01),
  weightHealth: p('aspiration', 'Weight: health insecurity', 'weight', 0.1, 0, 1, 0.01),
  weightEnvironmental: p('aspiration', 'Weight: environmental insecurity', 'weight', 0.1, 0, 1, 0.01),
  weightPersonal: p('aspiration', 'Weight: personal insecurity', 'weight', 0.18, 0, 1, 0.01),
  weightCommunity: p('aspiration', 'Weight: community insecurity', 'weight', 0.12, 0, 1, 0.01),
  weightPolitical: p('aspiration', 'Weight: political insecurity', 'weight', 0.2, 0, 1, 0.01),
  exposureSpread: p('aspiration', 'Spread of personal exposure', 'share 0–1', 0.45, 0, 1, 0.01),
  contextRiseMonths: p('context', 'Months for insecurity to rise', 'months', 1, 1, 24, 1),
  contextRecoveryMonths: p('context', 'Months for insecurity to recover', 'months', 12, 1, 60, 1),
  economicCapabilityLoss: p('aspiration', 'Savings lost to economic insecurity', 'share 0–1', 0.5, 0, 1, 0.01),

  regularPlacesPerMonthAtFull: p('regular', 'Regular places a month at full availability', 'people/month', 30_000, 0, 1_000_000, 1),
  regularEligibleShareMin: p('regular', 'Eligible share at no availability', 'share 0–1', 0.1, 0, 1, 0.01),
  regularEligibleShareMax: p('regular', 'Eligible share at full availability', 'share 0–1', 0.85, 0, 1, 0.01),
  regularProcessingMonthsMax: p('regular', 'Processing time at no availability', 'months', 12, 1, 60, 1),
  regularPatienceMonths: p('regular', 'Patience in the queue', 'months', 18, 1, 120, 1),
  fearPatienceCut: p('regular', 'Patience lost to fear', 'share 0–1', 0.5, 0, 1, 0.01),
  regularCostUsd: p('regular', 'Cost of a regular pathway', 'USD', 300, 0, 10_000, 1),

  choiceFeeWeight: p('choice', 'Weight of the fee in route choice', 'utility per (fee ÷ savings)', 1, 0, 10, 0.01),
  choiceRiskWeight: p('choice', 'Weight of perceived death risk', 'utility per percentage point', 0.35, 0, 5, 0.01),
  choiceInterceptionWeight: p('choice', 'Weight of perceived interception', 'utility per share', 1.2, 0, 10, 0.01),
  choiceWaitUtility: p('choice', 'Attraction of waiting', 'utility', 0.3, -5, 5, 0.01),
  choiceUrgencyWeight: p('choice', 'Weight of urgency against waiting', 'utility per index unit', 3, 0, 10, 0.01),

  operatorsPerRoute: p('operators', 'Potential smuggling operators per route', 'operators', 48, 8, 200, 1),
  operatorCostSpread: p('operators', 'Spread of operators’ costs (log sd)', 'log-USD', 0.3, 0, 1.5, 0.01),
  operatorCapacitySpread: p('operators', 'Spread of operators’ capacity (log sd)', 'log-people', 0.5, 0, 1.5, 0.01),
  operatorFixedCostShare: p('operators', 'Operators’ fixed costs', 'share of running cost at capacity', 0.1, 0, 1, 0.01),
  operatorEntryPerMonth: p('operators', 'Entry of profitable operators', 'per month', 0.2, 0, 1, 0.01),
  operatorExitPerMonth: p('operators', 'Exit of loss-making operators', 'per month', 0.15, 0, 1, 0.01),
  operatorReconsiderPerMonth: p('operators', 'Speed of operators’ switch between methods', 'share per month', 0.2, 0, 1, 0.01),
  operatorMethodSpread: p('operators', 'Spread of operators’ method choices', 'share of running cost', 0.15, 0.001, 1, 0.001),
  operatorProfitMemoryMonths: p('operators', 'Operators’ memory of profit', 'months', 3, 1, 24, 1),
  marketFeeAdjustPerMonth: p('operators', 'Fee adjustment speed', 'share per month', 0.3, 0.01, 1, 0.01),
  marketExcessPriceRise: p('operators', 'Fee rise under excess demand', 'share per month at double demand', 0.25, 0, 2, 0.01),
  organiserArrestPerMonthAtFull: p('operators', 'Organisers arrested at full prosecution and cooperation', 'per operator per month', 0.05, 0, 1, 0.001),
  jailMonths: p('operators', 'Months an arrested organiser is out of business', 'months', 36, 1, 240, 1),
  organiserArrestLossUsd: p('operators', 'What an organiser loses on arrest', 'USD', 100_000, 0, 10_000_000, 1),
  crewArrestAtFull: p('operators', 'Crews arrested at full prosecution', 'share of trips', 0.4, 0, 1, 0.01),
  crewArrestLossUsd: p('operators', 'Cost of replacing an arrested crew or driver', 'USD', 10_000, 0, 1_000_000, 1),
  vesselWearTrips: p('operators', 'Life of a reusable vessel', 'trips', 60, 1, 1000, 1),
  landVehiclePriceUsd: p('operators', 'Price of a vehicle on the land leg', 'USD', 25_000, 0, 1_000_000, 1),
  landVehicleSeats: p('operators', 'People per vehicle on the land leg', 'people', 25, 1, 200, 1),
  substituteAfterMonths: p('operators', 'Wait before a passenger is put on another method', 'months', 2, 1, 24, 1),

  interdictionDetectionAtFull: p('patrols', 'Detection by patrols at full strength', 'share 0–1', 0.35, 0, 1, 0.01),
  pullbackDetectionAtFull: p('patrols', 'Detection by the transit coastguard at full strength', 'share 0–1', 0.8, 0, 1, 0.01),
  landPatrolDetectionAtFull: p('patrols', 'Detection by desert patrols at full strength', 'share 0–1', 0.3, 0, 1, 0.01),
  rescueReachAtFull: p('patrols', 'Reach of rescue at full strength', 'share 0–1', 0.9, 0, 1, 0.01),
  vesselDestructionAtFull: p('patrols', 'Vessels destroyed at full strength', 'share 0–1', 0.9, 0, 1, 0.01),
  vesselDestructionCapacityAtFull: p('patrols', 'Vessels destroyed a month at most', 'vessels/month', 100, 0, 10_000, 1),

  roughShareWinter: p('journey', 'Rough-sea share in midwinter', 'share of days', 0.45, 0, 1, 0.01),
  roughShareSummer: p('journey', 'Rough-sea share in midsummer', 'share of days', 0.1, 0, 1, 0.01),
  roughShareNoise: p('journey', 'Year-to-year variation of the sea state', 'share of days', 0.08, 0, 0.5, 0.01),
  protectionClaimShare: p('journey', 'Protection after interception', 'share 0–1', 0.6, 0, 1, 0.01),
  detentionAbusePerMonth: p('journey', 'Abuse in detention', 'per month', 0.35, 0, 1, 0.01),
  detentionReleasePerMonth: p('journey', 'Release from detention without safeguards', 'per month', 0.1, 0, 1, 0.01),
  detentionReleaseAtFullSafeguards: p('journey', 'Release from detention with full safeguards', 'per month', 0.5, 0, 1, 0.01),
  strandedReturnHomePerMonth: p('journey', 'Return home from the transit country', 'per month', 0.04, 0, 1, 0.01),
  onwardAfterAbuseShare: p('journey', 'Moving on after abuse in the transit country', 'share 0–1', 0.2, 0, 1, 0.01),
  transitProtectionPerMonth: p('journey', 'Protection from the transit country', 'per month', 0.03, 0, 1, 0.001),
  hubEarningsPerMonthUsd: p('journey', 'Earnings in the transit country', 'USD/month', 150, 0, 5000, 1),
  hubCrowdingAbuseGain: p('journey', 'Abuse from crowding in the transit country', 'share at full crowding', 1, 0, 5, 0.01),
  containmentDetectionAtFull: p('patrols', 'Departures prevented by coast control at full strength', 'share 0–1', 0.6, 0, 1, 0.01),
  containmentCapacityAtFull: p('patrols', 'Departures coast control can stop a month', 'people/month', 15_000, 0, 1_000_000, 1),
  returnedReattemptPerMonth: p('journey', 'Re-attempt after return', 'per month', 0.06, 0, 1, 0.001),
  ransomShareOfSavings: p('journey', 'Savings lost to abuse', 'share 0–1', 0.3, 0, 1, 0.01),

  rootGestationMonths: p('rootCauses', 'Gestation of root-cause investment', 'months', 24, 0, 120, 1),
  rootBuildUpMonths: p('rootCauses', 'Build-up of root-cause effects', 'months', 30, 1, 240, 1),
  rootMaxReduction: p('rootCauses', 'Largest reduction of material insecurity', 'share 0–1', 0.7, 0, 1, 0.01),
  rootIncomeGain: p('rootCauses', 'Income gain from root-cause investment', 'share', 0.1, 0, 2, 0.01),

  informationMemoryMonths: p('information', 'Memory of news', 'months', 6, 1, 60, 1),
  informationNaiveRiskShare: p('information', 'Naive risk belief', 'share of the method’s risk', 0.3, 0, 2, 0.01),

  indexRefIrregularPerYear: p('indices', 'Reference irregular arrivals', 'people/year', 300_000, 1, 10_000_000, 1),
  indexRefRevenueUsdPerYear: p('indices', 'Reference smuggler revenue', 'USD/year', 1_000_000_000, 1, 1e11, 1),
  indexRefDeathsPerYear: p('indices', 'Reference deaths', 'people/year', 4_582, 1, 1_000_000, 1),
  indexRefAbusePerYear: p('indices', 'Reference abuse incidents', 'incidents/year', 204_000, 1, 10_000_000, 1),
  indexRefPeopleHeld: p('indices', 'Reference people held in place', 'people', 663_445, 1, 100_000_000, 1),
} as const satisfies Record<string, CalibrationValue>;

export type CalibrationKey = keyof typeof CALIBRATION;
export type Calibration = Record<CalibrationKey, number>;

/** The documented value of every constant, before any fit. */
export function documentedCalibration(): Calibration {
  const out = {} as Calibration;
  for (const [k, s] of Object.entries(CALIBRATION)) out[k as CalibrationKey] = s.defaultValue;
  return out;
}

/**
 * What a run uses unless told otherwise: the documented values, with those the stored ABC fit
 * chose in their place (calibration-fit.ts; `npm run calibrate` writes them).
 */
export function defaultCalibration(): Calibration {
  return { ...documentedCalibration(), ...fittedValues() };
}
