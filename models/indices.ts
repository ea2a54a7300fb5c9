/**
 * The two composite indices, declared as data. Each index is 100 × (1 − Σ wₜ·termₜ ÷ Σ wₜ): a
 * weighted mean of named harms subtracted from 100. Every term is a monthly output of its own
 * (computed in phases/records.ts), normalised by a documented reference value and never capped,
 * so more harm always counts: a term at 1 means "as much harm as the reference", and an index
 * below 0 means the harms, weighed together, exceed their references.
 *
 * What counts as security is a choice, and these weights are only a starting point: the user may
 * set others (IndexWeights), and the robustness check (analysis/robustness.ts) asks how a ranking
 * of two mixes fares over every weighting. The human-security index counts harm to people,
 * insecurity at origin as its own visible term, so that it cannot be mistaken for a policy result.
 * The State-security index has three readings — control, numbers, organised crime — each a set
 * of weights over the same State terms. The model, the app and the ODD all read this declaration.
 */
import type { CalibrationKey } from './params/calibration';
import type { OutputKey } from './outputs';

export interface IndexTerm {
  /** The term's name as written in the formula. */
  readonly name: string;
  /** The monthly output that holds the term's value. */
  readonly output: OutputKey;
  /** The default weight (an index's default weights sum to 1). */
  readonly weight: number;
  /** What the term measures, in words and symbols people can check. */
  readonly meaning: string;
}

export type IndexOutput = 'humanSecurityIndex' | 'stateSecurityIndex';

export interface IndexDeclaration {
  /** The output that holds the index each month (with the default weights). */
  readonly output: IndexOutput;
  readonly label: string;
  readonly terms: readonly IndexTerm[];
  /** Calibration constants the terms refer to. */
  readonly references: readonly CalibrationKey[];
}

/**
 * Default human-security weights: every harm weighs the same (0.15) except deaths, weighted more
 * (0.25) because a death cannot be undone. This is a judgement, stated as one; the presets and
 * the robustness check exist so that no conclusion rests on it.
 */
export const HUMAN_SECURITY_INDEX = {
  output: 'humanSecurityIndex',
  label: 'Human-security index',
  terms: [
    { name: 'deaths', output: 'termDeaths', weight: 0.25, meaning: 'dead and missing a year (last 12 months) ÷ indexRefDeathsPerYear' },
    { name: 'abuse', output: 'termAbuse', weight: 0.15, meaning: 'abuse incidents a year (last 12 months) ÷ indexRefAbusePerYear' },
    { name: 'stranded', output: 'termStranded', weight: 0.15, meaning: 'people stranded or detained in transit at month end ÷ indexRefPeopleHeld' },
    { name: 'trapped', output: 'termTrapped', weight: 0.15, meaning: 'people who want to leave but cannot, at month end ÷ indexRefPeopleHeld' },
    { name: 'noSafeChannel', output: 'termNoSafeChannel', weight: 0.15, meaning: 'people who had to hire a smuggler a year (last 12 months) ÷ indexRefIrregularPerYear' },
    { name: 'origin', output: 'termOrigin', weight: 0.15, meaning: 'insecurity at origin: weighted mean regional level of the seven dimensions (0–1), an input the levers set, shown apart' },
  ],
  references: ['indexRefDeathsPerYear', 'indexRefAbusePerYear', 'indexRefPeopleHeld', 'indexRefIrregularPerYear'],
} as const satisfies IndexDeclaration;

/** Default State-security weights: the control reading (the weights of the first model version). */
export const STATE_SECURITY_INDEX = {
  output: 'stateSecurityIndex',
  label: 'State-security index',
  terms: [
    { name: 'entries', output: 'termEntries', weight: 0.5, meaning: 'irregular arrivals a year (last 12 months) ÷ indexRefIrregularPerYear' },
    {
      name: 'uncontrolled',
      output: 'termUncontrolled',
      weight: 0.2,
      meaning: 'irregular arrivals ÷ (irregular arrivals + regular arrivals + interceptions), last 12 months: the share of people reaching the border whom the State did not admit or stop',
    },
    { name: 'arrivals', output: 'termArrivals', weight: 0, meaning: 'all arrivals a year, regular and irregular (last 12 months) ÷ indexRefIrregularPerYear' },
    { name: 'market', output: 'termMarket', weight: 0.3, meaning: "smugglers' revenue a year (last 12 months) ÷ indexRefRevenueUsdPerYear" },
    { name: 'operators', output: 'termOperators', weight: 0, meaning: 'smuggling operators in business ÷ the pool of potential operators (operatorsPerRoute × routes)' },
  ],
  references: ['indexRefIrregularPerYear', 'indexRefRevenueUsdPerYear', 'operatorsPerRoute'],
} as const satisfies IndexDeclaration;

export const INDEX_DECLARATIONS: readonly IndexDeclaration[] = [HUMAN_SECURITY_INDEX, STATE_SECURITY_INDEX];

export type HumanTerm = (typeof HUMAN_SECURITY_INDEX)['terms'][number]['name'];
export type StateTerm = (typeof STATE_SECURITY_INDEX)['terms'][number]['name'];

/** Weights for both indices, by term name (any non-negative numbers, at least one positive per index). */
export interface IndexWeights {
  readonly human: Readonly<Record<HumanTerm, number>>;
  readonly state: Readonly<Record<StateTerm, number>>;
}

/** The value of every term of an index, by name: records.ts must give each declared term. */
export type TermValues<D extends IndexDeclaration> = Readonly<Record<D['terms'][number]['name'], number>>;

