/**
 * What a change in each declared output means, declared once for every output of the model
 * (models/outputs.ts): whose security it speaks to — people's or the State's — and which way is
 * better for them; or neither (a neutral count such as departures, which is good or bad only by
 * what it is made of). The key figures colour their changes by it, their legend explains it, and
 * the headline's verdict is drawn from it. The type is a record over every output key, so a new
 * output does not compile until it has a meaning here.
 *
 * The side follows the two indices (models/indices.ts) where an output feeds one: the terms of
 * the human-security index speak for people, those of the State-security index for the State.
 * The others are placed by the same reading: what harms or protects people in transit (deaths,
 * abuse, fees they pay, being held or trapped, regular ways in) speaks for people; what measures
 * the State's control of its border and of the smuggling market (irregular entries,
 * interceptions, the market's size) speaks for the State.
 */
import type { OutputKey } from '../../models/index';

export type Side = 'people' | 'state';
/** Which way of a change is better for its side. */
export type Better = 'up' | 'down';

export type OutputMeaning = { readonly side: Side; readonly better: Better } | { readonly side: 'neutral' };

const PEOPLE_UP = { side: 'people', better: 'up' } as const;
const PEOPLE_DOWN = { side: 'people', better: 'down' } as const;
const STATE_UP = { side: 'state', better: 'up' } as const;
const STATE_DOWN = { side: 'state', better: 'down' } as const;
const NEUTRAL = { side: 'neutral' } as const;

export const OUTPUT_MEANING: Readonly<Record<OutputKey, OutputMeaning>> = {
  // Every hire is a journey without a safe channel (the human index's "no safe channel" term).
  smugglingDemand: PEOPLE_DOWN,
  repeatAttempts: PEOPLE_DOWN,
  // Travelling or waiting at the coast: neither harm nor safety by itself.
  inTransit: NEUTRAL,
  stranded: PEOPLE_DOWN,
  detained: PEOPLE_DOWN,
  transitHub: NEUTRAL,
  irregularArrivals: STATE_DOWN,
  regularArrivals: PEOPLE_UP,
  regularQueue: PEOPLE_DOWN,
  deathsMissing: PEOPLE_DOWN,
  deathsOnLand: PEOPLE_DOWN,
  journeysEnded: NEUTRAL,
  deathRatePerAttempt: PEOPLE_DOWN,
  departures: NEUTRAL,
  interceptions: STATE_UP,
  pullbacks: STATE_UP,
  // Boats stopped on the transit country's coast: control for the State; the people stay there and pay again.
  departuresPrevented: STATE_UP,
  // Sent back to the place they fled: a control for the State, a harm for some, a wish for others.
  returns: NEUTRAL,
  // Out of the transit country's abuse, into risks the model does not follow: neither side's gain.
  movedOn: NEUTRAL,
  movedOnTotal: NEUTRAL,
  abuseIncidents: PEOPLE_DOWN,
  hubAbuseIncidents: PEOPLE_DOWN,
  // What people pay to travel.
  meanFeeUsd: PEOPLE_DOWN,
  feeIndexUsd: PEOPLE_DOWN,
  smugglerRevenueUsd: STATE_DOWN,
  smugglingCapacity: STATE_DOWN,
  smugglingOperators: STATE_DOWN,
  smugglingVessels: STATE_DOWN,
  // Seaworthy boats drown fewer people.
  vesselQuality: PEOPLE_UP,
  trappedPopulation: PEOPLE_DOWN,
  atHome: NEUTRAL,
  arrivedRegularTotal: PEOPLE_UP,
  arrivedIrregularTotal: STATE_DOWN,
  returnedTotal: NEUTRAL,
  deadMissingTotal: PEOPLE_DOWN,
  insecurityIndex: PEOPLE_DOWN,
  insecurityEconomic: PEOPLE_DOWN,
  insecurityFood: PEOPLE_DOWN,
  insecurityHealth: PEOPLE_DOWN,
  insecurityEnvironmental: PEOPLE_DOWN,
  insecurityPersonal: PEOPLE_DOWN,
  insecurityCommunity: PEOPLE_DOWN,
  insecurityPolitical: PEOPLE_DOWN,
  termDeaths: PEOPLE_DOWN,
  termAbuse: PEOPLE_DOWN,
  termStranded: PEOPLE_DOWN,
  termTrapped: PEOPLE_DOWN,
  termNoSafeChannel: PEOPLE_DOWN,
  termOrigin: PEOPLE_DOWN,
  termEntries: STATE_DOWN,
  termUncontrolled: STATE_DOWN,
  termArrivals: STATE_DOWN,
  termMarket: STATE_DOWN,
  termOperators: STATE_DOWN,
  humanSecurityIndex: PEOPLE_UP,
  stateSecurityIndex: STATE_UP,
};

/** What a change means: better or worse for one side, or neutral (also when nothing changed). */
export type ChangeMeaning = 'better-people' | 'worse-people' | 'better-state' | 'worse-state' | 'neutral';

/** The meaning of a move of `key` in `direction` (a rise, a fall, or none). */
export function changeMeaning(key: OutputKey, direction: 'up' | 'down' | 'same' | 'unknown'): ChangeMeaning {
  const meaning = OUTPUT_MEANING[key];
  if (meaning.side === 'neutral' || (direction !== 'up' && direction !== 'down')) return 'neutral';
  return `${direction === meaning.better ? 'better' : 'worse'}-${meaning.side}`;
}
