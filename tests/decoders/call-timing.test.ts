/**
 * The timing rule of the decoder tests catches a slow decoder and lets a fast one pass, whatever
 * the load: a decoder that does about three times the limit's worth of real work on every call
 * fails (dividing by the machine's slowdown never excuses work that is slow on an unloaded
 * machine), and a cheap one passes.
 */
import { describe, expect, it } from 'vitest';
import { CALL_LIMIT_MS, newTiming, timedCall } from './call-timing';

/** JSON text that takes several milliseconds to parse on any machine this suite runs on. */
const HEAVY = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: `k${i}`, v: i / 3, t: `€${i}` })));

/** Parses of HEAVY per call: about 150 ms of work on an unloaded machine of this kind, three times the limit. */
const PARSES = 20;

/** Real work, a fixed amount (no clock spinning: a spin would count waiting, not work). */
function slowDecoder(): number {
  let n = 0;
  for (let i = 0; i < PARSES; i++) n += (JSON.parse(HEAVY) as unknown[]).length;
  return n;
}

describe('the decoder tests time calls fairly', () => {
  it('a decoder doing three times the limit in real work on every call is over the limit', () => {
    const timing = newTiming();
    timedCall(timing, () => 'the slow call', slowDecoder);
    expect(timing.runs).toBe(1);
    expect(timing.maxMs).toBeGreaterThan(CALL_LIMIT_MS);
  });

  it('a cheap decoder is within the limit', () => {
    const timing = newTiming();
    for (let i = 0; i < 200; i++) timedCall(timing, () => `call ${i}`, () => JSON.parse('{"a":[1,2,3]}'));
    expect(timing.maxMs).toBeLessThanOrEqual(CALL_LIMIT_MS);
  });
});
