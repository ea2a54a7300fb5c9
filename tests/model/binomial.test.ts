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
import { CohortScratch, SystematicProcess } from '../../models/phases/cohort';

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
  it('keeps the running count of deaths within one of the expected number, with exactly that mean over seeds', () => {
    for (const expected of [0.3, 4, 60]) {
      let sumOfTotals = 0;
      let furthest = 0;
      const seeds = 400;
      const months = 240;
      for (let seed = 0; seed < seeds; seed++) {
        const process = new SystematicProcess(1000 + seed);
        let total = 0;
        for (let m = 1; m <= months; m++) {
          total += process.advance(expected);
          furthest = Math.max(furthest, Math.abs(total - expected * m));
        }
        sumOfTotals += total;
      }
      // Never more than one away from the expected count so far (rounded up or down).
      expect(furthest).toBeLessThan(1);
      // The offset is uniform, so over seeds the mean total is the expected total (sd of the mean about 0.025).
      expect(Math.abs(sumOfTotals / seeds - expected * months)).toBeLessThan(0.1);
    }
  });

  it('rounds up in some seeds and down in others (the offset is drawn from the seed)', () => {
    const totals = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const process = new SystematicProcess(seed);
      let total = 0;
      for (let m = 0; m < 10; m++) total += process.advance(0.35);
      totals.add(total);
    }
    expect([...totals].sort()).toEqual([3, 4]);
  });

  it('couples two runs of one seed: their totals differ by the difference of their expected totals, give or take one', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const a = new SystematicProcess(seed);
      const b = new SystematicProcess(seed);
      let ta = 0;
      let tb = 0;
      let ea = 0;
      let eb = 0;
      for (let m = 0; m < 120; m++) {
        const e = 2 + ((m * 7) % 5) * 0.5;
        const f = e * (m % 2 === 0 ? 1.15 : 0.95);
        ta += a.advance(e);
        tb += b.advance(f);
        ea += e;
        eb += f;
      }
      expect(Math.abs(tb - ta - (eb - ea))).toBeLessThan(1);
    }
  });

  it('starts the recorded months afresh, so a warm-up that differed leaves the recorded deaths paired', () => {
    // Two runs whose warm-ups had different expected deaths, then the same recorded months: with the
    // recorded months' own process their recorded deaths are equal; carried on from the warm-up's
    // clock, the two clocks' different starting points would round them differently in some seeds.
    const people = 300;
    const chancesOf = (p: number) => new Float64Array(people).fill(p);
    const recorded = (warmupChance: number, seed: number, restart: boolean): number => {
      const scratch = new CohortScratch(seed);
      const members = () => Int32Array.from({ length: people }, (_, i) => i);
      for (let m = 0; m < 24; m++) scratch.selectDeaths(members(), people, chancesOf(warmupChance), seed, m, 0);
      if (restart) scratch.startRecordedDeaths();
      let total = 0;
      for (let m = 24; m < 144; m++) total += scratch.selectDeaths(members(), people, chancesOf(0.0101), seed, m, 0);
      return total;
    };
    let apartWithoutRestart = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const a = recorded(0.01, seed, true);
      expect(recorded(0.0237, seed, true)).toBe(a);
      // 120 months of 300 chances of 1.01%: 363.6 expected deaths, rounded.
      expect([363, 364]).toContain(a);
      if (recorded(0.01, seed, false) !== recorded(0.0237, seed, false)) apartWithoutRestart++;
    }
    expect(apartWithoutRestart).toBeGreaterThan(3);
  });
});
