/**
 * The golden baseline: a small, fixed set of canonical runs whose results are hashed into a
 * committed file (tests/golden/golden.json). A run is a pure function of its input and the model
 * version, so as long as `MODEL_VERSION` stays the same, these hashes must stay the same; when the
 * results change, the version must be bumped and the change recorded (see update.ts).
 *
 * The runs cover the default scenario, three policy presets, a shock timeline, the historical
 * scenario (its own calibration, routes and run length) and one lever fixed on top of a timeline
 * (the rule the browser and `--set` share). A few thousand agents keep the whole set to well
 * under a second, while every mechanism still acts.
 */
import { createHash } from 'node:crypto';
import { applyRunSpec, MODEL_VERSION, OUTPUT_KEYS, runModel, type RunInput, type RunResult } from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';

/** Agents per canonical run: small enough for a fast test, large enough that every route is used. */
export const GOLDEN_AGENTS = 5_000;
export const GOLDEN_SEED = 1;

export interface CanonicalRun {
  /** Stable name of the run in the golden file. */
  readonly id: string;
  readonly scenario: string;
  /** Levers fixed for the whole run on top of the scenario (as `simulate --set` does). */
  readonly set: Readonly<Record<string, number>>;
  readonly seed: number;
  readonly agents: number;
}

const run = (id: string, scenario: string, set: Record<string, number> = {}): CanonicalRun => ({ id, scenario, set, seed: GOLDEN_SEED, agents: GOLDEN_AGENTS });

export const CANONICAL_RUNS: readonly CanonicalRun[] = [
  run('baseline', 'baseline'),
  run('state-security-only', 'state-security-only'),
  run('operation-sophia', 'operation-sophia'),
  run('human-security-mix', 'human-security-mix'),
  run('shock-enforcement', 'shock-enforcement'),
  run('central-mediterranean-2014-2020', 'central-mediterranean-2014-2020'),
  run('human-security-mix+enforcement-fixed', 'human-security-mix', { 'enforcement.intensity': 0.8 }),
];

/** Summary figures written next to each hash, so a reader sees what moved. Not compared. */
export const HEADLINE_KEYS = ['smugglingDemand', 'irregularArrivals', 'deathsMissing', 'humanSecurityIndex', 'stateSecurityIndex'] as const;
/** Significant figures of the headline numbers (they are for people; the hash is exact). */
const HEADLINE_DIGITS = 6;

export interface GoldenRun extends CanonicalRun {
  readonly months: number;
  /** SHA-256 of every output of every month and of the run summary, exact to the last bit. */
  readonly hash: string;
  readonly headline: Readonly<Record<(typeof HEADLINE_KEYS)[number], number>>;
}

export interface GoldenFile {
  readonly modelVersion: string;
  readonly about: string;
  readonly runs: readonly GoldenRun[];
}

export const GOLDEN_ABOUT =
  'Hashes of the canonical runs (scripts/golden/canonical.ts) at this model version. Checked by tests/golden/golden.test.ts; rewritten only by `npm run golden -- --update --reason "…"` after MODEL_VERSION is bumped.';

export function canonicalInput(spec: CanonicalRun): RunInput {
  const scenario = findScenario(spec.scenario);
  if (!scenario) throw new Error(`golden: no built-in scenario "${spec.scenario}"`);
  return { ...applyRunSpec(scenarioToRunInput(scenario), { set: spec.set, seed: spec.seed }), agents: spec.agents };
}

/**
 * A hash of everything a run reports. Numbers are written with JSON's shortest round-trip form,
 * which is exact for every double, and outputs in the declared order, so the hash changes when
 * and only when a figure does (or the list of outputs does).
 */
export function hashResult(result: RunResult): string {
  const months = result.months.map((m) => [m.month, ...OUTPUT_KEYS.map((k) => m[k])]);
  const summary = { ...Object.fromEntries(OUTPUT_KEYS.map((k) => [k, result.summary[k]])), byRoute: result.summary.byRoute };
  return createHash('sha256').update(JSON.stringify({ outputs: OUTPUT_KEYS, months, summary })).digest('hex');
}

function significant(n: number): number {
  return Number.isFinite(n) && n !== 0 ? Number(n.toPrecision(HEADLINE_DIGITS)) : n;
}

export function goldenRun(spec: CanonicalRun): GoldenRun {
  const result = runModel(canonicalInput(spec));
  const headline = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, significant(result.summary[k])])) as GoldenRun['headline'];
  return { ...spec, months: result.months.length, hash: hashResult(result), headline };
}

/** The golden file the model gives now. */
export function computeGolden(): GoldenFile {
  return { modelVersion: MODEL_VERSION, about: GOLDEN_ABOUT, runs: CANONICAL_RUNS.map(goldenRun) };
}

/** Runs whose hash (or whose definition) differs between two golden files, by id. */
export function changedRuns(before: GoldenFile, after: GoldenFile): string[] {
  const old = new Map(before.runs.map((r) => [r.id, r]));
  const ids = new Set([...before.runs.map((r) => r.id), ...after.runs.map((r) => r.id)]);
  const changed: string[] = [];
  for (const id of ids) {
    const a = old.get(id);
    const b = after.runs.find((r) => r.id === id);
    if (!a || !b || a.hash !== b.hash || JSON.stringify(definition(a)) !== JSON.stringify(definition(b))) changed.push(id);
  }
  return changed;
}

function definition(r: GoldenRun): unknown {
  return [r.scenario, r.set, r.seed, r.agents, r.months];
}

/** One line per changed run with its headline numbers before and after. */
export function describeChanges(before: GoldenFile, after: GoldenFile): string[] {
  return changedRuns(before, after).map((id) => {
    const a = before.runs.find((r) => r.id === id);
    const b = after.runs.find((r) => r.id === id);
    if (!a) return `${id}: new run`;
    if (!b) return `${id}: no longer a canonical run`;
    const moved = HEADLINE_KEYS.filter((k) => a.headline[k] !== b.headline[k]).map((k) => `${k} ${a.headline[k]} → ${b.headline[k]}`);
    return `${id}: ${moved.length ? moved.join(', ') : 'results changed below the headline precision'}`;
  });
}
