/**
 * The channel choice's exponential race (models/phases/choice.ts) computes exp and log only for
 * the candidates that could still win. That is a shortcut, not a change of rule: the winner must
 * be the one that computing every candidate's time gives — the smallest time, waiting on equal
 * times, then the lower method, and no method whose weight is 0 — for any utilities and draws.
 */
import { describe, expect, it } from 'vitest';
import { race, type ChoiceContext } from '../../models/phases/choice';
import { drawOf, exponentialOf, mix32 } from '../../models/rng';
import { exp } from '../../models/portable-math';

/** The race as it reads: every candidate's time computed, in order, the first smallest winning. */
function fullRace(utility: Float64Array, options: number, base: number, waitUtility: number): number {
  let best = exponentialOf(drawOf(base, options)) / exp(waitUtility);
  let chosen = -1;
  for (let g = 0; g < options; g++) {
    const v = utility[g];
    if (v !== v) continue;
    const w = exp(v);
    if (!(w > 0)) continue;
    const time = exponentialOf(drawOf(base, g)) / w;
    if (time < best) {
      best = time;
      chosen = g;
    }
  }
  return chosen;
}

function contextWith(options: number): ChoiceContext {
  return { fees: new Float64Array(options), scratch: new Float64Array(options + 1) } as unknown as ChoiceContext;
}

describe('the choice race', () => {
  it('picks exactly the winner of the full race, over utilities of every size', () => {
    let s = 12345;
    const next = () => (s = mix32(s + 0x9e3779b9)) / 4294967296;
    let differences = 0;
    const winners = new Set<number>();
    for (let trial = 0; trial < 40_000; trial++) {
      const options = 1 + (trial % 9);
      const ctx = contextWith(options);
      // Utilities from near 0 to far below, some out of reach (NaN), some very large or tiny.
      const spread = [0.5, 3, 12, 800][trial % 4];
      for (let g = 0; g < options; g++) ctx.scratch[g] = next() < 0.15 ? Number.NaN : (next() - 0.7) * spread;
      const waitUtility = (next() - 0.5) * spread;
      const base = mix32(trial * 7919 + 1);
      const expected = fullRace(ctx.scratch, options, base, waitUtility);
      const got = race(ctx, base, waitUtility);
      if (got !== expected) differences++;
      winners.add(got);
    }
    expect(differences).toBe(0);
    // Waiting and every method position won at least once: the comparison was not vacuous.
    for (let k = -1; k < 9; k++) expect(winners.has(k), `winner ${k}`).toBe(true);
  });
});
