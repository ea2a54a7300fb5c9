/** The monthly chart's timeline marks: one per month where a policy starts or stops, saying what changes. */
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../scenarios/index';
import { buildRunInput } from '../settings/run-input';
import { describeMarker, timelineMarkers } from './timeline-markers';

describe('timeline marks', () => {
  it('numbers the months with a change, counted from 1, with values before and after', () => {
    const sophia = findScenario('operation-sophia')!;
    const input = buildRunInput(sophia, { scenarioId: sophia.id, overrides: {}, seed: 1, agents: 1_000, months: 120 });
    const marks = timelineMarkers({ levers: input.levers ?? {}, timeline: input.timeline ?? [] }, 120);
    expect(marks.map((m) => [m.number, m.month])).toEqual([[1, 7], [2, 11], [3, 25], [4, 49]]);
    expect(describeMarker(marks[0])).toBe(
      'Month 7: Enforcement intensity 0.30 → 0.50 (Phase 1: deployment and surveillance); Search-and-rescue capacity 0.40 → 0.60 (Naval ships rescue people in distress)',
    );
    // A change that ends and another that starts in the same month make one line for the lever.
    expect(describeMarker(marks[3])).toBe('Month 49: Search-and-rescue capacity 0.60 → 0.20 (Naval rescue scaled back; end of: Naval ships rescue people in distress)');
  });

  it('marks the end of a change, skips month 1 and months beyond the run', () => {
    const marks = timelineMarkers(
      {
        levers: { 'enforcement.intensity': 0.3 },
        timeline: [
          { lever: 'enforcement.intensity', value: 0.8, fromMonth: 0, toMonth: 12 },
          { lever: 'enforcement.intensity', value: 0.3, fromMonth: 30 },
          { lever: 'enforcement.intensity', value: 0.9, fromMonth: 200 },
        ],
      },
      60,
    );
    expect(marks.map(describeMarker)).toEqual(['Month 13: Enforcement intensity 0.80 → 0.30 (a change ends)', 'Month 31: Enforcement intensity stays 0.30']);
    expect(timelineMarkers({ levers: {}, timeline: [] }, 120)).toEqual([]);
  });
});
