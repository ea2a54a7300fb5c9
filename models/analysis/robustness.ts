/**
 * Robustness of a ranking: does mix A score higher than mix B on an index whatever the weights?
 * Each index is linear in its terms (100 × (1 − Σ wₜ·termₜ ÷ Σ wₜ)), and its mean over months
 * and seeds is the same formula applied to the terms' means, so the terms are averaged once and
 * every weighting is a dot product: no model run per weighting. The check draws weight vectors
 * uniformly from the simplex (every weighting equally likely) from a seeded generator, so the
 * figure is reproducible, and asks what happens with each term left out, and at what weight of a
 * term the ranking at the default weights would flip ("A loses only if deaths weigh less than 5%").
 */
import seedrandom from 'seedrandom';
import type { IndexDeclaration, IndexOutput } from '../indices';
import type { OutputKey } from '../outputs';

/** How many weightings the check draws: enough for a share to about ±1.5 points (95%). */
export const ROBUSTNESS_SAMPLES = 1_000;
/** The generator's seed: fixed, so the same two mixes always give the same figure. */
export const ROBUSTNESS_SEED = 20_261_129;

/** Mean value of each term (by name) over the runs of one mix. */
export type TermMeans = Readonly<Record<string, number>>;

export interface LeaveOneOut {
  readonly term: string;
  /** Share of weightings (drawn over the other terms) in which A ranks higher. */
  readonly aHigherShare: number;
  /** Whether A ranks higher at the default weights without this term (undefined if no other term has weight). */
  readonly aHigherAtDefaults: boolean | undefined;
}

export interface BreakEven {
  readonly term: string;
  /** The term's weight (0–1, the others keeping their default proportions) at which the ranking flips; null if it never does. */
  readonly flipsAt: number | null;
  /** Whether A ranks higher when this term weighs more than flipsAt (its own terms favour A). */
  readonly aHigherAbove: boolean;
}

export interface IndexRobustness {
  readonly index: IndexOutput;
  readonly terms: readonly string[];
  /** Term means of each mix. */
  readonly a: TermMeans;
  readonly b: TermMeans;
  /** The two indices at the given (default) weights. */
  readonly atDefaults: { readonly a: number; readonly b: number };
  readonly samples: number;
  readonly seed: number;
  /** Share of the drawn weightings in which A scores strictly higher than B. */
  readonly aHigherShare: number;
  readonly leaveOneOut: readonly LeaveOneOut[];
  readonly breakEven: readonly BreakEven[];
}

/**
 * `samples` weight vectors of n terms, uniform on the simplex: the gaps between n − 1 sorted
 * uniform numbers on [0, 1] (a flat Dirichlet, without logarithms). Same seed, same vectors.
 */
export function simplexWeights(n: number, samples: number = ROBUSTNESS_SAMPLES, seed: number = ROBUSTNESS_SEED): Float64Array[] {
  const rng = seedrandom.alea(`crossings:robustness:${seed}:${n}`);
  const out: Float64Array[] = [];
  const cuts = new Float64Array(n - 1);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < n - 1; i++) cuts[i] = rng.double();
    cuts.sort();
    const w = new Float64Array(n);
    let prev = 0;
    for (let i = 0; i < n - 1; i++) {
      w[i] = cuts[i] - prev;
      prev = cuts[i];
    }
    w[n - 1] = 1 - prev;
    out.push(w);
  }
  return out;
}

/** Mean of each term of an index over records (run summaries, whose terms are means over months). */
export function termMeans(index: IndexDeclaration, records: readonly Readonly<Record<OutputKey, number>>[]): TermMeans {
  const out: Record<string, number> = {};
  for (const t of index.terms) out[t.name] = records.reduce((s, r) => s + r[t.output], 0) / Math.max(1, records.length);
  return out;
}

/** A's advantage in weighted harm: Σ wᵢ (bᵢ − aᵢ) over the terms (positive = A less harm = A higher). */
function advantage(d: Float64Array, w: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < d.length; i++) s += w[i] * d[i];
  return s;
}

function shareHigher(d: Float64Array, vectors: readonly Float64Array[]): number {
  let wins = 0;
  for (const w of vectors) if (advantage(d, w) > 0) wins++;
  return vectors.length ? wins / vectors.length : 0;
}

/** The index of term means for weights (by position). */
function indexOf(values: Float64Array, w: ArrayLike<number>): number {
  let harm = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    harm += w[i] * values[i];
    total += w[i];
  }
  return total > 0 ? 100 * (1 - harm / total) : 100;
}

/**
 * How robust "A scores higher than B" is on one index. `weights` are the weights the user reads
 * the index with (the declaration's by default); the random weightings cover every term.
 */
export function rankingRobustness(
  index: IndexDeclaration,
  a: TermMeans,
  b: TermMeans,
  options: { readonly weights?: Readonly<Record<string, number>>; readonly samples?: number; readonly seed?: number } = {},
): IndexRobustness {
  const samples = options.samples ?? ROBUSTNESS_SAMPLES;
  const seed = options.seed ?? ROBUSTNESS_SEED;
  const names = index.terms.map((t) => t.name);
  const n = names.length;
  const av = Float64Array.from(names, (k) => a[k]);
  const bv = Float64Array.from(names, (k) => b[k]);
  const d = Float64Array.from(names, (_, i) => bv[i] - av[i]);
  const defaults = Float64Array.from(index.terms, (t) => options.weights?.[t.name] ?? t.weight);

  const leaveOneOut: LeaveOneOut[] = names.map((term, k) => {
    const rest = Float64Array.from(d.filter((_, i) => i !== k));
    const restDefaults = defaults.filter((_, i) => i !== k);
    const restTotal = restDefaults.reduce((s, w) => s + w, 0);
    return {
      term,
      aHigherShare: n > 1 ? shareHigher(rest, simplexWeights(n - 1, samples, seed)) : 0,
      aHigherAtDefaults: restTotal > 0 ? advantage(rest, restDefaults) > 0 : undefined,
    };
  });

  const total = defaults.reduce((s, w) => s + w, 0);
  const breakEven: BreakEven[] = names.map((term, k) => {
    // Weight x on this term, 1 − x on the others in their default proportions:
    // advantage(x) = x·d_k + (1 − x)·rest, a straight line; it flips where it crosses 0.
    const restTotal = total - defaults[k];
    const rest = restTotal > 0 ? (advantage(d, defaults) - defaults[k] * d[k]) / restTotal : 0;
    const own = d[k];
    const crosses = restTotal > 0 && own !== rest && (own > 0) !== (rest > 0);
    return { term, flipsAt: crosses ? rest / (rest - own) : null, aHigherAbove: own > rest };
  });

  return {
    index: index.output,
    terms: names,
    a,
    b,
    atDefaults: { a: indexOf(av, defaults), b: indexOf(bv, defaults) },
    samples,
    seed,
    aHigherShare: shareHigher(d, simplexWeights(n, samples, seed)),
    leaveOneOut,
    breakEven,
  };
}
