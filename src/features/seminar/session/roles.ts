/**
 * The default roles of seminar mode. Each role has a short briefing, the levers it controls, a
 * budget of change per round (the sum of how far it may move its levers) and objectives the
 * model can measure, and its own weighting of the two indices (an interior ministry and a rescue
 * NGO do not count the same things), with the reason in one line: the debrief scores each team on
 * its own weights beside the shared index. The weightings are judgements written down for
 * students to argue with, not findings. Facilitators can rename, drop or add roles (a role of
 * their own picks a preset weighting); these are only the defaults.
 */
import { DEFAULT_WEIGHTS, STATE_READINGS, type IndexWeights, type LeverKey, type OutputKey } from '../../../../models/index';
import { WEIGHT_PRESETS } from '../../../../scenarios/index-weights';

export interface Objective {
  readonly output: OutputKey;
  readonly direction: 'lower' | 'higher';
  readonly label: string;
}

export interface Role {
  readonly id: string;
  readonly name: string;
  readonly briefing: string;
  readonly levers: readonly LeverKey[];
  /** Largest total change (sum of |new − old| over the role's levers) per round. */
  readonly budgetPerRound: number;
  readonly objectives: readonly Objective[];
  /** How the role counts security: its weights for both indices, and why (one line). */
  readonly weighting: { readonly weights: IndexWeights; readonly reason: string };
}

export const DEFAULT_ROLES: readonly Role[] = [
  {
    id: 'interior',
    name: 'Destination-State interior ministry',
    briefing:
      'You answer to voters who want fewer irregular arrivals and a border under control. You run the coastguard, the police and the visa offices. You can tighten enforcement — or open regular routes and take the political risk.',
    levers: ['enforcement.intensity', 'enforcement.interdiction', 'enforcement.vesselDestruction', 'regularPathways.availability'],
    budgetPerRound: 0.6,
    objectives: [
      { output: 'irregularArrivals', direction: 'lower', label: 'Fewer irregular arrivals' },
      { output: 'stateSecurityIndex', direction: 'higher', label: 'A higher State-security index' },
      { output: 'smugglerRevenueUsd', direction: 'lower', label: 'Less money for smugglers' },
    ],
    weighting: {
      weights: WEIGHT_PRESETS.bordersFirst,
      reason: 'Voters judge it on irregular entries and on a border under control, so those weigh most in its State-security score.',
    },
  },
  {
    id: 'origin',
    name: 'Origin-State government',
    briefing:
      'Your citizens are leaving because of poverty, violence and repression. Development takes years and money; reform of the police and courts is hard. Remittances from those abroad keep many families afloat.',
    levers: ['rootCauses.investment', 'insecurity.political', 'insecurity.personal'],
    budgetPerRound: 0.4,
    objectives: [
      { output: 'insecurityIndex', direction: 'lower', label: 'Less insecurity at home' },
      { output: 'deathsMissing', direction: 'lower', label: 'Fewer citizens dead or missing on the way' },
      { output: 'regularArrivals', direction: 'higher', label: 'More citizens leaving safely and legally' },
    ],
    weighting: {
      weights: { human: { deaths: 0.25, abuse: 0.1, stranded: 0.1, trapped: 0.15, noSafeChannel: 0.1, origin: 0.3 }, state: DEFAULT_WEIGHTS.state },
      reason: 'It is judged at home: insecurity in the country counts most, then citizens lost or trapped on the way.',
    },
  },
  {
    id: 'transit',
    name: 'Transit-State government',
    briefing:
      'People cross your territory and leave from your coast. Destination States offer money and equipment if you stop boats; human-rights groups report abuse in your detention centres. You decide how hard to police, whom to prosecute and how people in transit are treated.',
    levers: ['enforcement.pullbacks', 'enforcement.prosecution', 'protection.safeguards'],
    budgetPerRound: 0.6,
    objectives: [
      { output: 'stranded', direction: 'lower', label: 'Fewer people stranded on your territory' },
      { output: 'smugglingCapacity', direction: 'lower', label: 'A smaller smuggling business' },
      { output: 'abuseIncidents', direction: 'lower', label: 'Less abuse reported on your territory' },
    ],
    weighting: {
      weights: { human: { deaths: 0.2, abuse: 0.25, stranded: 0.3, trapped: 0.05, noSafeChannel: 0.1, origin: 0.1 }, state: STATE_READINGS.organisedCrime },
      reason: 'People stranded and abused on its territory, and the smuggling business that runs through it, are what it answers for.',
    },
  },
  {
    id: 'un',
    name: 'UN agencies (refugees and migration)',
    briefing:
      'You protect refugees and support safe migration, but you depend on States’ consent and funding. You broker cooperation between origin, transit and destination States — and argue with every team for safeguards and safe routes.',
    levers: ['cooperation.regional'],
    budgetPerRound: 0.4,
    objectives: [
      { output: 'humanSecurityIndex', direction: 'higher', label: 'A higher human-security index' },
      { output: 'abuseIncidents', direction: 'lower', label: 'Less abuse in transit' },
      { output: 'trappedPopulation', direction: 'lower', label: 'Fewer people trapped' },
    ],
    weighting: {
      weights: WEIGHT_PRESETS.peopleFirst,
      reason: 'Its mandate is protection: the harm done to people on the move counts most.',
    },
  },
  {
    id: 'ngo',
    name: 'Civil society and rescue organisations',
    briefing:
      'Your ships and volunteers save people at sea and document what happens to them. Some governments call you a pull factor; you call rescue a duty. You decide how much rescue capacity to put to sea.',
    levers: ['searchAndRescue.capacity'],
    budgetPerRound: 0.4,
    objectives: [
      { output: 'deathsMissing', direction: 'lower', label: 'Fewer dead and missing' },
      { output: 'deathRatePerAttempt', direction: 'lower', label: 'Safer crossings' },
    ],
    weighting: {
      weights: { human: { deaths: 0.6, abuse: 0.15, stranded: 0.1, trapped: 0.05, noSafeChannel: 0.1, origin: 0 }, state: DEFAULT_WEIGHTS.state },
      reason: 'Rescue at sea: a death weighs far above every other harm.',
    },
  },
  {
    id: 'community',
    name: 'Migrant community representatives',
    briefing:
      'You speak for people who want to move and for the diaspora that helps them. You know what the journeys cost and what they risk. You can spread accurate information — and press every other team.',
    levers: ['information.campaigns'],
    budgetPerRound: 0.4,
    objectives: [
      { output: 'regularArrivals', direction: 'higher', label: 'More safe, legal departures' },
      { output: 'deathsMissing', direction: 'lower', label: 'Fewer dead and missing' },
      { output: 'meanFeeUsd', direction: 'lower', label: 'Lower fees paid to smugglers' },
    ],
    weighting: {
      weights: { human: { deaths: 0.3, abuse: 0.15, stranded: 0.1, trapped: 0.15, noSafeChannel: 0.3, origin: 0 }, state: DEFAULT_WEIGHTS.state },
      reason: 'Safe and legal routes: having to hire a smuggler counts almost as much as dying on the way.',
    },
  },
];

