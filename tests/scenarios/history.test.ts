/**
 * The history check: the Central Mediterranean scenario against recorded yearly figures. The
 * fit is reported, not tuned; this test guards the fit's computation and a floor on how well
 * the shape of the arrivals series is reproduced.
 */
import { describe, expect, it } from 'vitest';
import { runModel } from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';
import { historicalFit, spearman } from '../../scenarios/history';

describe('spearman', () => {
  it('is 1 for the same order, −1 for the reverse, and handles ties', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2], [5, 5, 9])).toBeCloseTo(1);
    expect(Number.isNaN(spearman([1, 2], [1, 2]))).toBe(true);
  });
});

describe('Central Mediterranean 2014–2020', () => {
  const scenario = findScenario('central-mediterranean-2014-2020')!;
  const runs = [1, 2, 3, 4, 5].map((seed) => runModel({ ...scenarioToRunInput(scenario), seed, agents: 40_000 }));
  const fit = historicalFit(scenario, runs);

  it('covers 2014–2020 with recorded arrivals, deaths and pull-backs', () => {
    expect(fit.map((f) => f.series)).toEqual(['irregularArrivals', 'deathsMissing', 'pullbacks']);
    const arrivals = fit[0];
    expect(arrivals.years.map((y) => y.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(arrivals.years.every((y) => y.observed !== undefined && y.relativeError !== undefined)).toBe(true);
  });

  it('reproduces the shape of the arrivals series (rank correlation ≥ 0.6) and their level within 60% on average before the 2017 break', () => {
    expect(fit[0].rankCorrelation).toBeGreaterThanOrEqual(0.6);
    // After mid-2017 arrivals fell by over 80%, mostly through the containment of departures on
    // the Libyan coast, which model 2 does not yet represent (a transit-State lever is planned):
    // the model's 2018–2020 arrivals are several times the record. The ODD's history check says so.
    const before = fit[0].years.filter((y) => y.year <= 2017);
    const error = before.reduce((s, y) => s + Math.abs(y.relativeError ?? 0), 0) / before.length;
    expect(error).toBeLessThan(0.6);
    expect(fit[0].years.find((y) => y.year === 2018)!.modelled).toBeLessThan(fit[0].years.find((y) => y.year === 2016)!.modelled);
  });

  it('keeps dead and missing within a factor of about two of the record on average', () => {
    expect(fit[1].meanAbsoluteRelativeError).toBeLessThan(0.8);
  });
});
