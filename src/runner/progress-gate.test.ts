/** Progress is reported only for slow runs, and then not too often. */
import { describe, expect, it } from 'vitest';
import { progressGate } from './progress-gate';

describe('progressGate', () => {
  it('reports nothing for a run faster than the threshold', () => {
    let now = 0;
    const gate = progressGate(() => now, 200, 100);
    const reported = [];
    for (let m = 1; m <= 120; m++) {
      now = m; // 120 ms in all
      if (gate(m, 120)) reported.push(m);
    }
    expect(reported).toEqual([]);
  });

  it('reports a slow run at most every interval, and its last month', () => {
    let now = 0;
    const gate = progressGate(() => now, 200, 100);
    const reported = [];
    for (let m = 1; m <= 120; m++) {
      now = m * 10; // 1.2 s in all
      if (gate(m, 120)) reported.push(m);
    }
    expect(reported).toEqual([20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
  });
});
