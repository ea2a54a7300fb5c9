/**
 * What each calibration constant does in the model and where its value comes from: the half of
 * each constant's declaration that people read (the ODD parameter table, the page's explanations
 * under the index formulas), beside its values in calibration.ts. Kept apart so that the page's
 * first screen, which needs the values, does not download the explanations (calibration.ts says
 * why). The `satisfies` below makes a constant without its explanation, or an explanation
 * without its constant, a type error.
 */
import { CALIBRATION, type CalibrationKey } from './calibration';
import type { ParamSpec } from './spec';

interface CalibrationDoc {
  /** One or two sentences: what moving this value does inside the model. */
  readonly doc: string;
  /** Where the value comes from (publications are listed in docs/EVIDENCE.md), or why it is an assumption. */
  readonly source: string;
}

function d(doc: string, source: string): CalibrationDoc {
  return { doc, source };
}

const ASSUMPTION = 'Assumption: no direct estimate was found (docs/EVIDENCE.md#gaps); set so that the baseline reproduces the calibration targets (models/ODD.md, section 8.1).';

export const CALIBRATION_DOCS = {
  warmupMonths: d(
    'Months simulated under the month-0 policy before recording starts, so that journeys are under way and the smuggling market has settled when the run begins.',
    'Standard practice for agent-based models (a burn-in); the length is an assumption, long enough for the longest journey and the market to settle.'),
  populationPeople: d(
    'Size of the origin region’s population that the agents stand for. Each agent weighs populationPeople ÷ agents.',
    'Set so that baseline journeys are of the order of the Central Mediterranean’s 150,000–200,000 attempts a year in 2014–2016 (UNHCR; docs/EVIDENCE.md#central-med-death-rate).'),
  resourcesMedianUsd: d(
    'Median of the log-normal savings people can spend on a journey.',
    'Fees in docs/EVIDENCE.md#libya-fees (sea leg from Libya USD 1,000–4,000; getting to Libya USD 200–6,000); the median is an assumption placing the cheapest route within reach of about half the people.'),
  resourcesLogSd: d(
    'Standard deviation of log savings: how unequal the ability to pay is.',
    ASSUMPTION),
  tiesAbroadShare: d(
    'Share of people with family or friends abroad.',
    ASSUMPTION),
  diasporaSupportUsd: d(
    'Money a person with strong ties abroad can add to their savings for a journey.',
    ASSUMPTION),
  urgentBorrowingUsd: d(
    'What a person at the highest fear-related insecurity can raise by selling assets or borrowing (including “travel now, pay later” deals with smugglers).',
    'Reuters 2016 and UNHCR 2020 (families raise thousands for ransoms); Gathmann 2008 (flows fall far less than enforcement rises). The amount is an assumption.'),
  renewalLagMonths: d(
    'When a person leaves the origin region for good (arrives at the destination, dies or goes missing), a young adult of the same household comes of age in their place this many months later: same exposure to insecurity and ties abroad, own savings, knowledge, patience and eligibility drawn afresh. So the origin population keeps its size and make-up and an unchanged policy gives an unchanged baseline.',
    'Assumption: the origin region’s population is taken as stationary (its real growth is not modelled; docs/EVIDENCE.md#gaps). The lag only sets how long a departure leaves a gap at home.'),
  savingsPerMonthUsd: d(
    'What a person who wants to leave but cannot afford to saves each month towards a journey.',
    ASSUMPTION),

  aspirationMaxHazardPerMonth: d(
    'Ceiling of the logistic monthly hazard of deciding to leave.',
    'Gallup 2012 and IOM GMDAC 2017: under 0.5% of adults are actively preparing to emigrate in a year; the ceiling applies only to the most insecure.'),
  aspirationMidpoint: d(
    'Value of the personal insecurity index at which the hazard is half its ceiling.',
    ASSUMPTION),
  aspirationSteepness: d(
    'How sharply the hazard rises with the insecurity index.',
    ASSUMPTION),
  aspirationTiesWeight: d(
    'Added to the insecurity index for a person with full ties abroad.',
    'Gallup 2011: people with help from abroad are about three times as likely to want to migrate (30% vs 11%).'),
  weightEconomic: d(
    'Share of the insecurity index from economic insecurity.',
    'WFP 2017; Hatton & Moloney 2015. The split among dimensions is an assumption: fear-related dimensions weigh most.'),
  weightFood: d(
    'Share of the insecurity index from food insecurity.',
    'WFP 2017 (+1 pp food insecurity → +1.9% out-migration).'),
  weightHealth: d(
    'Share of the insecurity index from health insecurity.',
    ASSUMPTION),
  weightEnvironmental: d(
    'Share of the insecurity index from environmental insecurity.',
    'Missirian & Schlenker 2017.'),
  weightPersonal: d(
    'Share of the insecurity index from personal insecurity.',
    'Hatton 2009 (violence and terror).'),
  weightCommunity: d(
    'Share of the insecurity index from community insecurity.',
    'WFP 2017 (conflict years).'),
  weightPolitical: d(
    'Share of the insecurity index from political insecurity.',
    'Hatton & Moloney 2015 (Political Terror Scale).'),
  exposureSpread: d(
    'How much a person’s exposure to each dimension varies around the regional level (half-width of a uniform multiplier around 1).',
    ASSUMPTION),
  contextRiseMonths: d(
    'Time constant with which regional insecurity follows a worsening (shocks are quick).',
    ASSUMPTION),
  contextRecoveryMonths: d(
    'Time constant with which regional insecurity follows an improvement (recovery is slow).',
    ASSUMPTION),
  economicCapabilityLoss: d(
    'At full economic insecurity a person can spend this much less of their savings than at none (liquidity constraint).',
    'Cattaneo & Peri 2016 (warming lowers emigration from poor countries); Carling 2002 (involuntary immobility).'),

  regularPlacesPerMonthAtFull: d(
    'Places per month on regular pathways when availability is 1.',
    'Of the order of the Bracero programme’s ~500,000 legal entries a year at its height (Massey), scaled to the represented population.'),
  regularEligibleShareMin: d(
    'Share of people eligible for some regular pathway when availability is 0.',
    ASSUMPTION),
  regularEligibleShareMax: d(
    'Share eligible when availability is 1 (broad protection, labour and family routes).',
    ASSUMPTION),
  regularProcessingMonthsMax: d(
    'Minimum months in the queue when pathways are minimal; falls to a quarter of this at full availability.',
    ASSUMPTION),
  regularPatienceMonths: d(
    'Mean months a person with no acute fear waits for a regular place before turning to smugglers; see fearPatienceCut.',
    ASSUMPTION),
  fearPatienceCut: d(
    'Share of patience lost by someone at the highest fear-related insecurity (personal, community, political).',
    'The model’s design: patience is short when personal or political insecurity is acute (docs/EVIDENCE.md#design-assumptions); size an assumption.'),
  regularCostUsd: d(
    'Fees and travel on a regular pathway.',
    ASSUMPTION),

  choiceFeeWeight: d(
    'How strongly a fee that takes more of one’s savings makes a route less attractive.',
    'Gathmann 2008: demand for smugglers is price-elastic.'),
  choiceRiskWeight: d(
    'How strongly perceived risk of death deters a route; urgency (fear) shrinks it.',
    ASSUMPTION),
  choiceInterceptionWeight: d(
    'How strongly the remembered chance of being stopped deters a crossing method (everyone perceives it: people who are stopped come back and tell).',
    ASSUMPTION),
  choiceWaitUtility: d(
    'Utility of staying home for now, before urgency is subtracted.',
    ASSUMPTION),
  choiceUrgencyWeight: d(
    'How strongly fear-related insecurity pushes people to go now rather than wait.',
    'UNHCR/Altai 2017; Hatton 2009 (fear drives flight).'),

  operatorsPerRoute: d(
    'Size of the pool of would-be smuggling operators on each route (organisers with their networks of recruiters, drivers and safe houses). Each is active or not in a month; entry and exit follow profit.',
    'UNODC 2018 and Europol 2016 describe loose networks of many small operators; a few dozen per route is enough for a smooth supply curve. An assumption.'),
  operatorCostSpread: d(
    'How much operators differ in running cost per passenger (connections, bribes, efficiency). The spread is what makes supply slope upwards: carrying more people needs dearer operators.',
    ASSUMPTION),
  operatorCapacitySpread: d(
    'How much operators differ in the number of people they can organise a month.',
    ASSUMPTION),
  operatorFixedCostShare: d(
    'Monthly cost of staying in business (safe houses, retainers, protection), as a share of what running at full capacity would cost; paid whether anyone is carried or not, so idle operators lose money and leave.',
    ASSUMPTION),
  operatorEntryPerMonth: d(
    'Monthly chance that a would-be operator who would make a profit at current fees starts up.',
    'House of Lords 2016 (arrested low-level smugglers quickly replaced while the business pays).'),
  operatorExitPerMonth: d(
    'Monthly chance that an active operator whose recent profit is not positive stops.',
    ASSUMPTION),
  operatorReconsiderPerMonth: d(
    'Share of the gap between an operator’s current split of capacity over the route’s methods and the split it would now choose that it closes each month (boats and crews cannot be switched at once).',
    ASSUMPTION),
  operatorMethodSpread: d(
    'Operators split their capacity over methods in a logit on the expected takings per seat (margin times sailing days): a method whose takings are higher by this share of the operator’s running cost gets e ≈ 2.7 times the capacity. It stands for what the model does not see (an operator’s contacts with boat sellers, its crews, its customers), so supply moves smoothly rather than all at once.',
    ASSUMPTION),
  operatorProfitMemoryMonths: d(
    'Time constant of the running average of profit that decides exit.',
    ASSUMPTION),
  marketFeeAdjustPerMonth: d(
    'Share of the gap between the posted fee and the market-clearing fee closed each month.',
    ASSUMPTION),
  marketExcessPriceRise: d(
    'While more people want a method than all active operators can carry, its fee rises each month by this share times the excess (demand ÷ capacity − 1, at most 1), until demand falls or entry catches up.',
    ASSUMPTION),
  organiserArrestPerMonthAtFull: d(
    'Monthly chance that an active operator is arrested when prosecution and regional cooperation are both at full strength. Without cooperation, arrests reach only drivers and crews.',
    'House of Lords 2017 (109–110 arrests, “mainly lower down the food chain”); UNODC 2018.'),
  jailMonths: d(
    'After an arrest an operator cannot work for this long; its vessels are seized.',
    ASSUMPTION),
  organiserArrestLossUsd: d(
    'Business lost when an organiser is arrested (besides the vessels seized); its expected value per passenger is part of every operator’s cost.',
    ASSUMPTION),
  crewArrestAtFull: d(
    'Share of trips by crewed vessels whose crew is identified and arrested at the destination at full prosecution (drivers and skippers, the low-level end).',
    'House of Lords 2016 and 2017 (arrests of low-level targets; boats no longer sent with escorts).'),
  crewArrestLossUsd: d(
    'What it costs an operator to replace a crew or driver who has been arrested.',
    ASSUMPTION),
  vesselWearTrips: d(
    'Trips a reusable vessel makes before it is worn out, if it is not seized or destroyed first.',
    ASSUMPTION),
  landVehiclePriceUsd: d(
    'Price of a pick-up truck seized when desert patrols stop it.',
    ASSUMPTION),
  landVehicleSeats: d(
    'People one vehicle carries across the desert.',
    ASSUMPTION),
  substituteAfterMonths: d(
    'Months a passenger waits at the coast for the method paid for when it has no seat; then the operator sends them on another method of the route that has seats.',
    ASSUMPTION),

  interdictionDetectionAtFull: d(
    'Chance that the destination’s patrols stop a fully visible crossing on a fully exposed route when they are at full strength and not overloaded. It scales with the route’s exposure, the method’s visibility and the patrols’ strength; what they can handle is capped by their capacity.',
    'Gathmann 2008 (tripled enforcement cut crossings by about 10%); ISPI 2018; UNHCR Desperate Journeys 2018.'),
  pullbackDetectionAtFull: d(
    'Chance that the transit country’s coastguard stops a fully visible departure when at full strength and not overloaded; capped by its capacity.',
    'ISPI 2018 (~70% of departures intercepted and returned in Sep 2018); UNHCR 2018 (85% of those rescued or intercepted in Libya’s zone returned).'),
  landPatrolDetectionAtFull: d(
    'Chance that desert patrols stop a vehicle on the usual track when at full strength and not overloaded; capped by their capacity.',
    ASSUMPTION),
  rescueReachAtFull: d(
    'Share of the sea crossings that rescue assets at full strength and not overloaded can reach: they meet the vessel, save the people of a vessel in distress and escort the others.',
    'Amnesty 2015 (1 in 16 → 1 in 427 after rescue was reinforced); Mare Nostrum patrolled up to 172 nautical miles from Italy, Triton up to 30 (EastWest 2015, as reported).'),
  vesselDestructionAtFull: d(
    'Share of the vessels met at sea (rescued, escorted or intercepted) that naval assets destroy at full strength, so that smugglers cannot recover them; capped by vesselDestructionCapacityAtFull.',
    'House of Lords 2016 and 2017 (80, then 452 boats destroyed); ISPI 2019 (>550 boats disabled 2015–2018).'),
  vesselDestructionCapacityAtFull: d(
    'Vessels naval assets can destroy on a route in a month at full strength.',
    'ISPI 2019 (>550 boats disabled in about 38 months); House of Lords 2017 (452 boats by June 2017).'),

  roughShareWinter: d(
    'Share of days with rough seas in January, the roughest month.',
    'IOM GMDAC 2017 (winter departures raised fatalities); Cusumano & Villa 2019 (departures track the weather). The share is an assumption.'),
  roughShareSummer: d(
    'Share of days with rough seas in July, the calmest month; other months lie on a cosine between the two.',
    ASSUMPTION),
  roughShareNoise: d(
    'Standard deviation of a month’s rough-sea share around its seasonal value (drawn from the seed, the same under every policy).',
    ASSUMPTION),
  protectionClaimShare: d(
    'Share of people intercepted by the destination who obtain protection when safeguards are full (they count as irregular arrivals, not returns).',
    ASSUMPTION),
  detentionAbusePerMonth: d(
    'Monthly chance of abuse while detained in the transit country (people stranded but not detained face the route’s abuse in transit).',
    'Reques et al. 2020 (violence reported by 96% of men); MMC 2018.'),
  detentionReleasePerMonth: d(
    'Monthly chance that a detained person in the transit country is released (still stranded) when safeguards are absent.',
    'IOM 2020–2021 (thousands held in arbitrary detention after interception; docs/EVIDENCE.md#libya-stock). The rate is an assumption.'),
  detentionReleaseAtFullSafeguards: d(
    'Monthly chance of release at full safeguards (screening, access to protection, no arbitrary detention); in between it moves linearly with the safeguards lever.',
    ASSUMPTION),
  strandedReturnHomePerMonth: d(
    'Monthly chance that someone stranded goes back to the origin region.',
    ASSUMPTION),
  onwardAfterAbuseShare: d(
    'Chance that someone stranded in the transit country and not detained, abused there in a month, gives up the crossing and moves on — to another country or route the model does not represent. Abuse comes from the conditions there (crowding, detention), so whatever lengthens the wait or crowds the coast pushes more people on; nothing ties moving on to a policy lever.',
    'UNHCR/Altai 2017: insecurity and abuse in Libya push some people on (docs/EVIDENCE.md#libya-stock); the share is an assumption (docs/EVIDENCE.md#gaps).'),
  transitProtectionPerMonth: d(
    'Monthly chance, at full safeguards, that someone stranded in the transit country is evacuated or resettled (counted as a regular arrival).',
    'UNHCR evacuation and resettlement from Libya exist but are small; the rate is an assumption.'),
  hubEarningsPerMonthUsd: d(
    'What someone stranded in the transit country and not detained earns in a month towards another crossing — casual work that is often unpaid, forced or owed to the people who hold them (debt bondage). A stranded person pays for another crossing as soon as their savings, this work and help from ties abroad cover the fee: how long they stay is set by the money they must find, not by a clock.',
    'Reques et al. 2020 (a median stay of 180 days in Libya) and UNHCR & MMC 2020 (forced labour among the abuses on the routes to the Mediterranean coast) (docs/EVIDENCE.md#abuse); the amount is an assumption (docs/EVIDENCE.md#gaps).'),
  hubCrowdingAbuseGain: d(
    'How much more often people waiting in the transit country (at the coast, or stranded and not detained) are abused when it is crowded: their monthly chance is the route’s abuse rate times 1 + this gain × c ÷ (1 + c), where c is the people waiting on the route per seat its operators offer that month. Crowded safe houses and warehouses, long waits at the mercy of those who hold them.',
    'UNHCR & MMC 2020 and MMC 2018 (abuse is concentrated where people wait in transit hubs) (docs/EVIDENCE.md#abuse); the size is an assumption (docs/EVIDENCE.md#gaps).'),
  containmentDetectionAtFull: d(
    'Chance that the transit State’s coast control (raids on beaches and safe houses, boats seized on land) stops a fully visible departure when at full containment and not overloaded; raised by regional cooperation as the patrols’ detection is; capped by containmentCapacityAtFull.',
    'Micallef & Reitano 2017 (militias co-opted to stop departures; Jul–Dec 2017 arrivals −68% on 2016) (docs/EVIDENCE.md#central-med-2017-break); the share is an assumption.'),
  containmentCapacityAtFull: d(
    'People a month the transit State’s coast control can stop on one route at full containment; also the smuggling capacity it co-opts there (it takes over the largest operators until their capacity reaches this, times the containment lever).',
    'Of the order of the fall in monthly departures from Libya after mid-2017: Italy arrivals 23,524 in June 2017, 3,914 in August (docs/EVIDENCE.md#central-med-2017-break); an assumption.'),
  returnedReattemptPerMonth: d(
    'Monthly chance that someone returned to the origin region tries again, if they can pay.',
    'TRAC 2022 (~60% of Title-42 apprehensions involved a repeat crosser); DHS recidivism 12–30%.'),
  ransomShareOfSavings: d(
    'Share of remaining savings lost at each abuse incident (ransom, extortion, theft).',
    'Reuters 2016; UNHCR 2020 (ransoms of USD 6,000–17,000).'),

  rootGestationMonths: d(
    'Months before investment starts to lower insecurity.',
    'Clemens & Postel 2018; MEDAM (effects are slow).'),
  rootBuildUpMonths: d(
    'Time constant with which the effect grows once it has started.',
    ASSUMPTION),
  rootMaxReduction: d(
    'Share of economic, food, health and environmental insecurity removed by full, sustained investment.',
    'MEDAM (doubling aid → ~15% lower emigration); ambitious on purpose so the lever can be explored.'),
  rootIncomeGain: d(
    'Increase in what people can spend on a journey at full, matured investment (the migration hump).',
    'Clemens 2014 (emigration rises with income up to USD 6,000–10,000 per head).'),

  informationMemoryMonths: d(
    'Time constant of the community’s memory of recent deaths, interceptions and arrivals by each crossing method.',
    ASSUMPTION),
  informationNaiveRiskShare: d(
    'What an uninformed person believes the death risk of a crossing method to be, as a share of the method’s risk in calm weather without rescue (smugglers’ reassurance; the boat can be seen).',
    ASSUMPTION),

  indexRefIrregularPerYear: d(
    'People a year at which the arrivals terms (State security) and the no-safe-channel term (human security) equal 1; more counts beyond it, without a cap.',
    'Twice the Central Mediterranean’s 2014–2016 arrivals (UNHCR; docs/EVIDENCE.md#central-med-series).'),
  indexRefRevenueUsdPerYear: d(
    'Smugglers’ revenue a year at which the State-security index’s market term equals 1; more counts beyond it, without a cap.',
    'UNODC 2018 (USD 5.5–7 billion worldwide in 2016), scaled to one corridor.'),
  indexRefDeathsPerYear: d(
    'Dead and missing a year at which the human-security index’s deaths term equals 1; more counts beyond it, without a cap.',
    'The Central Mediterranean’s worst recorded year, 2016 (IOM Missing Migrants; docs/EVIDENCE.md#central-med-series).'),
  indexRefAbusePerYear: d(
    'Abuse incidents a year at which the human-security index’s abuse term equals 1; more counts beyond it, without a cap.',
    'MMC 2018 (68% of people interviewed on the route had suffered at least one protection incident) (docs/EVIDENCE.md#mmc-2018) applied to the reference 300,000 arrivals a year [derived].'),
  indexRefPeopleHeld: d(
    'People trapped at origin, or stranded in transit, at which the human-security index’s trapped and stranded terms equal 1 (the same for both, so a person held counts the same wherever); more counts beyond it, without a cap.',
    'IOM Displacement Tracking Matrix: 663,445 migrants identified in Libya at the end of 2018 (docs/EVIDENCE.md#libya-stock).'),
} as const satisfies Record<CalibrationKey, CalibrationDoc>;

/** Every constant's whole declaration (values and explanation), in declaration order. */
export const CALIBRATION_SPECS: readonly ParamSpec[] = (Object.keys(CALIBRATION) as CalibrationKey[]).map((key) => ({
  key,
  ...CALIBRATION[key],
  ...CALIBRATION_DOCS[key],
}));
