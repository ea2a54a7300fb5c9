/**
 * The history check's data: five runs of the user's settings, the fit of scenarios/history.ts
 * over whole calendar years, and sentences and a table that say it plainly.
 */
import { describe, expect, it } from 'vitest';
import { runModel } from '../../../../models/index';
import { historicalFit } from '../../../../scenarios/history';
import { findScenario } from '../../../../scenarios/index';
import { makeSettingsContext } from '../../../shared/settings/context';
import { defaultSettings } from '../../../shared/settings/settings';
import { CALIBRATION_FIT, type CalibrationFit } from '../../../../models/params/calibration-fit';
import { calibratedBand, describeFit, describeOrder, formatError, hasHistory, historyPanels, historyRuns, historyTable } from './history-data';
import { historyReading } from './history-notes';

const ctx = makeSettingsContext();
const med = findScenario('central-mediterranean-2014-2020')!;

describe('the history check', () => {
  it('is offered for scenarios with recorded figures only', () => {
    expect(hasHistory(med)).toBe(true);
    expect(hasHistory(findScenario('baseline')!)).toBe(false);
    expect(historyReading(med.id)?.points.length).toBeGreaterThan(3);
    expect(historyReading('baseline')).toBeUndefined();
  });

  it('runs the user’s settings over five seeds from their own', () => {
    const settings = { ...defaultSettings(ctx, med.id), seed: 1 };
    const runs = historyRuns(med, settings);
    expect(runs.map((r) => r.input.seed)).toEqual([1, 2, 3, 4, 5]);
    expect(runs.every((r) => r.input.months === 84 && r.input.agents === settings.agents)).toBe(true);
  });

  const small = { ...defaultSettings(ctx, med.id), agents: 4_000 };
  const runs = historyRuns(med, small).map((r) => runModel(r.input));

  it('fits whole years exactly as scenarios/history.ts does', () => {
    const panels = historyPanels(med, runs);
    expect(panels.map((p) => p.series)).toEqual(['irregularArrivals', 'deathsMissing', 'pullbacks']);
    expect(panels.map((p) => p.fit)).toEqual(historicalFit(med, runs));
    expect(panels[0].rows.map((r) => r.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(panels[2].rows[0]).toMatchObject({ year: 2014, modelled: 0 });
    expect(panels[2].rows[0].recorded).toBeUndefined(); // no pull-backs recorded for 2014
  });

  it('carries the calibrated band stored with the fit, for the fitted scenario only', () => {
    const panels = historyPanels(med, runs);
    const fit = CALIBRATION_FIT as CalibrationFit;
    expect(fit.scenario).toBe(med.id);
    panels.forEach((p) => {
      expect(p.rows.map((r) => r.band)).toEqual(fit.band[p.series].p5.map((lo, i) => [lo, fit.band[p.series].p95[i]]));
      expect(p.rows.every((r) => r.band![0] <= r.band![1])).toBe(true);
    });
    expect(calibratedBand('operation-sophia', 'irregularArrivals').size).toBe(0);
    expect(calibratedBand(med.id, 'irregularArrivals', {}).size).toBe(0);
  });

  it('leaves out a last year the run covers only in part', () => {
    const cut = runs.map((r) => ({ ...r, months: r.months.slice(0, 78) }));
    expect(historyPanels(med, cut)[0].rows.map((r) => r.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
  });

  it('states errors and order in words and in a table', () => {
    expect([formatError(1.046), formatError(-0.254), formatError(0.001), formatError(undefined)]).toEqual(['+105%', '−25%', '±0%', '–']);
    expect([describeOrder(0.79), describeOrder(0.5), describeOrder(0), describeOrder(-0.9)]).toEqual([
      'in much the same order as the record',
      'in a partly similar order to the record',
      'in an order unrelated to the record',
      'in roughly the opposite order to the record',
    ]);
    const panels = historyPanels(med, runs);
    expect(describeFit(panels[0])).toMatch(/^A modelled year is off by \d+% on average\. It puts the 7 recorded years in /);
    const table = historyTable(panels);
    // Per series: model, calibrated 5–95%, recorded, error.
    expect(table.columns).toHaveLength(1 + 4 * 3);
    expect(table.rows[0].slice(0, 1)).toEqual(['2014']);
    expect(table.rows[0][4]).toBe(formatError(panels[0].rows[0].error));
    expect(table.rows[0][2]).toMatch(/^[\d,]+ – [\d,]+$/);
    expect(table.rows[0][11]).toBe('–'); // 2014 pull-backs: no record
  });
});

describe('the reading of the misfits beside the Central Mediterranean check', () => {
  // The reading (history-notes.ts) describes the scenario as loaded at 100,000 agents, seeds 1–5.
  // If the model changes so that a sentence no longer holds, this fails and the text must change.
  const panels = historyPanels(med, historyRuns(med, defaultSettings(ctx, med.id)).map((r) => runModel(r.input)));
  const error = (series: number, year: number) => panels[series].rows.find((r) => r.year === year)?.error ?? NaN;
  const [ARRIVALS, DEATHS, PULLBACKS] = [0, 1, 2];

  it('still says what the model gets wrong', () => {
    for (const year of [2014, 2015]) {
      expect(Math.abs(error(ARRIVALS, year)), String(year)).toBeLessThan(0.1); // within a few per cent
      expect(Math.abs(error(DEATHS, year)), String(year)).toBeLessThan(0.25); // within about a fifth
    }
    expect(error(ARRIVALS, 2016)).toBeLessThan(-0.15); // about a fifth too low
    expect(error(DEATHS, 2016)).toBeLessThan(-0.2); // about a quarter
    for (const year of [2017, 2018, 2019]) expect(error(PULLBACKS, year), String(year)).toBeGreaterThan(0.3); // about half again
    expect(Math.abs(error(PULLBACKS, 2020))).toBeLessThan(0.3); // close to the record
    for (const year of [2018, 2019]) {
      expect(error(ARRIVALS, year), String(year)).toBeGreaterThan(0.25); // about half again the record
      expect(error(ARRIVALS, year), String(year)).toBeLessThan(0.8);
    }
    expect(error(ARRIVALS, 2020)).toBeLessThan(-0.3); // two fifths too low
    expect(error(DEATHS, 2019)).toBeLessThan(-0.3); // about half the record
    expect(panels[ARRIVALS].fit.rankCorrelation).toBeGreaterThan(0.7); // the order is right for arrivals
    expect(panels[DEATHS].fit.rankCorrelation).toBeGreaterThan(0.6); // and for deaths
    expect(panels[PULLBACKS].fit.rankCorrelation).toBeGreaterThan(0.6); // and for pull-backs
    const arrivals = (year: number) => panels[ARRIVALS].rows.find((r) => r.year === year)!.modelled;
    expect(arrivals(2016)).toBeLessThan(Math.min(arrivals(2014), arrivals(2015))); // 2016 below 2014 and 2015
  });
});
