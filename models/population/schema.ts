/**
 * Agent state, struct-of-arrays: one typed array per attribute, all declared here. Each agent is
 * in exactly one state, held in the single coded `state` column; everything else is an attribute
 * or a counter belonging to that state.
 */

import { makeList, type AgentList } from './lists';

export const State = {
  /** At home, not (currently) trying to leave. */
  Home: 0,
  /** Wants to leave but cannot afford any channel ("involuntary immobility"). */
  Trapped: 1,
  /** In the queue for a regular pathway. */
  WaitingRegular: 2,
  /** Travelling with a smuggler on a route (see `route`). */
  InTransit: 3,
  /** Stranded or detained in the transit country after a pull-back. */
  Stranded: 4,
  ArrivedRegular: 5,
  ArrivedIrregular: 6,
  /** Intercepted and returned to the origin region; may try again. */
  Returned: 7,
  DeadMissing: 8,
  /** Gave up the crossing in the transit country and moved on, out of the modelled routes. */
  MovedOn: 9,
} as const;
export type StateCode = (typeof State)[keyof typeof State];
export const STATE_COUNT = 10;
export const STATE_LABELS: readonly string[] = [
  'At home',
  'Trapped (wants to leave, cannot pay)',
  'Waiting for a regular place',
  'In transit with a smuggler',
  'Stranded or detained in transit',
  'Arrived regularly',
  'Arrived irregularly',
  'Returned to origin',
  'Dead or missing',
  'Moved on from the transit country',
];

/**
 * The column schema. Every per-agent attribute is declared here, once, as a typed array of the
 * population's size. (Written as one object literal so that V8 gives the object a fixed shape:
 * the hot loops read these columns millions of times a run.)
 */
function freshAgents(count: number) {
  const stateCounts = new Int32Array(STATE_COUNT);
  stateCounts[State.Home] = count;
  return {
    count,
    /** Number of agents in each state, kept up to date by every state change. */
    stateCounts,
    /** The single coded state (see State). */
    state: new Uint8Array(count),
    /** Route index while in transit or stranded. */
    route: new Uint8Array(count),
    /** Crossing method paid for (index in the run's list of methods) while in transit or stranded. */
    method: new Uint8Array(count),
    /** 1 while held in detention in the transit country (stranded after a pull-back). */
    detained: new Uint8Array(count),
    /** Months spent in the current state (saturates at 65,535); for people who left for good, the month their household is renewed (renewal.ts). */
    monthsInState: new Uint16Array(count),
    /** Personal multiplier on each insecurity dimension, one column per dimension. */
    exposure0: new Float32Array(count),
    exposure1: new Float32Array(count),
    exposure2: new Float32Array(count),
    exposure3: new Float32Array(count),
    exposure4: new Float32Array(count),
    exposure5: new Float32Array(count),
    exposure6: new Float32Array(count),
    /**
     * The month whose draws hold this person's own attributes (savings, eligibility, knowledge of
     * the risk, patience) while they are not yet drawn — 0 for the first generation, the month of
     * renewal + 1 for a newcomer — or PERSONAL_DRAWN once they are (population/init.ts). They are
     * drawn the first time the person decides, since only deciding and what follows it read them.
     */
    personalFrom: new Uint16Array(count),
    /** Savings available for a journey, USD. */
    savingsUsd: new Float32Array(count),
    /** Strength of ties abroad, 0–1. */
    ties: new Float32Array(count),
    /** Rank for regular-pathway eligibility: eligible when below the current eligible share. */
    eligibilityRank: new Float32Array(count),
    /** How well the person knows the real risk, 0–1. */
    riskKnowledge: new Float32Array(count),
    /** Patience in the regular queue, months. */
    patienceMonths: new Float32Array(count),
    /** Monthly hazard of deciding to leave at the current regional levels (refreshed when they move). */
    hazard: new Float32Array(count),
    /**
     * Decision scheduling for people at home (see phases/people.ts): the exponential threshold
     * still to be accumulated from month `scheduledFrom` on, and the month in which it is reached.
     */
    hazardThreshold: new Float32Array(count),
    scheduledFrom: new Uint16Array(count),
    decisionMonth: new Uint16Array(count),
    /** While trapped: hazard of giving up accumulated so far (threshold in hazardThreshold). */
    hazardSum: new Float32Array(count),
    /** People travelling or stranded, in the order they set off. */
    travellers: makeList(count),
    /** People who have just come home (or start the run there) and need a decision scheduled. */
    unscheduled: makeList(count),
    /** People trapped, in the order they became so. */
    trapped: makeList(count),
    /** People in the regular queue, in the order they joined it. */
    queue: makeList(count),
    /**
     * People who have left the origin region for good (arrived or dead and missing), in the order
     * they left, until a young adult of their household comes of age in their place (renewal.ts).
     */
    leavers: makeList(count),
    /** People renewed out of each state so far: a state's running total is its count plus these. */
    renewedFrom: new Int32Array(STATE_COUNT),
    /** Number of smuggled attempts so far (saturates at 255). */
    attempts: new Uint8Array(count),
  };
}

export type Agents = ReturnType<typeof freshAgents>;

/**
 * The columns of a finished run, kept for the next run of the same size (releaseAgents). A run of
 * 100,000 people allocates about 10 MB of typed arrays; allocating them afresh for every run of a
 * sweep, an ensemble or a slider drag made the engine's full garbage collections (triggered by
 * that much outside-the-heap memory) a large share of the time. At most one set is kept.
 */
let spare: Agents | undefined;

/**
 * Columns for `count` people, all zero, as at birth: reused from the last released set when it
 * has the same size (every column cleared, so nothing of the earlier run remains), else new.
 */
export function allocateAgents(count: number): Agents {
  const a = spare;
  if (!a || a.count !== count) return freshAgents(count);
  spare = undefined;
  for (const value of Object.values(a)) {
    if (ArrayBuffer.isView(value)) (value as Uint8Array).fill(0);
    else if (value && typeof value === 'object' && 'items' in value) {
      (value as AgentList).items.fill(0);
      (value as AgentList).count = 0;
    }
  }
  a.stateCounts[State.Home] = count;
  return a;
}

/** Hand back the columns of a run that is over, for the next run to reuse; nothing may read them afterwards. */
export function releaseAgents(a: Agents): void {
  spare = a;
}

/** decisionMonth value: no decision scheduled yet (scheduled in the next people pass). */
export const UNSCHEDULED = 65534;
/** decisionMonth value: hazard is zero, the decision never comes. */
export const NEVER = 65535;

export const EXPOSURE_COLUMNS = [
  'exposure0',
  'exposure1',
  'exposure2',
  'exposure3',
  'exposure4',
  'exposure5',
  'exposure6',
] as const;
