/**
 * How people are moved: the menu of crossing methods on each route, and the two tracks of a land
 * leg. Declared once, as data with sources, like the routes and the levers.
 *
 * A crossing method is what a migrant buys and can tell apart by its price (a seat on a crewed
 * wooden boat, on an inflatable, on an inflatable sent off at night whatever the weather, or a set
 * of papers). Each method costs the smuggler a vessel and crew, carries a number of people, may or
 * may not be usable again, is more or less visible to each kind of patrol, loses the vessel (and
 * the crew to arrest) when caught, and is more or less deadly in calm and in rough weather. No
 * method is "chosen by enforcement": operators pick the method that pays, migrants the one they
 * prefer at its price, and the risk of a crossing is the risk of the method that results.
 *
 * A land track is chosen by the operator alone (migrants cannot tell in advance which way a driver
 * will go): an escorted convoy on the usual road, or a remote track that patrols rarely see but
 * that costs more and kills more.
 */

export interface MethodSpec {
  /** Unique within its route. */
  readonly id: string;
  readonly route: string;
  readonly label: string;
  /** Price of one vessel (for air: one set of papers), USD. */
  readonly vesselPriceUsd: number;
  /** People one vessel carries on a trip. */
  readonly seatsPerVessel: number;
  /** Whether the vessel can be used for another trip when it is not lost. */
  readonly reusable: boolean;
  /** A seaworthy vessel (counted in the share of sea departures on seaworthy boats). */
  readonly seaworthy: boolean;
  /** Crew wages per trip, USD; 0 means no crew (a passenger is made to steer). */
  readonly crewPerTripUsd: number;
  /** How visible a crossing is to the destination's patrols and document checks, 0–1. */
  readonly interdictionVisibility: number;
  /** How visible a crossing is to the transit country's coastguard, 0–1. */
  readonly pullbackVisibility: number;
  /** Share of the month's rough weather its departures meet: 1 = sent off whatever the weather; less = the boat waits for calm days (and can then sail on fewer days). */
  readonly roughExposure: number;
  /** Death risk without rescue, as a multiple of the route's crossingDeathRisk, in calm and in rough weather. */
  readonly riskCalm: number;
  readonly riskRough: number;
  /** Share of the people on a vessel in distress who die if no rescue reaches them. */
  readonly fatalityInDistress: number;
  /** Share of distress cases that no rescue could reach in time (the vessel breaks up or capsizes at once). */
  readonly suddenLossShare: number;
  readonly source: string;
}

const WOODEN_SOURCE =
  'House of Lords 2016 (HL 144: smugglers used wooden boats until destruction pushed them to rubber dinghies) and 2017 (HL 5: boats able to carry more than 100 people became “very rare”; boats were no longer sent with escorts); IOM GMDAC 2017 (1 death in 88 crossings in 2016 with more seaworthy vessels). Price, seats and crew wages are assumptions of the right order.';
const INFLATABLE_SOURCE =
  'House of Lords 2016 (“rubber dinghies, which are even more unsafe”; dinghies “bulk bought from China”, as reported) and 2017 (unseaworthy vessels, more deaths); IOM GMDAC 2017 (1 in 36 with less seaworthy vessels in 2017 against 1 in 88 in 2016, about 2.4 times the risk). Price and seats are assumptions.';
const ANY_WEATHER_SOURCE =
  'Deiana, Maheshri & Mastrobuoni 2024 (with rescue expected, smugglers sent boats in adverse weather and switched to flimsy inflatables); IOM GMDAC 2017 (winter departures and several departures at once raised fatalities); Cusumano & Villa 2019 (departures track the weather). Visibility at night and in rough seas is an assumption.';

