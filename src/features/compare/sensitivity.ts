/**
 * The sensitivity analyses as runs and back: a one-lever sweep (optionally at up to three values
 * of a second lever), a two-lever map and a tornado, each around a base mix, over the same seeds
 * as each other. Designs come from models/analysis; this file only turns a design into pool
 * tasks (the base mix's input with the design's levers fixed for the whole run) and the runs
 * back into tables for the chosen output. Every run keeps its whole summary, so choosing another
 * output needs no new runs.
 */
import { applyRunSpec, canonicalJson, gridDesign, runCacheKey, gridTable, seedList, sweepDesign, sweepTable, tornadoDesign, tornadoTable, type Design, type DesignPoint, type GridCell, type GridPoint, type OutputKey, type RunInput, type SweepPoint, type SweepRow, type TornadoPoint, type TornadoTable } from '../../../models/index';
import { summaryValue, type CompactRun } from '../../runner/index';
import { leversAtStart } from '../../shared/settings/run-input';
import { mixRunInput, type ResolvedMix } from './mixes';
import type { CompareSetup, SensitivitySettings } from './setup';
import type { PoolTask } from './use-pool-runs';

export type AnalysisKind = 'sweep' | 'grid' | 'tornado';

export interface AnalysisPlan<P extends DesignPoint> {
  readonly kind: AnalysisKind;
  readonly base: ResolvedMix;
  readonly design: Design<P>;
  readonly tasks: readonly PoolTask[];
  readonly agents: number;
  readonly months: number;
  /** The base mix's input was flattened to its month-1 levers (tornado of a mix with a timeline). */
  readonly flattened: boolean;
}

export interface AnalysisResult<P extends DesignPoint> {
  readonly plan: AnalysisPlan<P>;
  /** In the order of design.runs. */
  readonly runs: readonly CompactRun[];
}

function seedsOf(setup: CompareSetup, sens: SensitivitySettings): number[] {
  return seedList(setup.firstSeed, sens.seeds);
}

function plan<P extends DesignPoint>(kind: AnalysisKind, base: ResolvedMix, input: RunInput, design: Design<P>, sens: SensitivitySettings, months: number, flattened = false): AnalysisPlan<P> {
  const size = { agents: sens.agents, months };
  const tasks = design.runs.map((run) => ({ input: applyRunSpec(mixRunInput({ input }, size, run.seed), run), withMonths: false }));
  return { kind, base, design, tasks, agents: sens.agents, months, flattened };
}

/** The sweep's runs. Throws RangeError (naming the field) for settings the design refuses. */
export function planSweep(setup: CompareSetup, base: ResolvedMix): AnalysisPlan<SweepPoint> {
  const s = setup.sensitivity;
  const sw = s.sweep;
  const spec = { lever: sw.lever, from: sw.from, to: sw.to, steps: sw.steps, ...(sw.byLever ? { by: { lever: sw.byLever, values: sw.byValues } } : {}) };
  return plan('sweep', base, base.input, sweepDesign(spec, seedsOf(setup, s)), s, setup.months);
}

/** The map's runs: each lever over its whole range. */
export function planGrid(setup: CompareSetup, base: ResolvedMix, ranges: (lever: string) => { min: number; max: number }): AnalysisPlan<GridPoint> {
  const s = setup.sensitivity;
  const g = s.grid;
  const axis = (lever: string) => ({ lever, from: ranges(lever).min, to: ranges(lever).max, steps: g.steps });
  return plan('grid', base, base.input, gridDesign({ x: axis(g.xLever), y: axis(g.yLever) }, seedsOf(setup, s)), s, setup.months);
}

/**
 * The tornado's runs around the base mix's levers at month 1. A mix whose levers change over
 * time is held at its month-1 levers for the whole run, so that moving one lever is a clean
 * comparison (the page says so).
 */
export function planTornado(setup: CompareSetup, base: ResolvedMix): AnalysisPlan<TornadoPoint> {
  const s = setup.sensitivity;
  const around = leversAtStart(base.input);
  const flattened = (base.input.timeline ?? []).length > 0;
  const input: RunInput = flattened ? { ...base.input, levers: around, timeline: [] } : base.input;
  return plan('tornado', base, input, tornadoDesign({ around, step: s.tornado.step }, seedsOf(setup, s)), s, setup.months, flattened);
}

function values(result: AnalysisResult<DesignPoint>, output: OutputKey): number[] {
  return result.runs.map((r) => summaryValue(r, output));
}

export function sweepRows(result: AnalysisResult<SweepPoint>, output: OutputKey): SweepRow[] {
  return sweepTable(result.plan.design, values(result, output));
}

export function gridCells(result: AnalysisResult<GridPoint>, output: OutputKey): GridCell[] {
  return gridTable(result.plan.design, values(result, output));
}

export function tornadoBars(result: AnalysisResult<TornadoPoint>, output: OutputKey): TornadoTable {
  return tornadoTable(result.plan.design, values(result, output));
}

/** Equal keys, equal runs: tells whether a shown analysis still matches its settings. */
export function analysisKey(plan: AnalysisPlan<DesignPoint>): string {
  return canonicalJson({ kind: plan.kind, base: runCacheKey({ ...plan.base.input, seed: 0, agents: 1, months: 1 }), points: plan.design.points.map((p) => p.set), seeds: plan.design.seeds, agents: plan.agents, months: plan.months, flattened: plan.flattened });
}
