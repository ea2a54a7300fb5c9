/**
 * The fixed-mix fee index: its weights are the baseline's mix of hires (so the index starts where
 * the mean fee paid starts), and it moves only with prices — a change of mix alone leaves it still.
 */
import { describe, expect, it } from 'vitest';
import { FEE_INDEX_WEIGHTS, METHODS, methodKey, runModel } from '../../models/index';
import { measuredMix } from '../../scripts/model/fee-index-weights';

describe('fixed-mix fee index', () => {
  it('declares a weight for every method, summing to one', () => {
    for (const m of METHODS) expect(FEE_INDEX_WEIGHTS[methodKey(m)], methodKey(m)).toBeGreaterThan(0);
    expect(Object.values(FEE_INDEX_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  });

  it('is weighted by the baseline’s mix of hires (within 4 points for every method)', () => {
    const mix = measuredMix(40_000, [1, 2, 3, 4, 5]);
    for (const [key, share] of Object.entries(mix)) expect(Math.abs(share - FEE_INDEX_WEIGHTS[key]), key).toBeLessThan(0.04);
  });

  it('is the posted fees weighted by the fixed mix, month by month', () => {
    const run = runModel({ seed: 3, agents: 5_000, months: 6 });
    run.months.forEach((month, k) => {
      let index = 0;
      for (const route of run.routes) route.methods.forEach((m, j) => (index += FEE_INDEX_WEIGHTS[`${route.route}.${m.id}`] * route.months[k].byMethod[j].feeUsd));
      expect(month.feeIndexUsd).toBeCloseTo(index / Object.values(FEE_INDEX_WEIGHTS).reduce((a, b) => a + b, 0), 6);
    });
  });
});
