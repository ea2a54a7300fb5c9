/**
 * Agent state, all declared here: each person's numbers in one packed Float32 record (traits,
 * slots in Trait) and their codes in one packed 16-bit record (codes, slots in Code), plus the
 * lists that let each phase visit only the people it concerns. Each agent is in exactly one
 * state, held in the single code Code.State; everything else is an attribute or a counter
 * belonging to that state. (Until this layout, one typed array per attribute: a person's values
 * sat in some twenty different cache lines, and the phases visit people in no useful order.)
 */

import { makeList, type AgentList } from './lists';
import { Code, CODE_STRIDE, TRAIT_STRIDE } from './layout';

export { Code, CODE_STRIDE, Trait, TRAIT_STRIDE } from './layout';

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
 * The schema. Every per-agent attribute is declared here, once: in a packed record or as a typed
 * array of the population's size. (Written as one object literal so that V8 gives the object a
 * fixed shape: the hot loops read these arrays millions of times a run.)
 */
function freshAgents(count: number) {
  const stateCounts = new Int32Array(STATE_COUNT);
  stateCounts[State.Home] = count;
  return {
    count,
    /** Number of agents in each state, kept up to date by every state change. */
    stateCounts,
    /**
     * Each person's codes and counters, packed: CODE_STRIDE 16-bit slots a person, in the order of
     * Code (state, route, method, detention, attempts, months in the state, and the months of the
     * decision calendar). Sixteen bytes a person, four people to a cache line: the phases that
     * visit people one by one read several of these for each.
     */
    codes: new Uint16Array(count * CODE_STRIDE),
    /**
     * Each person's numbers, packed: TRAIT_STRIDE Float32 slots a person, in the order of Trait
     * (exposure to each insecurity dimension, ties abroad, savings, eligibility, knowledge of the
     * risk, patience, the decision hazard and its thresholds). A person's are read together — a
     * decision reads most of them — so they share one 64-byte cache line instead of one line in
     * each of fifteen columns: the people pass visits people in no useful order, and waiting for
     * memory was most of its time.
     */
    traits: new Float32Array(count * TRAIT_STRIDE),
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
  };
}

export type Agents = ReturnType<typeof freshAgents>;

/**
 * The arrays of a finished run, kept for the next run of the same size (releaseAgents). A run of
 * 100,000 people needs about 10 MB of typed arrays; allocating them afresh for every run of a
 * sweep, an ensemble or a slider drag cost about 4 ms a run (mostly the system's page faults on
 * new memory), clearing used ones a small fraction of that. At most one set is kept.
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
    if (ArrayBuffer.isView(value)) (value as { fill(v: number): unknown }).fill(0);
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

/** Count one more month in the person's current state (saturating at 65,535, the slot's largest value); returns the new count. */
export function addMonthInState(a: Agents, i: number): number {
  const at = i * CODE_STRIDE + Code.MonthsInState;
  const m = a.codes[at] + 1;
  a.codes[at] = m > 65535 ? 65535 : m;
  return m;
}

/** One of a person's codes, by slot (for tests and tools). */
export function codeOf(a: Agents, i: number, slot: number): number {
  return a.codes[i * CODE_STRIDE + slot];
}

/** One of a person's numbers, by slot (for tests and tools; the model's loops index traits directly). */
export function traitOf(a: Agents, i: number, slot: number): number {
  return a.traits[i * TRAIT_STRIDE + slot];
}

/** One slot of every person's numbers, as a column (for tests and tools). */
export function traitColumn(a: Agents, slot: number): Float32Array {
  const out = new Float32Array(a.count);
  for (let i = 0; i < a.count; i++) out[i] = a.traits[i * TRAIT_STRIDE + slot];
  return out;
}
