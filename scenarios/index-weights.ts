/**
 * The weights a user reads the two indices with, wherever they travel: the scenario file's
 * optional `weights` field, the explorer's link and autosave (`index.<term>=W`), Compare set-ups,
 * seminar sessions and role cards, and the command line (`--weights FILE`, `--set index.<term>=W`).
 * The terms and their default weights are the model's (models/indices.ts); this file only says
 * how a set of weights is written, checked and applied. Weights change no model result: the
 * indices are recomputed from the term outputs a run already holds (reweighIndices), so a run
 * read with other weights differs only in its two index outputs.
 *
 * A written set of weights may name only some terms; the others keep the default weight. Each
 * weight is a number from 0 to WEIGHT_MAX, and each index needs one positive weight (an index
 * of nothing cannot rank anything). Weights are relative: the index divides by their sum.
 */
import {
  DEFAULT_WEIGHTS,
  HUMAN_SECURITY_INDEX,
  indexFromRecord,
  STATE_READINGS,
  STATE_SECURITY_INDEX,
  type HumanTerm,
  type IndexWeights,
  type RunResult,
  type StateTerm,
} from '../models/index';
import type { WrittenWeights } from './weights-schema';

/** The largest weight a term can be given: weights are relative, so 1 is "as much as anything". */
export const WEIGHT_MAX = 1;
/** How a weight is named in a link and on the command line: `index.deaths=0.4`. */
export const WEIGHT_KEY_PREFIX = 'index.';

export type WeightIndex = keyof IndexWeights;
export const HUMAN_TERMS = HUMAN_SECURITY_INDEX.terms.map((t) => t.name) as readonly HumanTerm[];
export const STATE_TERMS = STATE_SECURITY_INDEX.terms.map((t) => t.name) as readonly StateTerm[];
/** Every term's name, human security first; the names are unique across the two indices. */
export const WEIGHT_TERMS: readonly string[] = [...HUMAN_TERMS, ...STATE_TERMS];

/** Which index a term belongs to (undefined: not a term). */
export function indexOfTerm(term: string): WeightIndex | undefined {
  if ((HUMAN_TERMS as readonly string[]).includes(term)) return 'human';
  if ((STATE_TERMS as readonly string[]).includes(term)) return 'state';
  return undefined;
}

/** The allowed range, in the words every message uses. */
export const WEIGHT_RANGE_TEXT = `a number from 0 to ${WEIGHT_MAX}`;

// How written weights are checked (zod) is in weights-schema.ts, loaded only where something is decoded.
export type { WrittenWeights } from './weights-schema';

export function hasPositive(w: Readonly<Record<string, number>>): boolean {
  return Object.values(w).some((v) => v > 0);
}

/** Written (partial) weights made whole: every term named, the others at their default weight. */
export function resolveWeights(written?: { readonly human?: Readonly<Partial<Record<string, number | undefined>>>; readonly state?: Readonly<Partial<Record<string, number | undefined>>> }): IndexWeights {
  const fill = <T extends string>(names: readonly T[], defaults: Readonly<Record<T, number>>, given?: Readonly<Partial<Record<string, number | undefined>>>) =>
    Object.fromEntries(names.map((n) => [n, given?.[n] ?? defaults[n]])) as Record<T, number>;
  return { human: fill(HUMAN_TERMS, DEFAULT_WEIGHTS.human, written?.human), state: fill(STATE_TERMS, DEFAULT_WEIGHTS.state, written?.state) };
}

/** Whether each index has a positive weight (the only rule beyond each weight's range). */
export function usableWeights(w: IndexWeights): boolean {
  return hasPositive(w.human) && hasPositive(w.state);
}

export function sameWeights(a: IndexWeights, b: IndexWeights): boolean {
  return HUMAN_TERMS.every((t) => a.human[t] === b.human[t]) && STATE_TERMS.every((t) => a.state[t] === b.state[t]);
}

/** A term's weight, whichever index it is in. */
export function termWeight(w: IndexWeights, term: string): number {
  const index = indexOfTerm(term);
  return index === 'human' ? w.human[term as HumanTerm] : index === 'state' ? w.state[term as StateTerm] : 0;
}

