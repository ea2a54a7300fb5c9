/**
 * The layout of a person's packed records in Agents (population/schema.ts): how many slots each
 * person has, and what each slot holds. Its own module so that the agent lists (lists.ts), which
 * the schema imports, can read a person's state without importing the schema back.
 */

/** 16-bit slots per person in Agents.codes. */
export const CODE_STRIDE = 8;

/** Slots of a person's codes in Agents.codes (person i's slot k is codes[i * CODE_STRIDE + k]). */
export const Code = {
  /** The single coded state (see State in population/schema.ts). */
  State: 0,
  /** Route index while in transit or stranded. */
  Route: 1,
  /** Crossing method (global index) paid for while in transit or stranded. */
  Method: 2,
  /** 1 while held in detention in the transit country (stranded after a pull-back). */
  Detained: 3,
  /** Number of smuggled attempts so far (saturates at 255). */
  Attempts: 4,
  /** Months spent in the current state (saturates at 65,535); for people who left for good, the month their household is renewed (renewal.ts). */
  MonthsInState: 5,
  /** For people at home: the month in which their decision falls due (UNSCHEDULED, NEVER or a month of the internal clock). */
  DecisionMonth: 6,
  /** For people at home: the month from which their threshold (Trait.HazardThreshold) is accumulated. */
  ScheduledFrom: 7,
} as const;

/** Float32 slots per person in Agents.traits (one 64-byte cache line). */
export const TRAIT_STRIDE = 16;

/** Slots of a person's numbers in Agents.traits (person i's slot k is traits[i * TRAIT_STRIDE + k]). */
export const Trait = {
  /** Personal multiplier on each insecurity dimension d = 0 … 6 is slot d (Exposure0 + d). */
  Exposure0: 0,
  Exposure4: 4,
  Exposure5: 5,
  Exposure6: 6,
  /** Strength of ties abroad, 0–1. */
  Ties: 7,
  /** Savings available for a journey, USD. */
  Savings: 8,
  /** Rank for regular-pathway eligibility: eligible when below the current eligible share. */
  EligibilityRank: 9,
  /** How well the person knows the real risk, 0–1. */
  RiskKnowledge: 10,
  /** Patience in the regular queue, months. */
  Patience: 11,
  /** Monthly hazard of deciding to leave at the current regional levels (refreshed when they move). */
  Hazard: 12,
  /** At home: the exponential threshold still to be accumulated from scheduledFrom on. Trapped: the threshold of giving up. */
  HazardThreshold: 13,
  /** While trapped: hazard of giving up accumulated so far. */
  HazardSum: 14,
  /**
   * The month whose draws hold this person's own attributes (savings, eligibility, knowledge of
   * the risk, patience) while they are not yet drawn — 0 for the first generation, the month of
   * renewal + 1 for a newcomer — or PERSONAL_DRAWN once they are (population/init.ts). They are
   * drawn the first time the person decides, since only deciding and what follows it read them.
   */
  PersonalFrom: 15,
} as const;
