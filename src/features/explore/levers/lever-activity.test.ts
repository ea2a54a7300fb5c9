/** Telling a drag from a single step: only a drag is throttled. */
import { describe, expect, it } from 'vitest';
import { DRAG_GAP_MS, isDragging, msSinceLeverInput, noteLeverInput } from './lever-activity';

describe('lever activity', () => {
  it('treats one step after a pause as a single step, not a drag', () => {
    noteLeverInput(1_000);
    noteLeverInput(5_000);
    expect(isDragging(5_010)).toBe(false);
    expect(msSinceLeverInput(5_010)).toBe(10);
  });

  it('treats steps a frame apart as a drag, until the hand pauses', () => {
    for (let t = 10_000; t <= 10_160; t += 16) noteLeverInput(t);
    expect(isDragging(10_170)).toBe(true);
    expect(isDragging(10_160 + DRAG_GAP_MS + 1)).toBe(false);
  });
});
