/**
 * The recovery check at a larger budget than the unit test's (tests/calibration/recovery.test.ts):
 * a record made by the model at known values of three constants, then rejection ABC over them;
 * prints each true value, the chosen value and the plausible range, and exits 1 if a true value
 * falls outside its range.
 *   npx tsx scripts/calibrate-recovery.ts [--budget N] [--agents A]
 */
import type { YearlySeries } from '../models/analysis/calibrate';
import { runModel, type CalibrationKey } from '../models/index';
import { documentedCalibration } from '../models/params/calibration';
import { fit, RUN_SEEDS, type CalibrationRun } from '../scenarios/calibrate-procedure';
import { yearlyOf } from '../scenarios/calibration-target';
import { OBSERVED_SERIES } from '../scenarios/history';
import { findScenario, scenarioToRunInput } from '../scenarios/index';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const budget = option('--budget', 400);
const agents = option('--agents', 10_000);
if (!Number.isInteger(budget) || budget < 20 || !Number.isInteger(agents) || agents < 1000) {
  console.error('error: --budget must be a whole number ≥ 20 and --agents a whole number ≥ 1000');
  process.exit(2);
}
const scenario = findScenario('central-mediterranean-2014-2020')!;
const months = scenario.months ?? 84;
const base = { ...documentedCalibration(), ...scenario.calibration };
const keys: CalibrationKey[] = ['aspirationMaxHazardPerMonth', 'pullbackDetectionAtFull', 'operatorsPerRoute'];
const truth = { ...base, aspirationMaxHazardPerMonth: 0.0125, pullbackDetectionAtFull: 0.55, operatorsPerRoute: 36 };

function runSeries(r: CalibrationRun): YearlySeries {
  const run = runModel({ ...scenarioToRunInput(scenario), calibration: r.calibration, seed: r.seed, agents });
  const out: Record<string, number[]> = {};
  for (const s of OBSERVED_SERIES) out[s] = yearlyOf(run.months.map((m) => m[s]), months);
  return out;
}

const truthRuns = RUN_SEEDS.map((seed) => runSeries({ calibration: truth, seed }));
const record: Record<string, number[]> = {};
for (const s of OBSERVED_SERIES) record[s] = truthRuns[0][s].map((_, i) => truthRuns.reduce((a, r) => a + r[s][i], 0) / truthRuns.length);
record.pullbacks = record.pullbacks.map((v, i) => (i < 2 ? NaN : v));
const result = await fit(async (runs) => runs.map(runSeries), base, record, keys, budget, 11, (base.populationPeople ?? 0) / agents);
let missed = 0;
for (const e of result.estimates) {
  const t = truth[e.key];
  const inside = t >= e.p5 && t <= e.p95;
  if (!inside) missed++;
  console.log(`${e.key}: true ${t}, chosen ${e.value.toPrecision(4)}, range ${e.p5.toPrecision(4)} – ${e.p95.toPrecision(4)} (box ${e.box.lo} – ${e.box.hi}) ${inside ? 'recovered' : 'MISSED'}`);
}
process.exitCode = missed ? 1 : 0;
