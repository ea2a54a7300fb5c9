/**
 * Values shown in messages are written only as far as they are shown: jsonStart gives the
 * beginning of JSON.stringify's text and stops soon after `max` characters, so a notice about a
 * list of 10,000 entries or a megabyte of text costs no more than one about a short value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonStart, shownValue } from '../../scenarios/shown';
import { bigArray, formEncode, hostileText, LENGTH_OBJECT } from './hostile';

describe('values shown in messages', () => {
  it('are the beginning of JSON.stringify’s text: all of it when short, more than max characters when cut', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 80 }), (value, max) => {
        const whole = JSON.stringify(value);
        const start = jsonStart(value, max)!;
        expect(whole.startsWith(start.slice(0, Math.min(start.length, max)))).toBe(true);
        if (whole.length <= max) expect(start).toBe(whole);
        else expect(start.length).toBeGreaterThan(max);
      }),
      { numRuns: 2_000 },
    );
  });

  it('skip what JSON skips and stop early on huge values', () => {
    expect(jsonStart({ a: undefined, b: () => 1, c: [undefined, NaN, -0] }, 100)).toBe(JSON.stringify({ a: undefined, b: () => 1, c: [undefined, NaN, -0] }));
    expect(jsonStart(undefined, 10)).toBeUndefined();
    const huge = JSON.parse(bigArray(100_000, LENGTH_OBJECT));
    expect(jsonStart(huge, 40)!.length).toBeLessThan(100);
    expect(shownValue(huge)).toBe(`${JSON.stringify(huge).slice(0, 39)}…`);
    expect(shownValue('x'.repeat(1_000_000))).toBe(`${'x'.repeat(39)}…`);
  });

  it('(the generators’ own form encoding writes what URLSearchParams writes)', () => {
    fc.assert(fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (text) => {
      expect(formEncode(text)).toBe(new URLSearchParams([['', text]]).toString().slice(1));
    }), { numRuns: 2_000 });
  });
});
