/**
 * Random numbers keyed to who decides what, and when: common random numbers per person and month.
 *
 * Every random decision draws from a counter-based generator: the number is a hash of
 * (seed, purpose, person, month[, k]), not the next number of a sequence. So a person facing the
 * same decision in the same month draws the same number under any policy, whatever other people
 * did before them, and two policy mixes run with the same seed differ only through the policy —
 * person by person, month by month (Starsim keys its draws to agents and time steps in the same
 * spirit). World randomness (the weather) is keyed by (seed, purpose, month); operators' draws by
 * (seed, purpose, operator, month).
 *
 * The key of each purpose is derived from (seed, purpose name) with seedrandom's Alea, so adding a
 * purpose never changes the draws of another. The hash is an integer finaliser built on Math.imul
 * ("lowbias32", Chris Wellons' hash-prospector constants), applied once per key component: fast,
 * exact in 32-bit integer arithmetic, hence bit-identical in Node, a worker and the browser.
 */
import seedrandom from 'seedrandom';
import { log, logOneMinusDraw, pow } from './portable-math';

export const PURPOSES = [
  'population',
  'aspiration',
  'choice',
  'trapped',
  'queue',
  'abuse',
  'landLeg',
  'departure',
  'crossing',
  'stranded',
  'weather',
  'operators',
  'deaths',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** One 32-bit key per purpose, derived from the seed. */
export type RandomKeys = Readonly<Record<Purpose, number>>;

export function makeKeys(seed: number): RandomKeys {
  const out = {} as Record<Purpose, number>;
  for (const p of PURPOSES) out[p] = seedrandom.alea(`crossings:${seed}:${p}`).int32() >>> 0;
  return out;
}

/** Multipliers that spread consecutive integers (people, months, k) over the 32-bit range before mixing (odd, from the golden ratio and murmur3). */
const SPREAD_PERSON = 0x9e3779b1;
const SPREAD_MONTH = 0x85ebca77;
const SPREAD_K = 0xc2b2ae3d;
/** 2^-32: turns a 32-bit unsigned integer into a number in [0, 1). */
const UNIT = 1 / 4294967296;
/** Half of the step between two uniform draws (2^-33). */
const HALF_STEP = UNIT / 2;

/** The lowbias32 finaliser: every input bit affects every output bit with probability near one half. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

/** Uniform number in [0, 1) for (key, person, month). */
export function draw(key: number, person: number, month: number): number {
  const h = mix32(key ^ Math.imul(person + 1, SPREAD_PERSON));
  return mix32(h ^ Math.imul(month + 1, SPREAD_MONTH)) * UNIT;
}

/** The 32-bit hash of (key, person, month): the common part of a person's draws in a month. */
export function hashBase(key: number, person: number, month: number): number {
  return mix32(mix32(key ^ Math.imul(person + 1, SPREAD_PERSON)) ^ Math.imul(month + 1, SPREAD_MONTH));
}

/** The k-th draw from a base hash (hashBase), as a 32-bit integer: hashK = hashOf(hashBase, k). */
export function hashOf(base: number, k: number): number {
  return mix32(base ^ Math.imul(k + 1, SPREAD_K));
}

/** The k-th draw from a base hash, in [0, 1): drawK(key, person, month, k) = drawOf(hashBase(key, person, month), k). */
export function drawOf(base: number, k: number): number {
  return mix32(base ^ Math.imul(k + 1, SPREAD_K)) * UNIT;
}

/**
 * The first `count` draws of a base hash, in [0, 1): out[k] = drawOf(base, k), written into a
 * buffer. For loops that take many draws of one person (the population's attributes): a number
 * returned from a call that is not inlined is a fresh heap object in V8, and a hundred thousand
 * people times sixteen draws made the garbage collector a large part of drawing a population.
 */
export function drawsOf(base: number, out: Float64Array, count: number): void {
  for (let k = 0; k < count; k++) out[k] = mix32(base ^ Math.imul(k + 1, SPREAD_K)) * UNIT;
}

/** The 32-bit hash of (key, person, month, k): the k-th draw of one decision, as an integer. */
export function hashK(key: number, person: number, month: number, k: number): number {
  return hashOf(hashBase(key, person, month), k);
}

/** Uniform number in [0, 1) for (key, person, month, k): the k-th draw of one decision. */
export function drawK(key: number, person: number, month: number, k: number): number {
  return hashK(key, person, month, k) * UNIT;
}

/** Exponential(1) from a uniform draw: the threshold of a cumulative hazard. */
export function exponentialOf(u: number): number {
  return -logOneMinusDraw(u);
}

/**
 * Standard normal from one uniform draw in [0, 1), by the quantile function, the draw moved to the
 * middle of its 2^-32 step so that neither end is infinite (|z| < 6.3). Not Box–Muller: that needs
 * a cosine, and JavaScript engines differ in the last digit of trigonometric functions (Chromium's
 * from Node's), which would break bit-identical runs across the command line and the browser.
 */
export function normalOf(u: number): number {
  return normalQuantile(u + HALF_STEP);
}


/** Acklam's coefficients: the central region's rational function (A over B) and the tails' (C over D). */
const [A0, A1, A2, A3, A4, A5] = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const [B0, B1, B2, B3, B4] = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const [C0, C1, C2, C3, C4, C5] = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const [D0, D1, D2, D3] = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
/** Below this probability (and above 1 minus it) the tail formula applies. */
const QUANTILE_LOW = 0.02425;

/**
 * The standard normal quantile (inverse distribution function), by Acklam's rational
 * approximation (relative error below 1.2e-9): normal draws and the places of stratified draws.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < QUANTILE_LOW) return tailQuantile(Math.sqrt(-2 * log(p)));
  if (p > 1 - QUANTILE_LOW) return -tailQuantile(Math.sqrt(-2 * log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q) / (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1);
}

/** The lower tail of the quantile, from q = √(−2 ln p). */
function tailQuantile(q: number): number {
  return (((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
}

/**
 * Below this expected count (n·min(p, 1 − p)) the binomial quantile is found exactly, by summing
 * the probabilities from zero; (1 − p)^n is then at least e^(−2·this), far from underflow.
 */
const EXACT_BINOMIAL_MEAN = 200;

/**
 * The u-quantile of Binomial(n, p): the count k with P(X < k) ≤ u < P(X ≤ k), u in [0, 1). One
 * uniform number gives a whole cohort's count, and the count rises with n, p and u, so two runs
 * that draw the same u for a cohort (common random numbers) get counts that differ only as much as
 * their n and p do. Exact (by inversion) up to an expected count of EXACT_BINOMIAL_MEAN; above it,
 * where the standard deviation exceeds 13, the normal quantile with Cornish–Fisher's skewness term,
 * rounded, whose error is far below one standard deviation.
 */
export function binomialQuantile(u: number, n: number, p: number): number {
  if (!(n > 0) || !(p > 0)) return 0;
  if (p >= 1) return n;
  // Count the rarer outcome: the affected when p ≤ ½, the spared otherwise (from the other end of u).
  if (p > 0.5) return n - binomialQuantile(1 - UNIT - u, n, 1 - p);
  const mean = n * p;
  if (mean <= EXACT_BINOMIAL_MEAN) {
    const ratio = p / (1 - p);
    let prob = pow(1 - p, n);
    let cdf = prob;
    let k = 0;
    while (cdf <= u && k < n) {
      prob *= (ratio * (n - k)) / (k + 1);
      k++;
      cdf += prob;
    }
    return k;
  }
  const sd = Math.sqrt(mean * (1 - p));
  const z = normalOf(u);
  const skew = (1 - 2 * p) / sd;
  const k = Math.floor(mean + sd * (z + (skew * (z * z - 1)) / 6) + 0.5);
  return Math.min(n, Math.max(0, k));
}