/** The weights with one term changed (unknown terms change nothing). */
export function withTermWeight(w: IndexWeights, term: string, value: number): IndexWeights {
  const index = indexOfTerm(term);
  if (index === 'human') return { ...w, human: { ...w.human, [term]: value } };
  if (index === 'state') return { ...w, state: { ...w.state, [term]: value } };
  return w;
}

/** The terms whose weight differs from `base`, in the declared order, as [term, weight]. */
export function weightChanges(w: IndexWeights, base: IndexWeights = DEFAULT_WEIGHTS): [string, number][] {
  return WEIGHT_TERMS.filter((t) => termWeight(w, t) !== termWeight(base, t)).map((t) => [t, termWeight(w, t)]);
}

/** The weights as a file writes them: only the terms that differ from the defaults (undefined when none do). */
export function writtenWeights(w: IndexWeights): WrittenWeights | undefined {
  const changes = weightChanges(w);
  if (changes.length === 0) return undefined;
  const out: { human?: Record<string, number>; state?: Record<string, number> } = {};
  for (const [term, value] of changes) {
    const index = indexOfTerm(term) as WeightIndex;
    (out[index] ??= {})[term] = value;
  }
  return out as WrittenWeights;
}

/**
 * The presets the "What counts as security?" panel offers. Each is a whole set of weights for
 * both indices, a judgement written down so that students can argue with it, not a finding.
 */
export const WEIGHT_PRESETS = {
  /** The model's defaults (deaths weigh most, the other harms alike; the control reading). */
  defaults: DEFAULT_WEIGHTS,
  /** The harm done to people on the move weighs most; insecurity at origin, a given, least. */
  peopleFirst: {
    human: { deaths: 0.35, abuse: 0.2, stranded: 0.15, trapped: 0.15, noSafeChannel: 0.1, origin: 0.05 },
    state: DEFAULT_WEIGHTS.state,
  },
  /** The border first: irregular entries and the share not admitted or stopped dominate the State's score. */
  bordersFirst: {
    human: DEFAULT_WEIGHTS.human,
    state: { entries: 0.6, uncontrolled: 0.3, arrivals: 0, market: 0.1, operators: 0 },
  },
  /** The three readings of State security (models/indices.ts), human security at its defaults. */
  control: { human: DEFAULT_WEIGHTS.human, state: STATE_READINGS.control },
  numbers: { human: DEFAULT_WEIGHTS.human, state: STATE_READINGS.numbers },
  organisedCrime: { human: DEFAULT_WEIGHTS.human, state: STATE_READINGS.organisedCrime },
} as const satisfies Record<string, IndexWeights>;

export type WeightPresetId = keyof typeof WEIGHT_PRESETS;
export const WEIGHT_PRESET_IDS = Object.keys(WEIGHT_PRESETS) as WeightPresetId[];

/** The preset a set of weights is exactly, if any. */
export function presetOf(w: IndexWeights): WeightPresetId | undefined {
  return WEIGHT_PRESET_IDS.find((id) => sameWeights(WEIGHT_PRESETS[id], w));
}

/**
 * A run read with other weights: its two index outputs recomputed from the terms, month by month
 * and in the summary (the summary's index is the mean of the months', as in models/summary.ts). Everything else
 * is the run as it was; with the default weights the run itself is returned.
 */
export function reweighResult(result: RunResult, w: IndexWeights): RunResult {
  if (sameWeights(w, DEFAULT_WEIGHTS)) return result;
  const months = result.months.map((m) => ({
    ...m,
    humanSecurityIndex: indexFromRecord(HUMAN_SECURITY_INDEX, m, w.human),
    stateSecurityIndex: indexFromRecord(STATE_SECURITY_INDEX, m, w.state),
  }));
  // As models/summary.ts makes a summary's index: the mean of the months' values.
  const mean = (key: 'humanSecurityIndex' | 'stateSecurityIndex') => (months.length ? months.reduce((s, m) => s + m[key], 0) / months.length : 0);
  const summary = { ...result.summary, humanSecurityIndex: mean('humanSecurityIndex'), stateSecurityIndex: mean('stateSecurityIndex') };
  return { ...result, months, summary };
}
