/**
 * The comparison's figures depend only on the runs: the same setup gives identical medians,
 * intervals and paired differences whatever the number of workers and the order they finish
 * in, and they equal the model run directly in Node seed by seed. The sensitivity plans run the
 * base mix with the design's levers fixed.
 */
import { describe, expect, it } from 'vitest';
import { LEVER_BY_KEY, OUTPUT_KEYS, runModel, spreadOf } from '../../../models/index';
import { RunQueue } from '../../runner/every-request';
import { sameThreadService } from '../../runner/same-thread';
import { csvText, runsCsv, summaryCsv } from './csv';
import { buildComparison, firstSeedsOf, monthlyBands, monthlyDifferenceBands, pairedWithReference, planComparison, seedsDoneFromFirst, seedValues } from './ensembles';
import { resolveMixes } from './mixes';
import { compareReducer } from './setup-reducer';
import { planGrid, planSweep, planTornado, sweepRows, tornadoBars } from './sensitivity';
import { defaultSetup, type CompareSetup } from './setup';
import type { PoolTask } from './use-pool-runs';

const setup: CompareSetup = compareReducer(
  compareReducer(defaultSetup(), { type: 'setRunSize', size: { seeds: 5, firstSeed: 3, agents: 2_000, months: 18 } }),
  { type: 'addMix', spec: { kind: 'explorer', scenarioId: 'baseline', overrides: { 'enforcement.intensity': 0.9 } } },
);

/** The plan's tasks through the app's runner, on `poolSize` same-thread workers that finish in an order set by `order`. */
async function runTasks(tasks: readonly PoolTask[], poolSize: number, order = 1) {
  const service = sameThreadService({ size: poolSize, delaySeed: order });
  const { runs } = await new RunQueue(service).runAll(
    tasks.map((t) => t.input),
    { shape: tasks.some((t) => t.withMonths) ? 'months' : 'summary' },
  );
  service.dispose();
  return runs;
}

async function compareWith(poolSize: number, order: number) {
  const plan = planComparison(setup);
  return buildComparison(plan, await runTasks(plan.tasks, poolSize, order));
}

describe('the comparison', () => {
  it('gives the same figures for any pool size and finishing order, equal to the model in Node', async () => {
    const one = await compareWith(1, 1);
    for (const [size, order] of [[2, 5], [3, 9], [6, 2]]) {
      const other = await compareWith(size, order);
      expect(other.mixes.map((m) => m.spreads)).toEqual(one.mixes.map((m) => m.spreads));
      expect(pairedWithReference(other, 0)).toEqual(pairedWithReference(one, 0));
      expect(monthlyBands(other, 'deathsMissing')).toEqual(monthlyBands(one, 'deathsMissing'));
    }
    const mixes = resolveMixes(setup.mixes);
    const direct = [3, 4, 5, 6, 7].map((seed) => runModel({ ...mixes[1].input, agents: 2_000, months: 18, seed }).summary.deathsMissing);
    expect(seedValues(one.mixes[1], 'deathsMissing')).toEqual(direct);
    expect(one.mixes[1].spreads.deathsMissing.median).toBe(spreadOf(direct).median);
  });

  it('pairs each mix with the reference seed by seed: the reference against itself differs by exactly zero', async () => {
    const c = await compareWith(2, 3);
    const paired = pairedWithReference(c, 1);
    expect(paired[1]).toBeNull();
    const vsEnforcement = paired[0]!.outputs.deathsMissing;
    expect(vsEnforcement.diffs).toEqual(seedValues(c.mixes[0], 'deathsMissing').map((v, i) => v - seedValues(c.mixes[1], 'deathsMissing')[i]));
    const bands = monthlyDifferenceBands(c, 1, 'smugglingDemand');
    expect(bands[1]).toBeNull();
    expect(bands[0]!.median).toHaveLength(18);
    const selfPaired = pairedWithReference({ ...c, mixes: [c.mixes[0], c.mixes[0]] }, 0)[1]!;
    expect(selfPaired.outputs.smugglingDemand.diff).toMatchObject({ median: 0, p5: 0, p95: 0 });
  });
});

