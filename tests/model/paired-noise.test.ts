/**
 * Common random numbers at work (issue 11): enforcement at its maximum against the baseline, the
 * default scenario, 100,000 agents, 20 seeds, each pair run with the same seed. The criterion, as
 * the issue states it:
 * (b) the 5–95% range of the paired relative change in dead and missing is at most 5.5 percentage
 *     points (a third of model 1's 16.5);
 * (c) for every headline output whose median change is 5% or more, seed 1's change lies within
 *     ±25% of the 20-seed median change — so one run already tells a lecturer the direction and size.
 * Model 2.6.0 (ODD, section 4, Stochasticity): both hold on seeds 1–20. (b) 4.8 points; (c) seed 1
 * gives +8.1% for dead and missing against a median of +7.0% (the limit is +8.75%), and every
 * other material output is within its limit too. At 2.5.0 dead and missing missed (c) (+10.9%
 * against +8.1%, limit +10.1%) and that check was kept as an expected failure; the change to
 * 2.6.0 (onward movement from the transit country, and word of stops on the coast reaching home)
 * was not made for this test, and the margin is narrow, so the other blocks of seeds are reported
 * in the closing note of issue 11 (`npm run noise -- --first-seed 21`, `-- --first-seed 41`).
 */
import { describe, expect, it } from 'vitest';
import { deathNoise, NOISE_LIMIT_POINTS, noiseOf, pairedRuns } from '../../scripts/model/paired-noise';
import { defaultCalibration } from '../../models/index';

const AGENTS = 100_000;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe('paired noise', () => {
  const pairs = pairedRuns(AGENTS, SEEDS);
  const noise = noiseOf(pairs);
  const material = noise.filter((n) => n.seedOneAgrees !== null);

  it('(b) keeps the 5–95% range of the paired change in dead and missing within 5.5 points over 20 seeds', () => {
    const deaths = deathNoise(pairs);
    expect(deaths.realisedPoints).toBeLessThanOrEqual(NOISE_LIMIT_POINTS);
    // The effect itself is there: enforcement at maximum raises dead and missing.
    expect(deaths.realisedMedian).toBeGreaterThan(0.02);
  });

  it('counts each run’s deaths as its expected deaths, rounded (within one agent)', () => {
    const weight = defaultCalibration().populationPeople / AGENTS;
    for (const p of pairs) {
      expect(Math.abs(p.base.deathsMissing - p.baseExpected) / weight).toBeLessThan(1);
      expect(Math.abs(p.alt.deathsMissing - p.altExpected) / weight).toBeLessThan(1);
    }
  });

  it('(c) gives, with seed 1 alone, each material change other than dead and missing within ±25% of the 20-seed median', () => {
    expect(material.length).toBeGreaterThanOrEqual(6);
    const others = material.filter((n) => n.output !== 'deathsMissing');
    expect(others.filter((n) => !n.seedOneAgrees).map((n) => `${n.output}: seed 1 ${n.seedOne}, median ${n.median}`)).toEqual([]);
  });

  it('(c) dead and missing: seed 1 within ±25% of the 20-seed median', () => {
    const deaths = material.find((n) => n.output === 'deathsMissing');
    expect(deaths?.seedOneAgrees).toBe(true);
  });
});
