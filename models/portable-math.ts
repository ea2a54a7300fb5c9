/**
 * exp, log and pow that give the same bits in every JavaScript engine.
 *
 * A run must be bit-identical in Node (the command line, the tests) and in the browser's worker.
 * `+ − × ÷` and `Math.sqrt` are rounded exactly as IEEE 754 prescribes everywhere, but
 * `Math.exp`, `Math.log`, `Math.pow` and the trigonometric functions are not: engines are free to
 * return any result within about one unit in the last place, and they do differ (Chromium's V8
 * now computes them with correctly rounded library functions, Node 20's with older ones). The
 * model's fees, capacities and stop chances pass through these functions, so a one-bit
 * difference would show in the exported figures. The functions here use only the exactly
 * rounded operations, so they are the same everywhere; they are accurate to a few units in the
 * last place, far finer than anything the model needs. A lint rule keeps the engine's versions
 * out of `models/`.
 *
 * Method (standard textbook range reductions): exp(x) = 2^k · exp(r) with k = round(x / ln 2)
 * and |r| ≤ ln 2 / 2, exp(r) by its Taylor series; log(x) = e · ln 2 + log(m) with x = m · 2^e
 * and m in [√½, √2), log(m) = 2 atanh((m − 1)/(m + 1)) by its series. ln 2 is split into a part
 * with trailing zero bits (so that k · LN2_HI is exact) and the rest.
 */

/** ln 2 to 32 significant bits (k · LN2_HI is exact for |k| < 2^21) and the remainder. */
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
/** 1 / ln 2. */
const INV_LN2 = 1.4426950408889634;
/** Above this exp overflows to Infinity; below EXP_UNDERFLOW it is 0. */
const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019412;
/** Lowest binary exponent of a double (the smallest subnormal is 2^-1074). */
const MIN_POWER = -1074;
const MAX_POWER = 1023;

/** 2^k for every k a double can hold, built by exact doublings and halvings. */
const POWERS_OF_TWO = (() => {
  const out = new Float64Array(MAX_POWER - MIN_POWER + 1);
  out[-MIN_POWER] = 1;
  for (let k = 1; k <= MAX_POWER; k++) out[k - MIN_POWER] = out[k - 1 - MIN_POWER] * 2;
  for (let k = -1; k >= MIN_POWER; k--) out[k - MIN_POWER] = out[k + 1 - MIN_POWER] / 2;
  return out;
})();

function powerOfTwo(k: number): number {
  if (k > MAX_POWER) return Infinity;
  if (k < MIN_POWER) return 0;
  return POWERS_OF_TWO[k - MIN_POWER];
}

/** Taylor coefficients 1/n! of exp, n = 2 … 14, for |r| ≤ 0.35 (the terms beyond 1/14! are below 1e-18). */
const E2 = 1 / 2;
const E3 = E2 / 3;
const E4 = E3 / 4;
const E5 = E4 / 5;
const E6 = E5 / 6;
const E7 = E6 / 7;
const E8 = E7 / 8;
const E9 = E8 / 9;
const E10 = E9 / 10;
const E11 = E10 / 11;
const E12 = E11 / 12;
const E13 = E12 / 13;
const E14 = E13 / 14;

/** e^x, the same in every engine. */
export function exp(x: number): number {
  // e^0 is exactly 1 by the series below too (k = 0, r = 0); the shortcut saves the series for the
  // many arguments that are exactly 0 (the best option of a logit, measured from the best).
  if (x === 0) return 1;
  if (!(x === x)) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  const p = 1 + r * (1 + r * (E2 + r * (E3 + r * (E4 + r * (E5 + r * (E6 + r * (E7 + r * (E8 + r * (E9 + r * (E10 + r * (E11 + r * (E12 + r * (E13 + r * E14)))))))))))));
  // 2^k may underflow or overflow on its own where the product does not: split it.
  if (k > MAX_POWER || k < -1022) return p * powerOfTwo(k - (k >> 1)) * powerOfTwo(k >> 1);
  return p * powerOfTwo(k);
}

/** Views of one double as two 32-bit words, to read a number's binary exponent exactly. */
const WORD_VIEW = new Float64Array(1);
const WORDS = new Uint32Array(WORD_VIEW.buffer);
/** Index of the word holding the sign and exponent (1 on little-endian machines). */
const HIGH = (() => {
  WORD_VIEW[0] = 1;
  return WORDS[1] === 0x3ff00000 ? 1 : 0;
})();
/** √½: the mantissa is kept in [√½, √2). */
const SQRT_HALF = Math.SQRT1_2;
/** 2^54: lifts a subnormal into the normal range before its exponent is read. */
const TWO_54 = 18014398509481984;

/** The natural logarithm, the same in every engine. */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= TWO_54;
    e = -54;
  }
  WORD_VIEW[0] = x;
  const high = WORDS[HIGH];
  e += ((high >>> 20) & 0x7ff) - 1023;
  // m = x / 2^e in [1, 2): the same bits with the exponent of 1.
  WORDS[HIGH] = (high & 0x800fffff) | 0x3ff00000;
  return logOfParts(e, WORD_VIEW[0]);
}

/** log(2^e · m) for an integer e and m in [1, 2): the series shared by log and logOneMinusDraw. */
function logOfParts(e: number, m: number): number {
  if (m > 2 * SQRT_HALF) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  // atanh series: s + s³/3 + s⁵/5 + … on |s| ≤ 0.172 (the terms beyond s²³/23 are below 1e-18).
  const p = 1 + s2 * (1 / 3 + s2 * (1 / 5 + s2 * (1 / 7 + s2 * (1 / 9 + s2 * (1 / 11 + s2 * (1 / 13 + s2 * (1 / 15 + s2 * (1 / 17 + s2 * (1 / 19 + s2 * (1 / 21 + s2 / 23))))))))));
  return e * LN2_HI + (e * LN2_LO + 2 * s * p);
}

/** 2^32: uniform draws are multiples of 2^-32 (models/rng.ts). */
const TWO_32 = 4294967296;

/**
 * log(1 − u) for a uniform draw u, a multiple of 2^-32 in [0, 1) as the model's draws are: the
 * same bits as log(1 − u), found faster. 1 − u is then exactly k · 2^-32 for an integer k, whose
 * binary exponent Math.clz32 gives in one instruction, where log reads it through memory (which
 * costs several times the series on some processors). Any other u, and u = 0, go through log.
 */
export function logOneMinusDraw(u: number): number {
  const k = (1 - u) * TWO_32;
  if (!(k >= 1 && k < TWO_32) || k !== Math.floor(k)) return log(1 - u);
  const e = 31 - Math.clz32(k);
  return logOfParts(e - 32, k * powerOfTwo(-e));
}

/** base^exponent for base > 0 (and 1 for exponent 0), the same in every engine. */
export function pow(base: number, exponent: number): number {
  if (exponent === 0) return 1;
  if (base === 1) return 1;
  if (base === 0) return exponent > 0 ? 0 : Infinity;
  if (!(base > 0)) return NaN;
  return exp(exponent * log(base));
}
