/**
 * The counter-based random numbers: uniform in [0, 1), no visible dependence between neighbouring
 * people, months, draws of one decision or purposes, and keyed so that a person's number in a month
 * depends on nothing but (seed, purpose, person, month).
 */
import { describe, expect, it } from 'vitest';
import { draw, drawK, drawOf, drawsOf, exponentialOf, hashBase, makeKeys, normalOf, PURPOSES } from '../../models/rng';

const N = 400_000;
const BINS = 400;

/** Pearson chi-square of counts against a flat expectation; with d = bins − 1 degrees of freedom. */
function chiSquare(counts: Int32Array, total: number): number {
  const expected = total / counts.length;
  let x = 0;
  for (const c of counts) x += (c - expected) ** 2 / expected;
  return x;
}

/** A chi-square far beyond chance: more than six standard deviations above its mean (p < 1e-8). */
function tooUneven(x: number, df: number): boolean {
  return x > df + 6 * Math.sqrt(2 * df);
}

function histogram(f: (n: number) => number): Int32Array {
  const counts = new Int32Array(BINS);
  let outside = 0;
  for (let n = 0; n < N; n++) {
    const u = f(n);
    if (!(u >= 0 && u < 1)) outside++;
    else counts[Math.floor(u * BINS)]++;
  }
  expect(outside).toBe(0);
  return counts;
}

function correlation(f: (n: number) => [number, number]): number {
  let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (let n = 0; n < N; n++) {
    const [x, y] = f(n);
    sx += x;
    sy += y;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
  }
  const cov = sxy / N - (sx / N) * (sy / N);
  return cov / Math.sqrt((sxx / N - (sx / N) ** 2) * (syy / N - (sy / N) ** 2));
}

/** Joint uniformity of pairs on a 20 × 20 grid. */
function pairChiSquare(f: (n: number) => [number, number]): number {
  const side = 20;
  const counts = new Int32Array(side * side);
  for (let n = 0; n < N; n++) {
    const [x, y] = f(n);
    counts[Math.floor(x * side) * side + Math.floor(y * side)]++;
  }
  return chiSquare(counts, N);
}

describe('counter-based random numbers', () => {
  const keys = makeKeys(1);
  const k = keys.choice;

  it('are uniform along people, along months and along the draws of one decision', () => {
    expect(tooUneven(chiSquare(histogram((n) => draw(k, n, 17)), N), BINS - 1)).toBe(false);
    expect(tooUneven(chiSquare(histogram((n) => draw(k, 4242, n)), N), BINS - 1)).toBe(false);
    expect(tooUneven(chiSquare(histogram((n) => drawK(k, 99, 5, n)), N), BINS - 1)).toBe(false);
    // A mixed walk over people and months, as the model uses them.
    expect(tooUneven(chiSquare(histogram((n) => draw(k, n % 1000, Math.floor(n / 1000))), N), BINS - 1)).toBe(false);
  });

  it('show no dependence between neighbouring people, months, draws or purposes', () => {
    const limit = 5 / Math.sqrt(N);
    const pairs: [string, (n: number) => [number, number]][] = [
      ['people i, i+1', (n) => [draw(k, n, 3), draw(k, n + 1, 3)]],
      ['months m, m+1', (n) => [draw(k, 7, n), draw(k, 7, n + 1)]],
      ['draws k, k+1', (n) => [drawK(k, n, 3, 0), drawK(k, n, 3, 1)]],
      ['purposes', (n) => [draw(keys.choice, n, 3), draw(keys.queue, n, 3)]],
      ['seeds 1, 2', (n) => [draw(makeKeysCached(1), n, 3), draw(makeKeysCached(2), n, 3)]],
    ];
    for (const [name, f] of pairs) {
      expect(Math.abs(correlation(f)), name).toBeLessThan(limit);
      expect(tooUneven(pairChiSquare(f), 399), name).toBe(false);
    }
  });

  it('give every purpose its own key, and a key depends on the seed', () => {
    expect(new Set(PURPOSES.map((p) => keys[p])).size).toBe(PURPOSES.length);
    expect(makeKeys(2).choice).not.toBe(keys.choice);
    expect(makeKeys(1)).toEqual(keys);
  });

  it('give the same numbers drawn into a buffer (drawsOf, the population) as drawn one at a time (drawOf)', () => {
    const out = new Float64Array(16);
    for (let person = 0; person < 1000; person++) {
      const base = hashBase(12345, person, person % 7);
      drawsOf(base, out, out.length);
      for (let k = 0; k < out.length; k++) expect(out[k]).toBe(drawOf(base, k));
    }
  });

  it('key a draw to (person, month) only: the same number whatever was drawn before', () => {
    const direct = draw(k, 123, 45);
    for (let n = 0; n < 1000; n++) draw(k, n, 45);
    expect(draw(k, 123, 45)).toBe(direct);
    expect(draw(k, 124, 45)).not.toBe(direct);
    expect(draw(k, 123, 46)).not.toBe(direct);
  });

  it('turn into exponential and normal numbers with the right moments', () => {
    let se = 0, sn = 0, snn = 0;
    for (let n = 0; n < N; n++) {
      se += exponentialOf(drawK(k, n, 0, 0));
      const z = normalOf(drawK(k, n, 0, 1));
      sn += z;
      snn += z * z;
    }
    expect(se / N).toBeCloseTo(1, 1);
    expect(sn / N).toBeCloseTo(0, 1);
    expect(snn / N).toBeCloseTo(1, 1);
  });
});

const keyCache = new Map<number, number>();
function makeKeysCached(seed: number): number {
  let v = keyCache.get(seed);
  if (v === undefined) keyCache.set(seed, (v = makeKeys(seed).choice));
  return v;
}
