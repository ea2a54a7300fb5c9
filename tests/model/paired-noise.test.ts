/**
 * Common random numbers at work: enforcement at its maximum against the baseline, the default
 * scenario, 100,000 agents, 20 seeds, each pair run with the same seed.
 *
 * The original criterion (issue 11): the 5–95% range of the paired relative change in dead and
 * missing is at most 5.5 percentage points (a third of model 1's 16.5). It cannot hold at 100,000
 * agents for realised deaths, however well the runs are coupled. Deaths are events of single people
 * (each with their own chance), counted from one death process per run (models/phases/cohort.ts):
 * two runs with one seed differ in deaths by exactly a Poisson count whose mean λ is the change in
 * expected deaths — with Bernoulli deaths no coupling can do better. Enforcement at maximum raises
 * expected deaths by a few dozen agents on a few hundred, so that count alone spreads the paired
 * change over 4.5–4.8 points (the "floor", measured on three blocks of 20 seeds), most of the 5.5.
 * Model 2.4.1, 100,000 agents (ODD, section 4, Stochasticity):
 *   seeds  1–20: realised 7.9, floor 4.8, expected 4.7 points (limit on realised 7.3: (b) FAILS)
 *   seeds 21–40: realised 4.9, floor 4.5, expected 3.7 points (limit 7.1)
 *   seeds 41–60: realised 5.6, floor 4.5, expected 4.9 points (limit 7.1)
 * and at 1,000,000 agents, seeds 1–20: realised 5.1, floor 1.5, expected 5.0 (the literal criterion holds).
 * On seeds 1–20 the death process's own part of the change (realised minus expected) is wider than
 * its law (standard deviation 1.8 points against 1.5), so (b) fails there by 0.6 points, and seed 1,
 * whose baseline deaths are 9% under their expected number, lies just outside the 5–95% range in
 * (c) for dead and missing (+12.5% against +4.4% to +12.3%) and the death rate (+15.3% against
 * +7.2% to +14.6%); its change in expected deaths (+9.6%) lies within the seeds' (+6.3% to +10.9%).
 * Both are left failing for the lead to decide (see the ODD), not loosened. Over seeds 1–60 the death
 * process's part follows its law (mean squared standardised part 1.05, law 1; standard deviation 1.52
 * points against 1.41): seeds 1–20 are unlucky, not badly coupled (scripts/model/death-coupling.ts).
 * So the test holds what common random numbers control to the original limit and reports the rest:
 * (a) the range of the paired change in EXPECTED dead and missing (RunResult.diagnostics: the sum of
 *     the chances handed to the death process) is at most 5.5 points;
 * (b) the range of the paired change in realised dead and missing is at most √(floor² + 5.5²), the
 *     floor derived here from these runs' own change in expected deaths;
 * (c) for every headline output whose median change is 5% or more, seed 1 alone gives a change
 *     within ±25% of the median — so one run already tells a lecturer the direction and size —
 *     except where the paired noise itself is wider than that (half the 5–95% range above a quarter
 *     of the median), where seed 1 must lie within the 20 seeds' 5–95% range, and at most two
 *     outputs may be so.
 * The literal criterion is checked at 1,000,000 agents, where the floor is about 1.5 points, by
 * `npm run noise -- --agents 1000000` (about 40 runs of a million agents; not part of `npm test`).
 */
import { describe, expect, it } from 'vitest';
import { deathNoise, deathProcessRangePoints, NOISE_LIMIT_POINTS, noiseOf, pairedRuns, type Pair } from '../../scripts/model/paired-noise';
import { defaultCalibration } from '../../models/index';

const AGENTS = 100_000;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe('paired noise', () => {
  const pairs = pairedRuns(AGENTS, SEEDS);
  const deaths = deathNoise(pairs, AGENTS);

  it('(a) keeps the 5–95% range of the change in expected dead and missing within 5.5 points over 20 seeds', () => {
    expect(deaths.expectedPoints).toBeLessThanOrEqual(NOISE_LIMIT_POINTS);
    // The effect itself is there: enforcement at maximum raises expected deaths.
    expect(deaths.expectedMedian).toBeGreaterThan(0.02);
  });

  it('(b) keeps the range of the change in realised dead and missing within √(floor² + 5.5²), the floor from these runs', () => {
    expect(deaths.floorPoints).toBeGreaterThan(0);
    expect(deaths.realisedPoints).toBeLessThanOrEqual(deaths.realisedLimitPoints);
  });

  it('counts deaths as a Poisson count around the expected deaths the diagnostics report', () => {
    const weight = defaultCalibration().populationPeople / AGENTS;
    for (const p of pairs) {
      for (const [dead, expected] of [
        [p.base.deathsMissing, p.baseExpected],
        [p.alt.deathsMissing, p.altExpected],
      ]) {
        // Within four standard deviations of a Poisson count, in agents.
        expect(Math.abs(dead - expected) / weight).toBeLessThan(4 * Math.sqrt(expected / weight));
      }
    }
  });

  it('(c) gives, with seed 1 alone, every material change within ±25% of the 20-seed median (within the 5–95% range where the noise is wider)', () => {
    const noise = noiseOf(pairs);
    const material = noise.filter((n) => n.seedOneAgrees !== null);
    expect(material.length).toBeGreaterThanOrEqual(6);
    expect(material.filter((n) => n.noiseBound).length).toBeLessThanOrEqual(2);
    expect(material.filter((n) => !n.seedOneAgrees).map((n) => `${n.output}: seed 1 ${n.seedOne}, median ${n.median}`)).toEqual([]);
  });
});

describe('the death process floor', () => {
  // Pairs built by hand: the floor is the 5–95% range of (Poisson(λ) − λ) / B, which for a large λ
  // is close to the normal range 2 × 1.645 × √λ / B, and for λ = 0 is nothing.
  const weight = defaultCalibration().populationPeople / AGENTS;
  const pair = (baseDeaths: number, lambda: number): Pair => {
    const base = { deathsMissing: baseDeaths * weight } as Pair['base'];
    return { base, alt: base, baseExpected: baseDeaths * weight, altExpected: (baseDeaths + lambda) * weight };
  };

  it('is the Poisson range of the change in expected deaths, as a share of the baseline deaths', () => {
    const floor = deathProcessRangePoints([pair(1000, 400), pair(1000, 400)], AGENTS);
    expect(floor).toBeGreaterThan(0.95 * 100 * 2 * 1.645 * Math.sqrt(400) / 1000);
    expect(floor).toBeLessThan(1.05 * 100 * 2 * 1.645 * Math.sqrt(400) / 1000);
    expect(deathProcessRangePoints([pair(1000, 0)], AGENTS)).toBe(0);
  });

  it('grows with the change in expected deaths and shrinks with more deaths', () => {
    expect(deathProcessRangePoints([pair(500, 50)], AGENTS)).toBeGreaterThan(deathProcessRangePoints([pair(500, 20)], AGENTS));
    expect(deathProcessRangePoints([pair(5000, 50)], AGENTS)).toBeLessThan(deathProcessRangePoints([pair(500, 50)], AGENTS));
  });
});
