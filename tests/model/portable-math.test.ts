/**
 * exp, log and pow built from exactly rounded arithmetic (models/portable-math.ts): as accurate
 * as the engine's within a unit or two in the last place, right at the edges, and free of the
 * engine's own functions (which Chromium and Node round differently), so a run is the same bits
 * everywhere. The browser tests check that a run in Chromium gives Node's figures exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exp, log, logOneMinusDraw, pow } from '../../models/portable-math';

const EPS = Number.EPSILON;

/** A fixed sequence of numbers in [0, 1) (no Math.random: the test must be repeatable). */
function* uniforms(n: number): Generator<number> {
  let s = 2463534242;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    yield (s >>> 0) / 4294967296;
  }
}

describe('portable exp, log and pow', () => {
  it('agree with the engine’s to within two units in the last place', () => {
    let worstExp = 0;
    let worstLog = 0;
    let worstPow = 0;
    for (const u of uniforms(200_000)) {
      const x = (u - 0.5) * 1400;
      worstExp = Math.max(worstExp, Math.abs(exp(x) - Math.exp(x)) / (Math.exp(x) * EPS || Number.MIN_VALUE));
      const y = Math.exp(x);
      if (y > 0 && Number.isFinite(y)) worstLog = Math.max(worstLog, Math.abs(log(y) - Math.log(y)) / Math.max(Math.abs(Math.log(y)), 1) / EPS);
      const b = u;
      const e = (1 - u) * 20;
      if (b > 0) worstPow = Math.max(worstPow, Math.abs(pow(b, e) - Math.pow(b, e)) / (Math.pow(b, e) * EPS || Number.MIN_VALUE));
    }
    expect(worstExp).toBeLessThanOrEqual(2);
    expect(worstLog).toBeLessThanOrEqual(2);
    expect(worstPow).toBeLessThan(200); // pow = exp(e · log b): log's last-place error is multiplied by e · log b
  });

  it('are exact where they should be, and right at the edges', () => {
    expect([exp(0), log(1), pow(0.3, 0), pow(1, 7), pow(0, 2)]).toEqual([1, 0, 1, 1, 0]);
    expect([exp(800), exp(-800), exp(NaN)]).toEqual([Infinity, 0, NaN]);
    expect([log(0), log(-1), log(Infinity), log(NaN)]).toEqual([-Infinity, NaN, Infinity, NaN]);
    expect(log(Number.MIN_VALUE)).toBeCloseTo(-744.44007192138, 9);
    expect(log(Number.MAX_VALUE)).toBeCloseTo(709.782712893384, 9);
    expect(exp(-745)).toBe(Number.MIN_VALUE);
    expect(exp(709.78)).toBeCloseTo(Math.exp(709.78), -300);
    for (let k = -1074; k <= 1023; k += 37) expect(Math.abs(log(2 ** k) - k * Math.LN2)).toBeLessThan(1e-12 * Math.max(1, Math.abs(k)));
  });

  it('are monotone across the steps of the range reduction', () => {
    const ln2 = Math.LN2;
    for (let k = -20; k <= 20; k++) {
      const edge = (k + 0.5) * ln2;
      expect(exp(edge - 1e-12)).toBeLessThan(exp(edge + 1e-12));
    }
    for (const x of [Math.SQRT2, 1, 2, 0.5]) expect(log(x * (1 - 4 * EPS))).toBeLessThan(log(x * (1 + 4 * EPS)));
  });

  it('use only exactly rounded arithmetic (no Math function an engine may round its own way)', () => {
    const code = readFileSync(new URL('../../models/portable-math.ts', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const used = new Set([...code.matchAll(/Math\.(\w+)/g)].map((m) => m[1]));
    // round, floor and clz32 are exact by the language's definition (no rounding left to engines).
    expect([...used].filter((f) => !['round', 'floor', 'clz32', 'SQRT1_2'].includes(f))).toEqual([]);
  });
});

describe('logOneMinusDraw', () => {
  it('gives the same bits as log(1 − u) for every kind of draw, and for numbers that are not draws', () => {
    const draws = [0, 2 ** -32, 0.5, 0.25, 0.75, 1 - 2 ** -32, 1 - 2 ** -31, 0.5 - 2 ** -32, 0.5 + 2 ** -32];
    for (const u of uniforms(200_000)) draws.push(u); // multiples of 2^-32, as the model's draws are
    // (One expect for the list of draws that differ, not one per draw: vitest's expect cost more than the 200,000 logs.)
    const differs = (u: number) => !Object.is(logOneMinusDraw(u), log(1 - u));
    expect(draws.filter(differs)).toEqual([]);
    // Not on the 2^-32 lattice (or not in [0, 1)): it falls back to log itself.
    expect([0.1, 1e-300, 2 ** -40, 0.3 + 2 ** -45, -0.5, 1, 1.5, Number.NaN].filter(differs)).toEqual([]);
  });
});
