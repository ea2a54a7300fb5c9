/**
 * The cohort counts (models/phases/cohort.ts) come from binomialQuantile: one uniform number per
 * cohort and event gives the number affected. Drawn over many uniform numbers, the counts must have
 * the binomial's mean and variance (so deaths carry the luck of the crossing, neither more nor less
 * than independent draws would), in the exact and in the approximate regime, and a count must rise
 * with the cohort's size and chance at a fixed number (what keeps paired runs coupled). Deaths come
 * from one point process per run: its monthly counts are Poisson with the month's expected number,
 * and two runs with the same seed differ in their totals by about what their expected totals do.
 */
import { describe, expect, it } from 'vitest';
import { binomialQuantile, drawK } from '../../models/rng';
import { CohortScratch, PointProcess } from '../../models/phases/cohort';

const DRAWS = 40_000;

function moments(n: number, p: number): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let j = 0; j < DRAWS; j++) {
    const k = binomialQuantile(drawK(12345, j, 7, 3), n, p);
    s += k;
    s2 += k * k;
  }
  const mean = s / DRAWS;
  return { mean, variance: s2 / DRAWS - mean * mean };
}

describe('binomial counts for cohorts', () => {
  it.each([
    [10, 0.02],
    [300, 0.02],
    [300, 0.4],
    [500, 0.9],
    [20_000, 0.02],
    [20_000, 0.6],
  ])('have the mean and variance of Binomial(%i, %f)', (n, p) => {
    const { mean, variance } = moments(n, p);
    const v = n * p * (1 - p);
    // Mean within 5 standard errors; variance within 5% (its relative standard error is about 0.7%).
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(v / DRAWS));
    expect(variance / v).toBeGreaterThan(0.95);
    expect(variance / v).toBeLessThan(1.05);
  });

  it('give 0 or n at the certain ends and never leave [0, n]', () => {
    expect(binomialQuantile(0.5, 100, 0)).toBe(0);
    expect(binomialQuantile(0.5, 100, 1)).toBe(100);
    for (const u of [0, 1e-12, 0.5, 1 - 2 ** -32]) {
      for (const [n, p] of [[5, 0.3], [1000, 0.49], [1000, 0.51], [100_000, 0.3]] as const) {
        const k = binomialQuantile(u, n, p);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(n);
      }
    }
  });

  it('rise with the chance and the cohort size at the same number (paired runs stay coupled)', () => {
    for (let j = 0; j < 2000; j++) {
      const u = drawK(99, j, 1, 0);
      let last = 0;
      for (const p of [0.001, 0.01, 0.05, 0.2, 0.45, 0.5, 0.55, 0.8, 0.99]) {
        const k = binomialQuantile(u, 400, p);
        expect(k).toBeGreaterThanOrEqual(last);
        last = k;
      }
      expect(binomialQuantile(u, 420, 0.1)).toBeGreaterThanOrEqual(binomialQuantile(u, 400, 0.1));
    }
  });

  it('let the counts of a cohort vary from seed to seed (no rounding to the expected number)', () => {
    const scratch = new CohortScratch(1);
    const counts = new Set<number>();
    for (let key = 1; key <= 50; key++) {
      const members = Int32Array.from({ length: 500 }, (_, i) => i);
      counts.add(scratch.select(members, 0, 500, 0.02, key, 3, 0, 100, 0));
    }
    // Binomial(500, 0.02) has a standard deviation of about 3: fifty seeds show many counts.
    expect(counts.size).toBeGreaterThanOrEqual(6);
  });
});

describe('the death process', () => {
  it('gives monthly counts with the Poisson mean and variance of the expected number', () => {
    for (const expected of [0.3, 4, 60]) {
      let s = 0;
      let s2 = 0;
      const months = 20_000;
      for (let seed = 0; seed < 20; seed++) {
        const process = new PointProcess(1000 + seed);
        for (let m = 0; m < months / 20; m++) {
          const k = process.advance(expected);
          s += k;
          s2 += k * k;
        }
      }
      const mean = s / months;
      const variance = s2 / months - mean * mean;
      expect(Math.abs(mean - expected)).toBeLessThan(5 * Math.sqrt(expected / months));
      expect(variance / expected).toBeGreaterThan(0.93);
      expect(variance / expected).toBeLessThan(1.07);
    }
  });

  it('spreads run totals over seeds like a Poisson count, yet couples two runs of one seed', () => {
    // 120 months of about 3 expected deaths: totals over seeds vary (sd about 19), while two runs
    // with 5% more expected deaths in the second differ by 5% give or take a few deaths.
    const totals: number[] = [];
    const gaps: number[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const a = new PointProcess(seed);
      const b = new PointProcess(seed);
      let ta = 0;
      let tb = 0;
      for (let m = 0; m < 120; m++) {
        const e = 2 + ((m * 7) % 5) * 0.5;
        ta += a.advance(e);
        tb += b.advance(e * (m % 2 === 0 ? 1.15 : 0.95));
      }
      totals.push(ta);
      gaps.push(tb - ta);
    }
    const sd = (xs: number[]) => {
      const m = xs.reduce((x, y) => x + y, 0) / xs.length;
      return Math.sqrt(xs.reduce((x, y) => x + (y - m) ** 2, 0) / (xs.length - 1));
    };
    expect(sd(totals)).toBeGreaterThan(15);
    // The expected totals differ by 12: the paired gap is Poisson(12)-like, sd about 3.5 (independent runs: about 27).
    expect(sd(gaps)).toBeLessThan(6);
  });

  it('starts the recorded months afresh, so a warm-up that differed leaves the recorded deaths paired', () => {
    // Two runs whose warm-ups had different expected deaths, then the same recorded months: with the
    // recorded months' own process their recorded deaths are equal; carried on from the warm-up's
    // clock they would differ by the points between the two warm-up clocks' ends.
    const people = 300;
    const chancesOf = (p: number) => new Float64Array(people).fill(p);
    const recorded = (warmupChance: number, seed: number, restart: boolean): number => {
      const scratch = new CohortScratch(seed);
      const members = () => Int32Array.from({ length: people }, (_, i) => i);
      for (let m = 0; m < 24; m++) scratch.selectDeaths(members(), people, chancesOf(warmupChance), seed, m, 0);
      if (restart) scratch.startRecordedDeaths();
      let total = 0;
      for (let m = 24; m < 144; m++) total += scratch.selectDeaths(members(), people, chancesOf(0.01), seed, m, 0);
      return total;
    };
    const totals = new Set<number>();
    let apartWithoutRestart = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const a = recorded(0.01, seed, true);
      expect(recorded(0.02, seed, true)).toBe(a);
      totals.add(a);
      if (recorded(0.01, seed, false) !== recorded(0.02, seed, false)) apartWithoutRestart++;
    }
    // Still random from seed to seed (Poisson with mean 360: sd about 19)…
    expect(totals.size).toBeGreaterThan(10);
    // …and the warm-up's difference (72 expected deaths) would otherwise have unpaired most seeds.
    expect(apartWithoutRestart).toBeGreaterThan(15);
  });
});
