/**
 * Run cache keys: the same run gives the same key however its input was written (key order,
 * defaults left out or spelled out, notes on timeline entries), and any change that can change
 * the results gives a different key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION, ROUTES, canonicalJson, defaultCalibration, defaultLevers, runCacheKey, type RunInput } from '../index';

const INPUT: RunInput = {
  agents: 3000,
  months: 24,
  seed: 4,
  levers: { 'enforcement.intensity': 0.7, 'searchAndRescue.capacity': 0.2, 'cooperation.regional': 0.5 },
  timeline: [
    { lever: 'enforcement.intensity', value: 0.9, fromMonth: 6, toMonth: 12 },
    { lever: 'protection.safeguards', value: 0.4, fromMonth: 3 },
  ],
  calibration: { warmupMonths: 12, tiesAbroadShare: 0.3 },
};

/** The same record with its keys in another order. */
function reorder<T extends object>(record: T, order: readonly number[]): T {
  const entries = Object.entries(record);
  const picked = order.map((i) => entries[i % entries.length]);
  const rest = entries.filter((e) => !picked.includes(e));
  return Object.fromEntries([...new Set([...picked, ...rest])]) as T;
}

describe('runCacheKey', () => {
  it('does not depend on the order of keys, at any depth', () => {
    const key = runCacheKey(INPUT);
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 8 }), (order) => {
        const shuffled: RunInput = reorder(
          {
            ...INPUT,
            levers: reorder(INPUT.levers!, order),
            calibration: reorder(INPUT.calibration!, order),
            timeline: INPUT.timeline!.map((e) => reorder(e, order)),
            routes: ROUTES.map((r) => reorder(r, order)),
          },
          order,
        );
        expect(runCacheKey(shuffled)).toBe(key);
      }),
      { numRuns: 50 },
    );
  });

  it('treats defaults left out and spelled out alike, and ignores timeline notes', () => {
    expect(runCacheKey({})).toBe(runCacheKey({ agents: 100_000, months: 120, seed: 1, levers: defaultLevers(), calibration: defaultCalibration(), routes: ROUTES, timeline: [] }));
    const noted = { ...INPUT, timeline: INPUT.timeline!.map((e) => ({ ...e, note: 'why this changed' })) };
    expect(runCacheKey(noted)).toBe(runCacheKey(INPUT));
  });

  it('differs when anything that shapes the results differs', () => {
    const variants: RunInput[] = [
      { ...INPUT, agents: 3001 },
      { ...INPUT, months: 25 },
      { ...INPUT, seed: 5 },
      { ...INPUT, levers: { ...INPUT.levers, 'enforcement.intensity': 0.71 } },
      { ...INPUT, levers: { ...INPUT.levers, 'information.campaigns': 0.99 } },
      { ...INPUT, timeline: [...INPUT.timeline!].reverse() },
      { ...INPUT, timeline: [{ ...INPUT.timeline![0], toMonth: 13 }, INPUT.timeline![1]] },
      { ...INPUT, timeline: INPUT.timeline!.slice(1) },
      { ...INPUT, calibration: { ...INPUT.calibration, warmupMonths: 13 } },
      { ...INPUT, routes: ROUTES.map((r, i) => (i === 0 ? { ...r, runningCostUsd: r.runningCostUsd + 1 } : r)) },
      { ...INPUT, routes: ROUTES.slice(1) },
    ];
    const keys = new Set([runCacheKey(INPUT), ...variants.map((v) => runCacheKey(v))]);
    expect(keys.size).toBe(variants.length + 1);
    expect(runCacheKey(INPUT, 'another-version')).not.toBe(runCacheKey(INPUT));
    expect(runCacheKey(INPUT)).toContain(`"modelVersion":${JSON.stringify(MODEL_VERSION)}`);
  });
});

describe('canonicalJson', () => {
  it('sorts object keys, keeps array order, and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], e: null })).toBe('{"a":[3,{"c":"x"}],"b":1,"e":null}');
    expect(JSON.parse(canonicalJson(INPUT))).toEqual(JSON.parse(JSON.stringify(INPUT)));
  });
});
