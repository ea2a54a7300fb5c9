/**
 * Calibration constants: the numbers inside the mechanisms that are not policy levers. Each is
 * declared once, with unit, range, default and source, and appears in the ODD parameter table.
 * A scenario file may override them (for example the historical scenario's population), within
 * the declared range. Names carry their unit (…Usd, …Months, …PerMonth, …Share).
 */
import { fittedValues } from './calibration-fit';
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
  renewalLagMonths: p('population', 'Months until a household’s next young adult comes of age', 'months', 12, 0, 120,
    'When a person leaves the origin region for good (arrives at the destination, dies or goes missing), a young adult of the same household comes of age in their place this many months later: same exposure to insecurity and ties abroad, own savings, knowledge, patience and eligibility drawn afresh. So the origin population keeps its size and make-up and an unchanged policy gives an unchanged baseline.',
    'Assumption: the origin region’s population is taken as stationary (its real growth is not modelled; docs/EVIDENCE.md#gaps). The lag only sets how long a departure leaves a gap at home.', 1),
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
    'How strongly the remembered chance of being stopped deters a crossing method (everyone perceives it: people who are stopped come back and tell).', ASSUMPTION, 0.01),
  choiceWaitUtility: p('choice', 'Attraction of waiting', 'utility', 0.3, -5, 5,
    'Utility of staying home for now, before urgency is subtracted.', ASSUMPTION, 0.01),
  choiceUrgencyWeight: p('choice', 'Weight of urgency against waiting', 'utility per index unit', 3, 0, 10,
    'How strongly fear-related insecurity pushes people to go now rather than wait.', 'UNHCR/Altai 2017; Hatton 2009 (fear drives flight).', 0.01),

  operatorsPerRoute: p('operators', 'Potential smuggling operators per route', 'operators', 48, 8, 200,
    'Size of the pool of would-be smuggling operators on each route (organisers with their networks of recruiters, drivers and safe houses). Each is active or not in a month; entry and exit follow profit.',
    'UNODC 2018 and Europol 2016 describe loose networks of many small operators; a few dozen per route is enough for a smooth supply curve. An assumption.', 1),
  operatorCostSpread: p('operators', 'Spread of operators’ costs (log sd)', 'log-USD', 0.3, 0, 1.5,
    'How much operators differ in running cost per passenger (connections, bribes, efficiency). The spread is what makes supply slope upwards: carrying more people needs dearer operators.', ASSUMPTION, 0.01),
  operatorCapacitySpread: p('operators', 'Spread of operators’ capacity (log sd)', 'log-people', 0.5, 0, 1.5,
    'How much operators differ in the number of people they can organise a month.', ASSUMPTION, 0.01),
  operatorFixedCostShare: p('operators', 'Operators’ fixed costs', 'share of running cost at capacity', 0.1, 0, 1,
    'Monthly cost of staying in business (safe houses, retainers, protection), as a share of what running at full capacity would cost; paid whether anyone is carried or not, so idle operators lose money and leave.', ASSUMPTION, 0.01),
  operatorEntryPerMonth: p('operators', 'Entry of profitable operators', 'per month', 0.2, 0, 1,
    'Monthly chance that a would-be operator who would make a profit at current fees starts up.', 'House of Lords 2016 (arrested low-level smugglers quickly replaced while the business pays).', 0.01),
  operatorExitPerMonth: p('operators', 'Exit of loss-making operators', 'per month', 0.15, 0, 1,
    'Monthly chance that an active operator whose recent profit is not positive stops.', ASSUMPTION, 0.01),
  operatorReconsiderPerMonth: p('operators', 'Speed of operators’ switch between methods', 'share per month', 0.2, 0, 1,
    'Share of the gap between an operator’s current split of capacity over the route’s methods and the split it would now choose that it closes each month (boats and crews cannot be switched at once).', ASSUMPTION, 0.01),
  operatorMethodSpread: p('operators', 'Spread of operators’ method choices', 'share of running cost', 0.15, 0.001, 1,
    'Operators split their capacity over methods in a logit on the expected takings per seat (margin times sailing days): a method whose takings are higher by this share of the operator’s running cost gets e ≈ 2.7 times the capacity. It stands for what the model does not see (an operator’s contacts with boat sellers, its crews, its customers), so supply moves smoothly rather than all at once.', ASSUMPTION, 0.001),
  operatorProfitMemoryMonths: p('operators', 'Operators’ memory of profit', 'months', 3, 1, 24,
    'Time constant of the running average of profit that decides exit.', ASSUMPTION, 1),
  marketFeeAdjustPerMonth: p('operators', 'Fee adjustment speed', 'share per month', 0.3, 0.01, 1,
    'Share of the gap between the posted fee and the market-clearing fee closed each month.', ASSUMPTION, 0.01),
  marketExcessPriceRise: p('operators', 'Fee rise under excess demand', 'share per month at double demand', 0.25, 0, 2,
    'While more people want a method than all active operators can carry, its fee rises each month by this share times the excess (demand ÷ capacity − 1, at most 1), until demand falls or entry catches up.', ASSUMPTION, 0.01),
  organiserArrestPerMonthAtFull: p('operators', 'Organisers arrested at full prosecution and cooperation', 'per operator per month', 0.05, 0, 1,
    'Monthly chance that an active operator is arrested when prosecution and regional cooperation are both at full strength. Without cooperation, arrests reach only drivers and crews.',
    'House of Lords 2017 (109–110 arrests, “mainly lower down the food chain”); UNODC 2018.', 0.001),
  jailMonths: p('operators', 'Months an arrested organiser is out of business', 'months', 36, 1, 240,
    'After an arrest an operator cannot work for this long; its vessels are seized.', ASSUMPTION, 1),
  organiserArrestLossUsd: p('operators', 'What an organiser loses on arrest', 'USD', 100_000, 0, 10_000_000,
    'Business lost when an organiser is arrested (besides the vessels seized); its expected value per passenger is part of every operator’s cost.', ASSUMPTION, 1),
  crewArrestAtFull: p('operators', 'Crews arrested at full prosecution', 'share of trips', 0.4, 0, 1,
    'Share of trips by crewed vessels whose crew is identified and arrested at the destination at full prosecution (drivers and skippers, the low-level end).',
    'House of Lords 2016 and 2017 (arrests of low-level targets; boats no longer sent with escorts).', 0.01),
  crewArrestLossUsd: p('operators', 'Cost of replacing an arrested crew or driver', 'USD', 10_000, 0, 1_000_000,
    'What it costs an operator to replace a crew or driver who has been arrested.', ASSUMPTION, 1),
  vesselWearTrips: p('operators', 'Life of a reusable vessel', 'trips', 60, 1, 1000,
    'Trips a reusable vessel makes before it is worn out, if it is not seized or destroyed first.', ASSUMPTION, 1),
  landVehiclePriceUsd: p('operators', 'Price of a vehicle on the land leg', 'USD', 25_000, 0, 1_000_000,
    'Price of a pick-up truck seized when desert patrols stop it.', ASSUMPTION, 1),
  landVehicleSeats: p('operators', 'People per vehicle on the land leg', 'people', 25, 1, 200,
    'People one vehicle carries across the desert.', ASSUMPTION, 1),
  substituteAfterMonths: p('operators', 'Wait before a passenger is put on another method', 'months', 2, 1, 24,
    'Months a passenger waits at the coast for the method paid for when it has no seat; then the operator sends them on another method of the route that has seats.', ASSUMPTION, 1),

  interdictionDetectionAtFull: p('patrols', 'Detection by patrols at full strength', 'share 0–1', 0.35, 0, 1,
    'Chance that the destination’s patrols stop a fully visible crossing on a fully exposed route when they are at full strength and not overloaded. It scales with the route’s exposure, the method’s visibility and the patrols’ strength; what they can handle is capped by their capacity.',
    'Gathmann 2008 (tripled enforcement cut crossings by about 10%); ISPI 2018; UNHCR Desperate Journeys 2018.', 0.01),
  pullbackDetectionAtFull: p('patrols', 'Detection by the transit coastguard at full strength', 'share 0–1', 0.8, 0, 1,
    'Chance that the transit country’s coastguard stops a fully visible departure when at full strength and not overloaded; capped by its capacity.',
    'ISPI 2018 (~70% of departures intercepted and returned in Sep 2018); UNHCR 2018 (85% of those rescued or intercepted in Libya’s zone returned).', 0.01),
  landPatrolDetectionAtFull: p('patrols', 'Detection by desert patrols at full strength', 'share 0–1', 0.3, 0, 1,
    'Chance that desert patrols stop a vehicle on the usual track when at full strength and not overloaded; capped by their capacity.', ASSUMPTION, 0.01),
  rescueReachAtFull: p('patrols', 'Reach of rescue at full strength', 'share 0–1', 0.9, 0, 1,
    'Share of the sea crossings that rescue assets at full strength and not overloaded can reach: they meet the vessel, save the people of a vessel in distress and escort the others.',
    'Amnesty 2015 (1 in 16 → 1 in 427 after rescue was reinforced); Mare Nostrum patrolled up to 172 nautical miles from Italy, Triton up to 30 (EastWest 2015, as reported).', 0.01),
  vesselDestructionAtFull: p('patrols', 'Vessels destroyed at full strength', 'share 0–1', 0.9, 0, 1,
    'Share of the vessels met at sea (rescued, escorted or intercepted) that naval assets destroy at full strength, so that smugglers cannot recover them; capped by vesselDestructionCapacityAtFull.',
    'House of Lords 2016 and 2017 (80, then 452 boats destroyed); ISPI 2019 (>550 boats disabled 2015–2018).', 0.01),
  vesselDestructionCapacityAtFull: p('patrols', 'Vessels destroyed a month at most', 'vessels/month', 100, 0, 10_000,
    'Vessels naval assets can destroy on a route in a month at full strength.', 'ISPI 2019 (>550 boats disabled in about 38 months); House of Lords 2017 (452 boats by June 2017).', 1),

  roughShareWinter: p('journey', 'Rough-sea share in midwinter', 'share of days', 0.45, 0, 1,
    'Share of days with rough seas in January, the roughest month.', 'IOM GMDAC 2017 (winter departures raised fatalities); Cusumano & Villa 2019 (departures track the weather). The share is an assumption.', 0.01),
  roughShareSummer: p('journey', 'Rough-sea share in midsummer', 'share of days', 0.1, 0, 1,
    'Share of days with rough seas in July, the calmest month; other months lie on a cosine between the two.', ASSUMPTION, 0.01),
  roughShareNoise: p('journey', 'Year-to-year variation of the sea state', 'share of days', 0.08, 0, 0.5,
    'Standard deviation of a month’s rough-sea share around its seasonal value (drawn from the seed, the same under every policy).', ASSUMPTION, 0.01),
  protectionClaimShare: p('journey', 'Protection after interception', 'share 0–1', 0.6, 0, 1,
    'Share of people intercepted by the destination who obtain protection when safeguards are full (they count as irregular arrivals, not returns).', ASSUMPTION, 0.01),
  detentionAbusePerMonth: p('journey', 'Abuse in detention', 'per month', 0.35, 0, 1,
    'Monthly chance of abuse while detained in the transit country (people stranded but not detained face the route’s abuse in transit).', 'Reques et al. 2020 (violence reported by 96% of men); MMC 2018.', 0.01),
  detentionReleasePerMonth: p('journey', 'Release from detention without safeguards', 'per month', 0.1, 0, 1,
    'Monthly chance that a detained person in the transit country is released (still stranded) when safeguards are absent.', 'IOM 2020–2021 (thousands held in arbitrary detention after interception; docs/EVIDENCE.md#libya-stock). The rate is an assumption.', 0.01),
  detentionReleaseAtFullSafeguards: p('journey', 'Release from detention with full safeguards', 'per month', 0.5, 0, 1,
    'Monthly chance of release at full safeguards (screening, access to protection, no arbitrary detention); in between it moves linearly with the safeguards lever.', ASSUMPTION, 0.01),
  strandedReturnHomePerMonth: p('journey', 'Return home from the transit country', 'per month', 0.04, 0, 1,
    'Monthly chance that someone stranded goes back to the origin region.', ASSUMPTION, 0.01),
  onwardAfterAbuseShare: p('journey', 'Moving on after abuse in the transit country', 'share 0–1', 0.2, 0, 1,
    'Chance that someone stranded in the transit country and not detained, abused there in a month, gives up the crossing and moves on — to another country or route the model does not represent. Abuse comes from the conditions there (crowding, detention), so whatever lengthens the wait or crowds the coast pushes more people on; nothing ties moving on to a policy lever.',
    'UNHCR/Altai 2017: insecurity and abuse in Libya push some people on (docs/EVIDENCE.md#libya-stock); the share is an assumption (docs/EVIDENCE.md#gaps).', 0.01),
  transitProtectionPerMonth: p('journey', 'Protection from the transit country', 'per month', 0.03, 0, 1,
    'Monthly chance, at full safeguards, that someone stranded in the transit country is evacuated or resettled (counted as a regular arrival).', 'UNHCR evacuation and resettlement from Libya exist but are small; the rate is an assumption.', 0.001),
  hubEarningsPerMonthUsd: p('journey', 'Earnings in the transit country', 'USD/month', 150, 0, 5000,
    'What someone stranded in the transit country and not detained earns in a month towards another crossing — casual work that is often unpaid, forced or owed to the people who hold them (debt bondage). A stranded person pays for another crossing as soon as their savings, this work and help from ties abroad cover the fee: how long they stay is set by the money they must find, not by a clock.',
    'Reques et al. 2020 (a median stay of 180 days in Libya) and UNHCR & MMC 2020 (forced labour among the abuses on the routes to the Mediterranean coast) (docs/EVIDENCE.md#abuse); the amount is an assumption (docs/EVIDENCE.md#gaps).', 1),
  hubCrowdingAbuseGain: p('journey', 'Abuse from crowding in the transit country', 'share at full crowding', 1, 0, 5,
    'How much more often people waiting in the transit country (at the coast, or stranded and not detained) are abused when it is crowded: their monthly chance is the route’s abuse rate times 1 + this gain × c ÷ (1 + c), where c is the people waiting on the route per seat its operators offer that month. Crowded safe houses and warehouses, long waits at the mercy of those who hold them.',
    'UNHCR & MMC 2020 and MMC 2018 (abuse is concentrated where people wait in transit hubs) (docs/EVIDENCE.md#abuse); the size is an assumption (docs/EVIDENCE.md#gaps).', 0.01),
  containmentDetectionAtFull: p('patrols', 'Departures prevented by coast control at full strength', 'share 0–1', 0.6, 0, 1,
    'Chance that the transit State’s coast control (raids on beaches and safe houses, boats seized on land) stops a fully visible departure when at full containment and not overloaded; raised by regional cooperation as the patrols’ detection is; capped by containmentCapacityAtFull.',
    'Micallef & Reitano 2017 (militias co-opted to stop departures; Jul–Dec 2017 arrivals −68% on 2016) (docs/EVIDENCE.md#central-med-2017-break); the share is an assumption.', 0.01),
  containmentCapacityAtFull: p('patrols', 'Departures coast control can stop a month', 'people/month', 15_000, 0, 1_000_000,
    'People a month the transit State’s coast control can stop on one route at full containment.',
    'Of the order of the fall in monthly departures from Libya after mid-2017: Italy arrivals 23,524 in June 2017, 3,914 in August (docs/EVIDENCE.md#central-med-2017-break); an assumption.', 1),
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
    'Time constant of the community’s memory of recent deaths, interceptions and arrivals by each crossing method.', ASSUMPTION, 1),
  informationNaiveRiskShare: p('information', 'Naive risk belief', 'share of the method’s risk', 0.3, 0, 2,
    'What an uninformed person believes the death risk of a crossing method to be, as a share of the method’s risk in calm weather without rescue (smugglers’ reassurance; the boat can be seen).', ASSUMPTION, 0.01),

  indexRefIrregularPerYear: p('indices', 'Reference irregular arrivals', 'people/year', 300_000, 1, 10_000_000,
    'People a year at which the arrivals terms (State security) and the no-safe-channel term (human security) equal 1; more counts beyond it, without a cap.', 'Twice the Central Mediterranean’s 2014–2016 arrivals (UNHCR; docs/EVIDENCE.md#central-med-series).', 1),
  indexRefRevenueUsdPerYear: p('indices', 'Reference smuggler revenue', 'USD/year', 1_000_000_000, 1, 1e11,
    'Smugglers’ revenue a year at which the State-security index’s market term equals 1; more counts beyond it, without a cap.', 'UNODC 2018 (USD 5.5–7 billion worldwide in 2016), scaled to one corridor.', 1),
  indexRefDeathsPerYear: p('indices', 'Reference deaths', 'people/year', 4_582, 1, 1_000_000,
    'Dead and missing a year at which the human-security index’s deaths term equals 1; more counts beyond it, without a cap.', 'The Central Mediterranean’s worst recorded year, 2016 (IOM Missing Migrants; docs/EVIDENCE.md#central-med-series).', 1),
  indexRefAbusePerYear: p('indices', 'Reference abuse incidents', 'incidents/year', 204_000, 1, 10_000_000,
    'Abuse incidents a year at which the human-security index’s abuse term equals 1; more counts beyond it, without a cap.', 'MMC 2018 (68% of people interviewed on the route had suffered at least one protection incident) (docs/EVIDENCE.md#mmc-2018) applied to the reference 300,000 arrivals a year [derived].', 1),
  indexRefPeopleHeld: p('indices', 'Reference people held in place', 'people', 663_445, 1, 100_000_000,
    'People trapped at origin, or stranded in transit, at which the human-security index’s trapped and stranded terms equal 1 (the same for both, so a person held counts the same wherever); more counts beyond it, without a cap.', 'IOM Displacement Tracking Matrix: 663,445 migrants identified in Libya at the end of 2018 (docs/EVIDENCE.md#libya-stock).', 1),
} as const satisfies Record<string, CalibrationSpec>;

export type CalibrationKey = keyof typeof CALIBRATION;
export type Calibration = Record<CalibrationKey, number>;

export const CALIBRATION_SPECS: readonly ParamSpec[] = Object.entries(CALIBRATION).map(([key, s]) => ({
  key,
  ...s,
}));

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
