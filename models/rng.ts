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

/** The 32-bit hash of (key, person, month, k): the k-th draw of one decision, as an integer. */
export function hashK(key: number, person: number, month: number, k: number): number {
  const h = mix32(key ^ Math.imul(person + 1, SPREAD_PERSON));
  const g = mix32(h ^ Math.imul(month + 1, SPREAD_MONTH));
  return mix32(g ^ Math.imul(k + 1, SPREAD_K));
}

/** Uniform number in [0, 1) for (key, person, month, k): the k-th draw of one decision. */
export function drawK(key: number, person: number, month: number, k: number): number {
  return hashK(key, person, month, k) * UNIT;
}

/** Exponential(1) from a uniform draw: the threshold of a cumulative hazard. */
export function exponentialOf(u: number): number {
  return -Math.log(1 - u);
}

/** Standard normal from two uniform draws (Box–Muller, one of the pair). */
export function normalOf(u: number, v: number): number {
  return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
}
