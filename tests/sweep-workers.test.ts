/**
 * How many worker threads a sweep uses (scripts/sweep/workers.ts): never more than asked for,
 * than the cores, or than the free memory holds (at least one), and a note whenever the number
 * asked for was lowered or memory is short even for one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POPULATION_BYTES_PER_AGENT } from '../src/runner/population-budget';
import { MEMORY_SHARE, planWorkers, workerBytes, WORKER_BASE_BYTES } from '../scripts/sweep/workers';

describe('planWorkers', () => {
  it('holds its bounds for any machine and request', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
        fc.integer({ min: 1, max: 256 }),
        fc.integer({ min: 100, max: 2_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (requested, cores, agents, seeds, freeBytes) => {
          const { workers, note } = planWorkers({ requested, cores, agents, seeds, freeBytes });
          const want = requested ?? cores;
          expect(Number.isInteger(workers)).toBe(true);
          expect(workers).toBeGreaterThanOrEqual(1);
          expect(workers).toBeLessThanOrEqual(Math.min(want, cores));
          if (workers > 1) expect(workers * workerBytes(agents, seeds)).toBeLessThanOrEqual(MEMORY_SHARE * freeBytes);
          // Lowered, or short of memory even for one: the user is told; otherwise not a word.
          const short = workerBytes(agents, seeds) > MEMORY_SHARE * freeBytes;
          expect(note !== null).toBe(workers < want || short);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts a worker’s kept populations and its run on top of the engine', () => {
    // 2,000,000 agents: one kept population fits the 300 MB budget, plus the run's two.
    expect(workerBytes(2_000_000, 10)).toBe(WORKER_BASE_BYTES + 3 * POPULATION_BYTES_PER_AGENT * 2_000_000);
    // 100,000 agents over 3 seeds: all three are kept.
    expect(workerBytes(100_000, 3)).toBe(WORKER_BASE_BYTES + 5 * POPULATION_BYTES_PER_AGENT * 100_000);
  });

  it('says why it lowered the number, and warns when even one worker may not fit', () => {
    expect(planWorkers({ requested: 64, cores: 2, agents: 100_000, seeds: 10, freeBytes: 16e9 })).toEqual({ workers: 2, note: '--workers 64 lowered to 2: the machine has 2 cores' });
    expect(planWorkers({ cores: 8, agents: 2_000_000, seeds: 10, freeBytes: 2e9 })).toEqual({
      workers: 2,
      note: 'using 2 workers, not one per core (8): each worker needs about 650 MB at 2,000,000 agents and 2,000 MB of memory is free',
    });
    expect(planWorkers({ requested: 1, cores: 8, agents: 2_000_000, seeds: 10, freeBytes: 300e6 })).toEqual({
      workers: 1,
      note: 'each worker needs about 650 MB at 2,000,000 agents and 300 MB of memory is free: the sweep may run out of memory; fewer --agents need less',
    });
    expect(planWorkers({ requested: 2, cores: 8, agents: 100_000, seeds: 10, freeBytes: 16e9 })).toEqual({ workers: 2, note: null });
  });
});
