/**
 * Experiment designs: sweeps, grids and tornados expand into the right runs in a fixed order,
 * and their tables aggregate per-run values correctly. The aggregation tests use a synthetic
 * "model" (a known function of the levers plus a per-seed offset), so the expected tables are
 * known exactly.
 */
import { describe, expect, it } from 'vitest';
import {
  LEVER_KEYS,
  applyRunSpec,
  defaultLevers,
  gridDesign,
  gridTable,
  seedList,
  spreadOf,
  sweepDesign,
  sweepTable,
  sweepValues,
  tornadoDesign,
  tornadoTable,
  type RunInput,
  type RunSpec,
} from '../index';

const SEEDS = [11, 12, 13];

/** A stand-in for a model run: linear in two levers, plus an offset that depends only on the seed. */
function fakeRun(base: Record<string, number>, run: RunSpec): number {
  const levers: Record<string, number> = { ...base, ...run.set };
  return 1000 * levers['enforcement.intensity'] - 300 * levers['searchAndRescue.capacity'] + 10 * levers['information.campaigns'] + run.seed;
}

describe('sweepValues and seedList', () => {
  it('spaces values evenly with exact ends and clean decimals', () => {
    expect(sweepValues(0, 1, 11)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(sweepValues(0.2, 0.8, 4)).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(sweepValues(1, 0, 3)).toEqual([1, 0.5, 0]);
    expect(sweepValues(0, 1, 21)).toHaveLength(21);
    expect(() => sweepValues(0, 1, 1)).toThrow(/steps: got 1/);
  });

  it('lists consecutive seeds', () => {
    expect(seedList(5, 3)).toEqual([5, 6, 7]);
    expect(() => seedList(0xffffffff, 2)).toThrow(RangeError);
  });
});

describe('sweepDesign', () => {
  it('runs every value for every seed, point by point', () => {
    const d = sweepDesign({ lever: 'enforcement.intensity', from: 0, to: 1, steps: 5 }, SEEDS);
    expect(d.points.map((p) => p.value)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(d.points.every((p) => p.byValue === null)).toBe(true);
    expect(d.runs).toHaveLength(5 * 3);
    expect(d.runs.slice(0, 4)).toEqual([
      { point: 0, seed: 11, set: { 'enforcement.intensity': 0 } },
      { point: 0, seed: 12, set: { 'enforcement.intensity': 0 } },
      { point: 0, seed: 13, set: { 'enforcement.intensity': 0 } },
      { point: 1, seed: 11, set: { 'enforcement.intensity': 0.25 } },
    ]);
  });

  it('with `by`, lists every swept value for the first by value, then the next', () => {
    const d = sweepDesign({ lever: 'enforcement.intensity', from: 0, to: 1, steps: 3, by: { lever: 'searchAndRescue.capacity', values: [0.9, 0.1] } }, SEEDS);
    expect(d.runs).toHaveLength(3 * 2 * 3);
    expect(d.points.map((p) => [p.value, p.byValue])).toEqual([
      [0, 0.9],
      [0.5, 0.9],
      [1, 0.9],
      [0, 0.1],
      [0.5, 0.1],
      [1, 0.1],
    ]);
    expect(d.points[4].set).toEqual({ 'enforcement.intensity': 0.5, 'searchAndRescue.capacity': 0.1 });
  });

  it('refuses bad specifications with the field named', () => {
    const lever = 'enforcement.intensity';
    expect(() => sweepDesign({ lever: 'nope', from: 0, to: 1, steps: 3 }, SEEDS)).toThrow(/sweep\.lever: got "nope"/);
    expect(() => sweepDesign({ lever, from: -0.1, to: 1, steps: 3 }, SEEDS)).toThrow(/sweep\.from: got -0\.1; must be a number between 0 and 1/);
    expect(() => sweepDesign({ lever, from: 0.5, to: 0.5, steps: 3 }, SEEDS)).toThrow(/sweep\.to/);
    expect(() => sweepDesign({ lever, from: 0, to: 1, steps: 1 }, SEEDS)).toThrow(/sweep\.steps: got 1/);
    expect(() => sweepDesign({ lever, from: 0, to: 1, steps: 3, by: { lever, values: [0] } }, SEEDS)).toThrow(/sweep\.by\.lever/);
    expect(() => sweepDesign({ lever, from: 0, to: 1, steps: 3, by: { lever: 'searchAndRescue.capacity', values: [0, 0.2, 0.4, 0.6] } }, SEEDS)).toThrow(/give 1 to 3/);
    expect(() => sweepDesign({ lever, from: 0, to: 1, steps: 3 }, [])).toThrow(/seeds/);
  });

  it('aggregates per-run values into one row per point', () => {
    const d = sweepDesign({ lever: 'enforcement.intensity', from: 0, to: 1, steps: 3, by: { lever: 'searchAndRescue.capacity', values: [0, 1] } }, SEEDS);
    const values = d.runs.map((r) => fakeRun(defaultLevers(), r));
    const rows = sweepTable(d, values);
    expect(rows).toHaveLength(6);
    const campaigns = 10 * defaultLevers()['information.campaigns'];
    rows.forEach((row, p) => {
      const level = 1000 * d.points[p].value - 300 * d.points[p].byValue! + campaigns;
      expect(row).toMatchObject({ value: d.points[p].value, byValue: d.points[p].byValue, n: 3 });
      expect(row.median).toBeCloseTo(level + 12, 9);
      expect(row.p5).toBeCloseTo(level + 11.1, 9);
      expect(row.p95).toBeCloseTo(level + 12.9, 9);
    });
    expect(() => sweepTable(d, values.slice(1))).toThrow(/one value per run/);
  });
});

describe('gridDesign', () => {
  it('crosses two levers, every y for the first x first', () => {
    const d = gridDesign({ x: { lever: 'enforcement.intensity', from: 0, to: 1, steps: 3 }, y: { lever: 'searchAndRescue.capacity', from: 0, to: 1, steps: 2 } }, SEEDS);
    expect(d.points.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [0, 1],
      [0.5, 0],
      [0.5, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(d.runs).toHaveLength(6 * 3);
    const cells = gridTable(d, d.runs.map((r) => fakeRun(defaultLevers(), r)));
    expect(cells[3].x).toBe(0.5);
    expect(cells[3].y).toBe(1);
    expect(cells[3].n).toBe(3);
    expect(() => gridDesign({ x: { lever: 'enforcement.intensity', from: 0, to: 1, steps: 3 }, y: { lever: 'enforcement.intensity', from: 0, to: 1, steps: 2 } }, SEEDS)).toThrow(/grid\.y\.lever/);
  });
});

describe('tornado', () => {
  const around = { ...defaultLevers(), 'enforcement.intensity': 0.5, 'searchAndRescue.capacity': 0.1, 'information.campaigns': 0.5 };
  const design = tornadoDesign({ around, levers: ['information.campaigns', 'searchAndRescue.capacity', 'enforcement.intensity', 'cooperation.regional'] }, SEEDS);

  it('runs the centre, then each lever down and up, clamped to its range', () => {
    expect(design.points[0]).toEqual({ kind: 'centre', set: {} });
    const sides = design.points.slice(1).map((p) => (p.kind === 'centre' ? [] : [p.lever, p.kind, p.value]));
    expect(sides).toContainEqual(['searchAndRescue.capacity', 'down', 0]);
    expect(sides).toContainEqual(['searchAndRescue.capacity', 'up', 0.3]);
    expect(sides).toContainEqual(['enforcement.intensity', 'up', 0.7]);
    expect(design.runs).toHaveLength(design.points.length * SEEDS.length);
    // Every lever by default; a side clamped onto the mix is not run again.
    const full = tornadoDesign({ around: { 'enforcement.intensity': 0 } }, [1]);
    const firstSides = full.points.filter((p) => p.kind !== 'centre' && p.lever === 'enforcement.intensity');
    expect(firstSides.map((p) => p.kind)).toEqual(['up']);
    expect(new Set(full.points.flatMap((p) => (p.kind === 'centre' ? [] : [p.lever])))).toEqual(new Set(LEVER_KEYS));
  });

  it('sorts bars by the size of the paired swing, largest first', () => {
    const table = tornadoTable(design, design.runs.map((r) => fakeRun(around, r)));
    expect(table.bars.map((b) => b.lever)).toEqual(['enforcement.intensity', 'searchAndRescue.capacity', 'information.campaigns', 'cooperation.regional']);
    const [enforcement, rescue, campaigns, cooperation] = table.bars;
    // The per-seed offset cancels in paired differences: every seed gives the same swing.
    expect(enforcement.swing.median).toBeCloseTo(400, 9);
    expect(enforcement.swing.p5).toBeCloseTo(400, 9);
    expect(rescue).toMatchObject({ around: 0.1, downValue: 0, upValue: 0.3 });
    expect(rescue.swing.median).toBeCloseTo(-90, 9);
    expect(rescue.down.median).toBeCloseTo(30, 9);
    expect(campaigns.swing.median).toBeCloseTo(4, 9);
    expect(cooperation.swing.median).toBe(0);
    expect(table.centre).toEqual(spreadOf(SEEDS.map((s) => fakeRun(around, { point: 0, seed: s, set: {} }))));
  });

  it('keeps the design order for equal swings and reads a clamped side as the centre', () => {
    const d = tornadoDesign({ around: { 'protection.safeguards': 1 }, levers: ['protection.safeguards', 'cooperation.regional'] }, [1, 2]);
    const table = tornadoTable(d, d.runs.map(() => 5));
    expect(table.bars.map((b) => b.lever)).toEqual(['protection.safeguards', 'cooperation.regional']);
    expect(table.bars[0]).toMatchObject({ around: 1, upValue: 1, downValue: 0.8 });
    expect(table.bars[0].up.median).toBe(0);
  });

  it('refuses bad specifications', () => {
    expect(() => tornadoDesign({ around, step: 0 }, SEEDS)).toThrow(/tornado\.step/);
    expect(() => tornadoDesign({ around, levers: ['nope'] }, SEEDS)).toThrow(/tornado\.levers\.0/);
    expect(() => tornadoDesign({ around: { 'enforcement.intensity': 2 } }, SEEDS)).toThrow(/tornado\.around\.enforcement\.intensity/);
  });
});

describe('applyRunSpec', () => {
  it('fixes the run levers for the whole run and sets the seed', () => {
    const base: RunInput = {
      agents: 500,
      levers: { 'enforcement.intensity': 0.3, 'cooperation.regional': 0.4 },
      timeline: [
        { lever: 'enforcement.intensity', value: 0.9, fromMonth: 12 },
        { lever: 'cooperation.regional', value: 0.8, fromMonth: 6 },
      ],
    };
    const input = applyRunSpec(base, { seed: 9, set: { 'enforcement.intensity': 0.6 } });
    expect(input).toEqual({
      agents: 500,
      seed: 9,
      levers: { 'enforcement.intensity': 0.6, 'cooperation.regional': 0.4 },
      timeline: [{ lever: 'cooperation.regional', value: 0.8, fromMonth: 6 }],
    });
    expect(base.timeline).toHaveLength(2);
  });
});
