/**
 * The lever-fixing rule (models/fix-levers.ts), which the explorer, `--set`, the tours, Compare
 * and every sweep share: a fixed lever holds its value in every month, whatever the scenario's
 * timeline said, and nothing else about the scenario changes. Lever keys from outside are refused
 * with the field, the value and the keys allowed.
 */
import { describe, expect, it } from 'vitest';
import { compileSchedule, fixLevers, leverEntries, LEVER_KEYS, runModel, withFixedLevers, type TimelineEntry } from '../../models/index';
import { findScenario, scenarioToRunInput } from '../../scenarios/index';

const MONTHS = 120;

describe('fixing a lever for the whole run', () => {
  const sophia = findScenario('operation-sophia')!;
  const base = scenarioToRunInput(sophia);
  const moved = sophia.timeline.map((e) => e.lever);

  it('holds the fixed value in every month and leaves the other levers’ timelines as they were', () => {
    const lever = moved[0];
    const fixed = withFixedLevers(base, { [lever]: 0.42 });
    const before = compileSchedule(base.levers ?? {}, base.timeline ?? [], MONTHS);
    const after = compileSchedule(fixed.levers ?? {}, fixed.timeline ?? [], MONTHS);
    expect(new Set(before.values.get(lever)).size).toBeGreaterThan(1); // the scenario does move it
    expect([...new Set(after.values.get(lever))]).toEqual([0.42]);
    for (const key of LEVER_KEYS) if (key !== lever) expect(after.values.get(key), key).toEqual(before.values.get(key));
  });

  it('drops only the fixed levers’ entries, in order, and adds no timeline where there was none', () => {
    const timeline: TimelineEntry[] = [
      { lever: 'enforcement.intensity', value: 0.9, fromMonth: 12 },
      { lever: 'cooperation.regional', value: 0.8, fromMonth: 6 },
      { lever: 'enforcement.intensity', value: 0.1, fromMonth: 30 },
      { lever: 'searchAndRescue.capacity', value: 0.2, fromMonth: 1 },
    ];
    expect(fixLevers(timeline, { 'enforcement.intensity': 0.5 })).toEqual([timeline[1], timeline[3]]);
    expect(fixLevers(timeline, {})).toEqual(timeline);
    expect(withFixedLevers({ levers: { 'cooperation.regional': 0.1 } }, { 'enforcement.intensity': 0.5 })).toEqual({ levers: { 'cooperation.regional': 0.1, 'enforcement.intensity': 0.5 } });
  });
});

describe('lever keys from outside', () => {
  it('are refused at run time with the field, the value and the keys allowed', () => {
    const input = { levers: { 'enforcement.intensty': 0.5 } } as Parameters<typeof runModel>[0];
    expect(() => runModel(input)).toThrow(/^levers\.enforcement\.intensty: got "enforcement\.intensty"; is not a known lever; allowed: .*enforcement\.intensity/);
    const timeline = [{ lever: 'rescue', value: 0.5, fromMonth: 3 }] as unknown as TimelineEntry[];
    expect(() => runModel({ timeline })).toThrow(/^timeline\.0\.lever: got "rescue"; is not a known lever; allowed: /);
    expect(() => leverEntries({ nope: 1 } as never, 'event.shifts')).toThrow(/^event\.shifts\.nope: got "nope"; is not a known lever/);
  });
});