const defaultsOf = <D extends IndexDeclaration>(d: D) =>
  Object.fromEntries(d.terms.map((t) => [t.name, t.weight])) as Record<D['terms'][number]['name'], number>;

export const DEFAULT_WEIGHTS: IndexWeights = { human: defaultsOf(HUMAN_SECURITY_INDEX), state: defaultsOf(STATE_SECURITY_INDEX) };

/** The three readings of State security, each a set of weights over the State terms. */
export const STATE_READINGS = {
  /** Control: the State decides who enters (irregular entries, the share not admitted or stopped, the smugglers' market). */
  control: DEFAULT_WEIGHTS.state,
  /** Numbers: every arrival counts against the State, regular ones too. */
  numbers: { entries: 0, uncontrolled: 0, arrivals: 1, market: 0, operators: 0 },
  /** Organised crime: the size of the smuggling business, in money and in operators. */
  organisedCrime: { entries: 0, uncontrolled: 0, arrivals: 0, market: 0.5, operators: 0.5 },
} as const satisfies Record<string, Readonly<Record<StateTerm, number>>>;

export type StateReading = keyof typeof STATE_READINGS;
/** The readings in the order the interface offers them (control, the default, first). */
export const STATE_READING_IDS = Object.keys(STATE_READINGS) as StateReading[];

/** The reading a set of State weights is, if it is one of the three exactly (else undefined: a custom mix). */
export function stateReadingOf(state: Readonly<Record<StateTerm, number>>): StateReading | undefined {
  const total = sumValues(state);
  return STATE_READING_IDS.find((id) => {
    const r: Readonly<Record<string, number>> = STATE_READINGS[id];
    return STATE_SECURITY_INDEX.terms.every((t) => Math.abs(r[t.name] - (total > 0 ? state[t.name] / total : 0)) < 1e-9);
  });
}

function sumValues(w: Readonly<Record<string, number>>): number {
  let s = 0;
  for (const k of Object.keys(w)) s += w[k];
  return s;
}

/**
 * The index from its terms and weights: 100 × (1 − Σ wₜ·termₜ ÷ Σ wₜ), summed in the declared
 * order. Weights default to the declaration's.
 */
export function indexValue<D extends IndexDeclaration>(index: D, values: TermValues<D>, weights?: Readonly<Record<string, number>>): number {
  const byName = values as Readonly<Record<string, number>>;
  let harm = 0;
  let total = 0;
  for (const t of index.terms) {
    const w = weights ? weights[t.name] : t.weight;
    harm += w * byName[t.name];
    total += w;
  }
  return total > 0 ? 100 * (1 - harm / total) : 100;
}

/** An index of a month record (or a summary) for the given weights, from the term outputs it holds: no model run. */
export function indexFromRecord(index: IndexDeclaration, record: Readonly<Record<string, number>>, weights?: Readonly<Record<string, number>>): number {
  const values: Record<string, number> = {};
  for (const t of index.terms) values[t.name] = record[t.output];
  return indexValue(index, values as never, weights);
}

/** The harm each term adds, in index points (100 × wₜ·termₜ ÷ Σ w): the parts the index subtracts from 100. */
export function termContributions(index: IndexDeclaration, record: Readonly<Record<string, number>>, weights?: Readonly<Record<string, number>>): Record<string, number> {
  let total = 0;
  for (const t of index.terms) total += weights ? weights[t.name] : t.weight;
  const out: Record<string, number> = {};
  for (const t of index.terms) out[t.name] = total > 0 ? (100 * (weights ? weights[t.name] : t.weight) * record[t.output]) / total : 0;
  return out;
}

/** A weight as written in a formula: two decimals at least (0.40), more when it has them. */
export function formatWeight(w: number): string {
  const decimals = String(w).split('.')[1]?.length ?? 0;
  return w.toFixed(Math.max(2, Math.min(6, decimals)));
}

/** The formula as one line, e.g. `humanSecurityIndex = 100 × (1 − [0.25·deaths + …])`; zero-weight terms are left out. */
export function formulaText(index: IndexDeclaration, weights?: Readonly<Record<string, number>>): string {
  const terms = index.terms.map((t) => ({ name: t.name, w: weights ? weights[t.name] : t.weight })).filter((t) => t.w > 0);
  const total = terms.reduce((s, t) => s + t.w, 0);
  const body = terms.map((t) => `${formatWeight(t.w)}·${t.name}`).join(' + ');
  return Math.abs(total - 1) < 1e-9 ? `${index.output} = 100 × (1 − [${body}])` : `${index.output} = 100 × (1 − [${body}] ÷ ${formatWeight(total)})`;
}

/** The two indices month by month, and their means over the months, for other weights. */
export interface ReweighedIndices {
  readonly human: Float64Array;
  readonly state: Float64Array;
  readonly humanMean: number;
  readonly stateMean: number;
}

/**
 * Both indices of a run's months for the given weights, from the term outputs the months hold:
 * what the interface calls when the student moves a weight, without running the model again.
 */
export function reweighIndices(months: readonly Readonly<Record<OutputKey, number>>[], weights: IndexWeights): ReweighedIndices {
  const human = new Float64Array(months.length);
  const state = new Float64Array(months.length);
  let hs = 0;
  let ss = 0;
  for (let i = 0; i < months.length; i++) {
    human[i] = indexFromRecord(HUMAN_SECURITY_INDEX, months[i], weights.human);
    state[i] = indexFromRecord(STATE_SECURITY_INDEX, months[i], weights.state);
    hs += human[i];
    ss += state[i];
  }
  const n = Math.max(1, months.length);
  return { human, state, humanMean: hs / n, stateMean: ss / n };
}
