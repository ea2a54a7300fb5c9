/**
 * The calibration procedure recovers known constants: a record made by the model itself at known
 * values of two constants (the mean of the five history seeds), then rejection ABC over both with a
 * small budget (160 runs; 80 until model 2.4.1, whose draws left the hazard's range at 0.69 of its
 * box with 80 runs — at 160 it is 0.54, each truth inside its range). Each true value must lie inside the reported plausible range, and the range of the
 * constant the series are most sensitive to must be clearly narrower than its search box: under
 * 0.6 of it, where draws uniform over the box span 0.9 (a fit that learned nothing would report
 * nearly the whole box and still "contain" the truth).
 * A larger budget: `npx tsx scripts/calibrate-recovery.ts`.
 */
import { describe, expect, it } from 'vitest';
import { searchBox, type YearlySeries } from '../../models/analysis/calibrate';
import { OUTPUT_KEYS, runModel, type CalibrationKey } from '../../models/index';
import { fit, RUN_SEEDS, type CalibrationRun } from '../../scenarios/calibrate-procedure';
import { yearlyOf } from '../../scenarios/calibration-target';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';
import { OBSERVED_SERIES } from '../../scenarios/history';

const scenario = findScenario('central-mediterranean-2014-2020')!;
const AGENTS = 8_000;
const months = scenario.months ?? 84;

function runSeries(r: CalibrationRun): YearlySeries {
  const run = runModel({ ...scenarioToRunInput(scenario), calibration: r.calibration, seed: r.seed, agents: AGENTS });
  const out: Record<string, number[]> = {};
  for (const s of OBSERVED_SERIES) out[s] = yearlyOf(run.months.map((m) => m[s]), months);
  return out;
}

describe('calibration recovers constants from data the model made', () => {
  it('puts each true value inside its reported range and narrows the most sensitive one', async () => {
    expect(OUTPUT_KEYS).toEqual(expect.arrayContaining([...OBSERVED_SERIES]));
    const keys: CalibrationKey[] = ['aspirationMaxHazardPerMonth', 'pullbackDetectionAtFull'];
    const truth = { ...scenario.calibration, aspirationMaxHazardPerMonth: 0.0125, pullbackDetectionAtFull: 0.55 };
    const truthRuns = RUN_SEEDS.map((seed) => runSeries({ calibration: truth, seed }));
    const record: Record<string, number[]> = {};
    for (const s of OBSERVED_SERIES) record[s] = truthRuns[0][s].map((_, i) => truthRuns.reduce((a, r) => a + r[s][i], 0) / truthRuns.length);
    // Pull-backs only where the history records them (from 2016), as in the real record.
    record.pullbacks = record.pullbacks.map((v, i) => (i < 2 ? NaN : v));
    const result = await fit(async (runs) => runs.map(runSeries), scenario.calibration ?? {}, record, keys, 160, 7, (scenario.calibration?.populationPeople ?? 0) / AGENTS);
    for (const e of result.estimates) {
      const t = truth[e.key as keyof typeof truth] as number;
      expect(t, `${e.key}: ${t} in [${e.p5}, ${e.p95}]`).toBeGreaterThanOrEqual(e.p5);
      expect(t, `${e.key}: ${t} in [${e.p5}, ${e.p95}]`).toBeLessThanOrEqual(e.p95);
    }
    const hazard = result.estimates.find((e) => e.key === 'aspirationMaxHazardPerMonth')!;
    const box = searchBox('aspirationMaxHazardPerMonth');
    expect(hazard.p95 - hazard.p5).toBeLessThan(0.6 * (box.hi - box.lo));
  }, 120_000);
});
