/**
 * Ensemble statistics (models/analysis): percentiles and means over seeds must equal a direct
 * computation (sort the values, pick or interpolate by rank) on random data and on real runs,
 * and the simulate command's ensemble line must come from the same implementation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTPUT_KEYS, ensembleOf, monthlySpreads, percentile, runModel, spreadColumn, spreadOf, summarySpreads, type RunResult } from '../index';
import { summariseEnsemble } from '../../scripts/cli/stats';

/** Type 7 percentile written out plainly, as the reference. */
function direct(values: readonly number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * p;
  const lo = Math.floor(h);
  if (lo + 1 >= x.length) return x[lo];
  return x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
}

function directMean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Doubles without -0, so that the order of equal zeros cannot matter. */
const value = fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((x) => x + 0);

const RUNS: RunResult[] = [1, 2, 3, 4, 5].map((seed) => runModel({ seed, agents: 3000, months: 18 }));

describe('spreadOf', () => {
  it('equals the direct computation on random data', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (xs) => {
        const s = spreadOf(xs);
        expect(s.n).toBe(xs.length);
        expect(s.median).toBe(direct(xs, 0.5));
        expect(s.p5).toBe(direct(xs, 0.05));
        expect(s.p25).toBe(direct(xs, 0.25));
        expect(s.p75).toBe(direct(xs, 0.75));
        expect(s.p95).toBe(direct(xs, 0.95));
        expect(s.mean).toBe(directMean(xs));
      }),
      { numRuns: 300 },
    );
  });

  it('picks exact ranks when (n − 1)·p is whole', () => {
    // 21 values: ranks 1, 5, 10, 15 and 19 of 0..20.
    const xs = Array.from({ length: 21 }, (_, i) => (i * 37) % 21).map((i) => i * 10);
    expect(spreadOf(xs)).toEqual({ median: 100, p5: 10, p25: 50, p75: 150, p95: 190, mean: 100, n: 21 });
    expect(spreadOf([4, 1, 3, 2, 0])).toMatchObject({ median: 2, p25: 1, p75: 3 });
  });

  it('interpolates between neighbours, leaves NaN out, and is NaN when empty', () => {
    expect(spreadOf([10, 20])).toMatchObject({ median: 15, p5: 10.5, p95: 19.5 });
    expect(spreadOf([7])).toMatchObject({ median: 7, p5: 7, p95: 7, mean: 7, n: 1 });
    expect(spreadOf([NaN, 1, 3, NaN])).toMatchObject({ median: 2, mean: 2, n: 2 });
    const empty = spreadOf([]);
    expect(empty.n).toBe(0);
    expect(empty.median).toBeNaN();
    expect(empty.mean).toBeNaN();
  });

  it('does not change its input', () => {
    const xs = [3, 1, 2];
    spreadOf(xs);
    percentile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('ensembles of real runs', () => {
  it('summary spreads equal the direct computation for every output', () => {
    const spreads = summarySpreads(RUNS.map((r) => r.summary));
    expect(Object.keys(spreads)).toEqual([...OUTPUT_KEYS]);
    for (const key of OUTPUT_KEYS) {
      const xs = RUNS.map((r) => r.summary[key]);
      expect(spreads[key]).toEqual({ median: direct(xs, 0.5), p5: direct(xs, 0.05), p25: direct(xs, 0.25), p75: direct(xs, 0.75), p95: direct(xs, 0.95), mean: directMean(xs), n: 5 });
    }
    // The runs differ between seeds, so the spread is not degenerate.
    expect(spreads.smugglingDemand.p95).toBeGreaterThan(spreads.smugglingDemand.p5);
  });

  it('monthly spreads equal the direct computation month by month', () => {
    const monthly = monthlySpreads(RUNS, ['smugglingDemand', 'deathsMissing']);
    expect(Object.keys(monthly)).toEqual(['smugglingDemand', 'deathsMissing']);
    for (const key of ['smugglingDemand', 'deathsMissing'] as const) {
      const series = monthly[key]!;
      expect(series.median).toHaveLength(18);
      RUNS[0].months.forEach((_, m) => {
        const xs = RUNS.map((r) => r.months[m][key]);
        expect(series.median[m]).toBe(direct(xs, 0.5));
        expect(series.p5[m]).toBe(direct(xs, 0.05));
        expect(series.p95[m]).toBe(direct(xs, 0.95));
        expect(series.mean[m]).toBe(directMean(xs));
      });
    }
  });

  it('ensembleOf gives seeds, summary and (when asked) monthly spreads; runs of different lengths are refused', () => {
    const e = ensembleOf(RUNS, { monthly: ['irregularArrivals'] });
    expect(e.seeds).toEqual([1, 2, 3, 4, 5]);
    expect(e.summary.irregularArrivals.median).toBe(direct(RUNS.map((r) => r.summary.irregularArrivals), 0.5));
    expect(Object.keys(e.monthly!)).toEqual(['irregularArrivals']);
    expect(ensembleOf(RUNS).monthly).toBeUndefined();
    const short = { ...RUNS[1], months: RUNS[1].months.slice(0, 6) };
    expect(() => monthlySpreads([RUNS[0], short])).toThrow(/runs\.1\.months: has 6 months; every run must have 18/);
  });

  it("simulate's ensemble line is a view of the shared implementation", () => {
    const seeds = RUNS.map((r) => r.seed);
    const line = summariseEnsemble(seeds, RUNS.map((r) => r.summary));
    const spreads = summarySpreads(RUNS.map((r) => r.summary));
    expect(Object.keys(line)).toEqual(['ensemble', 'seeds', 'median', 'p5', 'p95']);
    expect(line.median).toEqual(spreadColumn(spreads, 'median'));
    expect(line.p5).toEqual(spreadColumn(spreads, 'p5'));
    expect(line.p95).toEqual(spreadColumn(spreads, 'p95'));
  });
});