/** Objectives an added role can pick (the default roles' objectives and a few more). */
export const OBJECTIVE_CHOICES: readonly Objective[] = [
  { output: 'irregularArrivals', direction: 'lower', label: 'Fewer irregular arrivals' },
  { output: 'regularArrivals', direction: 'higher', label: 'More people arriving safely and legally' },
  { output: 'deathsMissing', direction: 'lower', label: 'Fewer dead and missing' },
  { output: 'deathRatePerAttempt', direction: 'lower', label: 'Safer crossings' },
  { output: 'smugglingDemand', direction: 'lower', label: 'Fewer people hiring smugglers' },
  { output: 'smugglerRevenueUsd', direction: 'lower', label: 'Less money for smugglers' },
  { output: 'smugglingCapacity', direction: 'lower', label: 'A smaller smuggling business' },
  { output: 'meanFeeUsd', direction: 'lower', label: 'Lower fees paid to smugglers' },
  { output: 'abuseIncidents', direction: 'lower', label: 'Less abuse in transit' },
  { output: 'stranded', direction: 'lower', label: 'Fewer people stranded in transit' },
  { output: 'trappedPopulation', direction: 'lower', label: 'Fewer people trapped' },
  { output: 'interceptions', direction: 'higher', label: 'More crossings intercepted' },
  { output: 'insecurityIndex', direction: 'lower', label: 'Less insecurity at origin' },
  { output: 'humanSecurityIndex', direction: 'higher', label: 'A higher human-security index' },
  { output: 'stateSecurityIndex', direction: 'higher', label: 'A higher State-security index' },
];
