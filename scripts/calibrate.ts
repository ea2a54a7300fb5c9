/**
 * `npm run calibrate [-- --budget N --seed S --agents A --workers W --top K]`: the calibration of
 * issue 12 against the Central Mediterranean 2014–2020 record. A sensitivity screen of every
 * calibration constant, rejection ABC over the top-ranked ones (scenarios/calibrate-procedure.ts),
 * the history figures before and after at the history check's size, and the band of the accepted
 * runs. Writes models/params/calibration-fit.json and regenerates the ODD's calibration-fit
 * section. Deterministic for a given seed, budget and agents (the date and time taken aside); the
 * runs share out over worker threads and come back in order, whatever the number of workers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { LOG_FLOOR, NOT_FITTED, NOT_SCREENED, screenedKeys, type YearlySeries } from '../models/analysis/calibrate';
import { CALIBRATION, DEFAULT_AGENTS, MODEL_VERSION, OUTPUT_KEYS, type Calibration, type RunInput } from '../models/index';
import { documentedCalibration } from '../models/params/calibration';
import { fit, RUN_SEEDS, screen, type CalibrationRun } from '../scenarios/calibrate-procedure';
import { historyFigures, recordedSeries, yearlyOf } from '../scenarios/calibration-target';
import { OBSERVED_SERIES } from '../scenarios/history';
import { findScenario, scenarioToRunInput } from '../scenarios/index';
import type { CompactRun } from '../src/runner/compact-run';
import { nodeThreadWorkers } from '../src/runner/node-threads';
import { WorkerPool } from '../src/runner/pool';
import type { CalibrationFit } from '../models/params/calibration-fit';
import { ODD_URL, replaceSection } from './docs/odd';
import { renderCalibrationFit } from './docs/calibration-fit';

const USAGE = 'usage: npm run calibrate [-- --budget N --seed S --agents A --workers W --top K --apply]';
const DEFAULTS = { budget: 1000, seed: 1, agents: 20_000, workers: cpus().length, top: 6 };
const LIMITS: Record<keyof typeof DEFAULTS, [number, number]> = { budget: [20, 100_000], seed: [0, 2 ** 31 - 1], agents: [1000, 1_000_000], workers: [1, 64], top: [1, 12] };
/** Seeds of the screen: two, so that an effect is not one seed's accident (the noise is reported). */
const SCREEN_SEEDS = [1, 2];
const SCENARIO_ID = 'central-mediterranean-2014-2020';
const FIT_URL = new URL('../models/params/calibration-fit.json', import.meta.url);

function parse(all: readonly string[]): typeof DEFAULTS & { apply: boolean } {
  const out = { ...DEFAULTS, apply: all.includes('--apply') };
  const args = all.filter((a) => a !== '--apply');
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, '') as keyof typeof DEFAULTS;
    if (!(name in DEFAULTS) || !args[i].startsWith('--')) throw new Error(`unknown option ${JSON.stringify(args[i])}; ${USAGE}`);
    const value = Number(args[i + 1]);
    const [lo, hi] = LIMITS[name];
    if (!Number.isInteger(value) || value < lo || value > hi) throw new Error(`--${name}: ${JSON.stringify(args[i + 1] ?? '')} is not allowed; give a whole number from ${lo} to ${hi}`);
    out[name] = value;
  }
  return out;
}


