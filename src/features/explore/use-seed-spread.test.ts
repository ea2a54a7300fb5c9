/** The seeds the key figures are refined over: the user's own among them, all valid seeds. */
import { describe, expect, it } from 'vitest';
import { SEED_LIMIT } from '../../../models/index';
import { SPREAD_SEEDS, spreadSeeds } from './use-seed-spread';

describe('the seeds of the spread', () => {
  it('start at the user’s seed, so the run already shown is the first pair', () => {
    expect(spreadSeeds(1)).toEqual(Array.from({ length: SPREAD_SEEDS }, (_, i) => 1 + i));
    expect(spreadSeeds(0, 3)).toEqual([0, 1, 2]);
  });

  it('stay within the seed limit near its top, still including the user’s seed', () => {
    const seeds = spreadSeeds(SEED_LIMIT.max);
    expect(seeds).toHaveLength(SPREAD_SEEDS);
    expect(seeds).toContain(SEED_LIMIT.max);
    expect(Math.max(...seeds)).toBe(SEED_LIMIT.max);
    expect(new Set(seeds).size).toBe(SPREAD_SEEDS);
  });
});
