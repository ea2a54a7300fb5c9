import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import browserSeedrandom from './seedrandom-alea';

describe("the browser build's seedrandom (Alea only)", () => {
  it('draws what the whole package draws, for the keys the model derives and for state', () => {
    for (const key of ['crossings:1:movement', 'crossings:42:fees', 'crossings:robustness:7:200', '']) {
      const a = seedrandom.alea(key);
      const b = browserSeedrandom.alea(key);
      const draws = (g: typeof a) => Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? g.int32() : i % 3 === 1 ? g.double() : g()));
      expect(draws(b), key).toEqual(draws(a));
    }
  });

  it('refuses any other generator loudly', () => {
    expect(() => (browserSeedrandom as unknown as (seed: string) => unknown)('x')).toThrow(/only seedrandom\.alea/);
  });
});