export const METHODS: readonly MethodSpec[] = [
  {
    id: 'crewedBoat',
    route: 'shortSea',
    label: 'Seaworthy boat with a skipper',
    vesselPriceUsd: 20_000,
    seatsPerVessel: 40,
    reusable: true,
    seaworthy: true,
    crewPerTripUsd: 1500,
    interdictionVisibility: 1,
    pullbackVisibility: 1,
    roughExposure: 0.3,
    riskCalm: 1,
    riskRough: 2.5,
    fatalityInDistress: 0.3,
    suddenLossShare: 0.1,
    source: WOODEN_SOURCE,
  },
  {
    id: 'inflatable',
    route: 'shortSea',
    label: 'Overloaded inflatable, no crew',
    vesselPriceUsd: 1500,
    seatsPerVessel: 45,
    reusable: false,
    seaworthy: false,
    crewPerTripUsd: 0,
    interdictionVisibility: 0.7,
    pullbackVisibility: 0.8,
    roughExposure: 0.3,
    riskCalm: 4,
    riskRough: 12,
    fatalityInDistress: 0.4,
    suddenLossShare: 0.5,
    source: INFLATABLE_SOURCE,
  },
  {
    id: 'inflatableAnyWeather',
    route: 'shortSea',
    label: 'Inflatable sent at night, whatever the weather',
    vesselPriceUsd: 1500,
    seatsPerVessel: 45,
    reusable: false,
    seaworthy: false,
    crewPerTripUsd: 0,
    interdictionVisibility: 0.4,
    pullbackVisibility: 0.5,
    roughExposure: 1,
    riskCalm: 4,
    riskRough: 12,
    fatalityInDistress: 0.4,
    suddenLossShare: 0.5,
    source: ANY_WEATHER_SOURCE,
  },
  {
    id: 'woodenBoat',
    route: 'desertSea',
    label: 'Seaworthy wooden boat with crew',
    vesselPriceUsd: 40_000,
    seatsPerVessel: 250,
    reusable: true,
    seaworthy: true,
    crewPerTripUsd: 3000,
    interdictionVisibility: 1,
    pullbackVisibility: 1,
    roughExposure: 0.3,
    riskCalm: 1,
    riskRough: 2.5,
    fatalityInDistress: 0.4,
    suddenLossShare: 0.1,
    source: WOODEN_SOURCE,
  },
  {
    id: 'inflatable',
    route: 'desertSea',
    label: 'Overloaded inflatable, no crew',
    vesselPriceUsd: 3000,
    seatsPerVessel: 120,
    reusable: false,
    seaworthy: false,
    crewPerTripUsd: 0,
    interdictionVisibility: 0.7,
    pullbackVisibility: 0.8,
    roughExposure: 0.3,
    riskCalm: 4,
    riskRough: 10,
    fatalityInDistress: 0.5,
    suddenLossShare: 0.5,
    source: INFLATABLE_SOURCE,
  },
  {
    id: 'inflatableAnyWeather',
    route: 'desertSea',
    label: 'Inflatable sent at night, whatever the weather',
    vesselPriceUsd: 3000,
    seatsPerVessel: 120,
    reusable: false,
    seaworthy: false,
    crewPerTripUsd: 0,
    interdictionVisibility: 0.4,
    pullbackVisibility: 0.5,
    roughExposure: 1,
    riskCalm: 4,
    riskRough: 10,
    fatalityInDistress: 0.5,
    suddenLossShare: 0.5,
    source: ANY_WEATHER_SOURCE,
  },
  {
    id: 'genuineDocs',
    route: 'air',
    label: 'Genuine papers obtained by fraud',
    vesselPriceUsd: 5000,
    seatsPerVessel: 1,
    reusable: false,
    seaworthy: false,
    crewPerTripUsd: 0,
    interdictionVisibility: 0.25,
    pullbackVisibility: 0,
    roughExposure: 0,
    riskCalm: 1,
    riskRough: 1,
    fatalityInDistress: 1,
    suddenLossShare: 1,
    source:
      'UNODC 2018 as reported (air smuggling to Western Europe USD 10,000–15,000, the dearest way); the split between look-alike or fraudulently obtained genuine papers and crude forgeries, their prices and how often checks catch them are assumptions.',
  },
  {
    id: 'forgedDocs',
    route: 'air',
    label: 'Crude forgery',
    vesselPriceUsd: 800,
    seatsPerVessel: 1,
    reusable: false,
    seaworthy: false,
    crewPerTripUsd: 0,
    interdictionVisibility: 1,
    pullbackVisibility: 0,
    roughExposure: 0,
    riskCalm: 1,
    riskRough: 1,
    fatalityInDistress: 1,
    suddenLossShare: 1,
    source: 'As for genuine papers: an assumption that crude forgeries are cheap and easily caught at document checks.',
  },
];

export interface LandTrackSpec {
  readonly id: string;
  readonly label: string;
  /** Running cost of the land leg as a multiple of the usual track's. */
  readonly runningCostMultiple: number;
  /** Death risk per month on the land leg as a multiple of the route's landDeathPerMonth. */
  readonly deathMultiple: number;
  /** How visible the track is to desert patrols, 0–1. */
  readonly patrolVisibility: number;
  readonly source: string;
}

export const LAND_TRACKS: readonly LandTrackSpec[] = [
  {
    id: 'convoy',
    label: 'Escorted convoy on the usual road',
    runningCostMultiple: 1,
    deathMultiple: 1,
    patrolVisibility: 1,
    source: 'The usual way across the desert: the route’s landDeathPerMonth and running cost apply as declared.',
  },
  {
    id: 'remoteTrack',
    label: 'Remote, unescorted track',
    runningCostMultiple: 1.08,
    deathMultiple: 2.5,
    patrolVisibility: 0.3,
    source:
      'Gathmann 2008 (enforcement moved crossings to remote, costlier places; the detour cost more than the fee rise); AP 2006 (deaths rose as crossings moved into the desert); UNHCR & MMC 2020 (nearly a third of land-route deaths in the Sahara). The multiples are assumptions.',
  },
];

/** The methods declared for a route, in declaration order (the first is the route's safest). */
export function methodsOf(routeId: string): MethodSpec[] {
  return METHODS.filter((m) => m.route === routeId);
}

/** Stable global name of a method: `route.method`. */
export function methodKey(m: MethodSpec): string {
  return `${m.route}.${m.id}`;
}