async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  const started = Date.now();
  const scenario = findScenario(SCENARIO_ID)!;
  const months = scenario.months ?? 84;
  const record = recordedSeries(scenario);
  const base: Partial<Calibration> = { ...documentedCalibration(), ...scenario.calibration };
  const pool = new WorkerPool({ size: opts.workers, createWorker: nodeThreadWorkers(), populationBytes: opts.workers * 200_000_000 });
  const columns = OBSERVED_SERIES.map((s) => OUTPUT_KEYS.indexOf(s));
  let done = 0;
  const runBatch = (agents: number) => async (runs: readonly CalibrationRun[]): Promise<YearlySeries[]> => {
    const results = await Promise.all(runs.map(async (r) => {
      const input: RunInput = { ...scenarioToRunInput(scenario), calibration: r.calibration, seed: r.seed, agents };
      const { run } = await pool.submit({ input, shape: 'months' });
      const m = (run as CompactRun).months!;
      const out: Record<string, number[]> = {};
      OBSERVED_SERIES.forEach((s, j) => (out[s] = yearlyOf(Array.from({ length: months }, (_, i) => m[i * OUTPUT_KEYS.length + columns[j]]), months)));
      if (++done % 100 === 0) process.stderr.write(`  ${done} runs, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      return out;
    }));
    return results;
  };
  try {
    const keys = screenedKeys();
    process.stderr.write(`screen: ${keys.length} constants × 2 ends × ${SCREEN_SEEDS.length} seeds at ${opts.agents} agents\n`);
    const floor = Math.max(LOG_FLOOR, (base.populationPeople ?? 0) / opts.agents);
    const screened = await screen(runBatch(opts.agents), base, record, keys, SCREEN_SEEDS, floor);
    const chosen = screened.rows.filter((r) => NOT_FITTED[r.key] === undefined).slice(0, opts.top).map((r) => r.key);
    process.stderr.write(`ABC over ${chosen.join(', ')}: ${opts.budget} draws\n`);
    const result = await fit(runBatch(opts.agents), base, record, chosen, opts.budget, opts.seed, floor);
    const fitted: Partial<Calibration> = {};
    for (const e of result.estimates) fitted[e.key] = e.value;
    process.stderr.write(`history before and after at ${DEFAULT_AGENTS} agents, seeds ${RUN_SEEDS.join(', ')}\n`);
    const check = runBatch(DEFAULT_AGENTS);
    const before = await check(RUN_SEEDS.map((seed) => ({ calibration: base, seed })));
    const after = await check(RUN_SEEDS.map((seed) => ({ calibration: { ...base, ...fitted }, seed })));
    const out: CalibrationFit = {
      note: 'Written by `npm run calibrate` (scripts/calibrate.ts); do not edit by hand. When `applied` is true the model uses `value` of each fitted constant in place of its documented default (`npm run calibrate -- --apply`).',
      applied: opts.apply,
      modelVersion: MODEL_VERSION,
      date: new Date(started).toISOString().slice(0, 10),
      seconds: Math.round((Date.now() - started) / 1000),
      workers: opts.workers,
      seed: opts.seed,
      budget: opts.budget,
      agents: opts.agents,
      scenario: SCENARIO_ID,
      startYear: scenario.startYear ?? 0,
      logFloor: Math.round(floor),
      screen: {
        seeds: SCREEN_SEEDS,
        noise: round(screened.noise),
        rows: screened.rows.map((r) => ({ key: r.key, lo: r.box.lo, hi: r.box.hi, effect: round(r.effect), fitChange: round(r.fitChange) })),
        notScreened: NOT_SCREENED as Record<string, string>,
        notFitted: NOT_FITTED as Record<string, string>,
      },
      accepted: result.accepted.length,
      tolerance: round(result.tolerance),
      fitted: Object.fromEntries(result.estimates.map((e) => [e.key, { value: sig(e.value), p5: sig(e.p5), p95: sig(e.p95), lo: e.box.lo, hi: e.box.hi, documented: CALIBRATION[e.key].defaultValue }])),
      history: { agents: DEFAULT_AGENTS, seeds: [...RUN_SEEDS], before: historyFigures(before, record), after: historyFigures(after, record) },
      band: result.band,
    };
    writeFileSync(fileURLToPath(FIT_URL), `${JSON.stringify(out, null, 2)}\n`);
    const oddPath = fileURLToPath(ODD_URL);
    writeFileSync(oddPath, replaceSection(readFileSync(oddPath, 'utf8'), 'calibration-fit', renderCalibrationFit(out)));
    console.log(`calibration written to models/params/calibration-fit.json in ${out.seconds} s (budget ${opts.budget}, seed ${opts.seed}, ${opts.agents} agents, ${opts.workers} workers)`);
    for (const [k, v] of Object.entries(out.fitted)) console.log(`  ${k}: ${v.value} (5–95%: ${v.p5} – ${v.p95}; documented ${v.documented})`);
    for (const when of ['before', 'after'] as const) console.log(`  ${when}: ${JSON.stringify(out.history[when])}`);
  } finally {
    pool.dispose();
  }
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
function sig(x: number): number {
  return Number(x.toPrecision(4));
}

main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 2;
});