describe('the CSV files', () => {
  it('hold every output of every mix and every run, with raw numbers and quoted text', async () => {
    const c = await compareWith(2, 4);
    const paired = pairedWithReference(c, 0);
    const summary = summaryCsv(c, paired, 0).trim().split('\n');
    expect(summary).toHaveLength(1 + OUTPUT_KEYS.length * 3);
    expect(summary[0]).toMatch(/^output,unit,mix,mix_title,reference,seeds,median,p5,p25,p75,p95,mean,diff_median,/);
    const row = summary.find((l) => l.startsWith('deathsMissing,people/month,2,'))!;
    expect(row.split(',')[12]).toBe(String(paired[1]!.outputs.deathsMissing.diff.median));
    expect(runsCsv(c).trim().split('\n')).toHaveLength(1 + 3 * 5);
    expect(csvText(['a'], [['x, "y"'], [NaN]])).toBe('a\n"x, ""y"""\n\n');
  });
});

describe('the sensitivity plans', () => {
  const base = resolveMixes(setup.mixes)[0];
  const small: CompareSetup = { ...setup, sensitivity: { ...setup.sensitivity, agents: 1_500, seeds: 3 } };
  const range = (k: string) => ({ min: LEVER_BY_KEY.get(k)!.min, max: LEVER_BY_KEY.get(k)!.max });

  it('sweeps a lever at each value of a second one, with the base mix’s other levers, over the same seeds', async () => {
    const plan = planSweep(small, base);
    expect(plan.tasks).toHaveLength(6 * 3 * 3);
    expect(plan.tasks[0].input).toMatchObject({ agents: 1_500, seed: 3, levers: { 'enforcement.intensity': 0, 'insecurity.level': 0.3 } });
    const runs = await runTasks(plan.tasks, 2);
    const rows = sweepRows({ plan, runs }, 'smugglingDemand');
    expect(rows.map((r) => r.byValue)).toEqual([0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]);
    const direct = runModel({ ...base.input, agents: 1_500, months: 18, seed: 4, levers: { ...base.input.levers, 'enforcement.intensity': 1, 'insecurity.level': 0.9 } });
    expect(runs[17 * 3 + 1].summary[0]).toBe(direct.summary.smugglingDemand);
  });

  it('maps two levers over their ranges and moves each lever of the base mix for the tornado', () => {
    const grid = planGrid(small, base, range);
    expect(grid.design.points).toHaveLength(25);
    const tornado = planTornado(small, base);
    expect(tornado.flattened).toBe(false);
    expect(tornado.design.points[0]).toEqual({ kind: 'centre', set: {} });
    const runs = tornado.tasks.map((t) => ({ seed: t.input.seed ?? 0, monthCount: 0, summary: Float64Array.of(t.input.levers?.['enforcement.intensity'] ?? 0), months: null }));
    // A fake output equal to enforcement intensity: only that lever moves it.
    const bars = tornadoBars({ plan: tornado, runs }, 'smugglingDemand');
    expect(bars.bars[0].lever).toBe('enforcement.intensity');
    expect(bars.bars[0].swing.median).toBeCloseTo(0.4, 10);
    expect(bars.bars[1].swing.median).toBe(0);
  });
});

describe('results shown while a comparison runs', () => {
  it('cover the seeds every mix has finished, counted from the first, and equal a comparison of just those seeds', async () => {
    const plan = planComparison(setup);
    const runs = await runTasks(plan.tasks, 2);
    const n = plan.seeds.length;
    // Finished: every mix's first two seeds, and the first mix's fourth seed too (not the third).
    const finished = new Set(plan.mixes.flatMap((_, i) => [i * n, i * n + 1]).concat([3]));
    const done = seedsDoneFromFirst(plan, (task) => finished.has(plan.tasks.indexOf(task)));
    expect(done).toBe(2);
    const cut = firstSeedsOf(plan, done);
    expect(cut.seeds).toEqual(plan.seeds.slice(0, 2));
    expect(cut.key).not.toBe(plan.key);
    const shown = buildComparison(cut, cut.tasks.map((task) => runs[plan.tasks.indexOf(task)]));
    const alone = planComparison({ ...setup, seeds: 2 });
    const direct = buildComparison(alone, await runTasks(alone.tasks, 1));
    expect(shown.mixes.map((m) => m.summaries)).toEqual(direct.mixes.map((m) => m.summaries));
    expect(seedsDoneFromFirst(plan, () => true)).toBe(n);
    expect(seedsDoneFromFirst(plan, () => false)).toBe(0);
  });
});

