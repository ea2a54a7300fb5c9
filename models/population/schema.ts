/**
 * Agent state, struct-of-arrays: one typed array per attribute, all declared here. Each agent is
 * in exactly one state, held in the single coded `state` column; everything else is an attribute
 * or a counter belonging to that state.
 */

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
} as const;
export type StateCode = (typeof State)[keyof typeof State];
export const STATE_COUNT = 9;
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
];

/** Column declarations: name → typed-array constructor. */
export const COLUMNS = {
  state: Uint8Array,
  /** Route index while in transit or stranded. */
  route: Uint8Array,
  /** Months spent in the current state (saturates). */
  monthsInState: Uint16Array,
  /** Personal multiplier on each insecurity dimension (seven columns, one per dimension). */
  exposure0: Float32Array,
  exposure1: Float32Array,
  exposure2: Float32Array,
  exposure3: Float32Array,
  exposure4: Float32Array,
  exposure5: Float32Array,
  exposure6: Float32Array,
  /** Savings available for a journey, USD. */
  savingsUsd: Float32Array,
  /** Strength of ties abroad, 0–1. */
  ties: Float32Array,
  /** Rank for regular-pathway eligibility: eligible when below the current eligible share. */
  eligibilityRank: Float32Array,
  /** How well the person knows the real risk, 0–1. */
  riskKnowledge: Float32Array,
  /** Patience in the regular queue, months. */
  patienceMonths: Float32Array,
  /** Cumulative hazard of deciding to leave, and the threshold at which the decision fires. */
  hazardSum: Float32Array,
  hazardThreshold: Float32Array,
  /** Number of smuggled attempts so far. */
  attempts: Uint8Array,
} as const;

export type ColumnName = keyof typeof COLUMNS;
export type Agents = { [K in ColumnName]: InstanceType<(typeof COLUMNS)[K]> } & {
  readonly count: number;
  /** Number of agents in each state, kept up to date by every state change. */
  readonly stateCounts: Int32Array;
};

export function allocateAgents(count: number): Agents {
  const stateCounts = new Int32Array(STATE_COUNT);
  stateCounts[State.Home] = count;
  const out: Record<string, unknown> = { count, stateCounts };
  for (const [name, Ctor] of Object.entries(COLUMNS)) out[name] = new Ctor(count);
  return out as Agents;
}

export const EXPOSURE_COLUMNS = [
  'exposure0',
  'exposure1',
  'exposure2',
  'exposure3',
  'exposure4',
  'exposure5',
  'exposure6',
] as const;
