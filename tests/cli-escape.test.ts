/**
 * Terminal-safe messages (scripts/cli/escape.ts, errors.ts): whatever text reaches a message, the
 * line printed holds no control character, DEL, C1 control or bidirectional override, and is never
 * longer than MAX_ERROR_LINE; plain values stay as typed and odd ones are shown quoted and escaped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError, describeFailure, MAX_ERROR_LINE } from '../scripts/cli/errors';
import { escapeControl, MAX_SHOWN_VALUE, quote, safeText, show } from '../scripts/cli/escape';

/** Everything a terminal may act on, as the tests see it (independent of the module's own list). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Strings rich in the characters that matter: controls, C1, bidi, surrogates, quotes, backslashes. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '\u0007', '\n', '\r', '\t', '\u0000', '\u007f', '\u009b', '\u202e', '\u2066', '\u2028', '\ud800', '\udfff', '"', '\\', '😀', 'é', 'a', ' ', ']', '0', ';'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 400,
});

describe('escaping', () => {
  it('leaves no unsafe character and no lone surrogate in any text', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = escapeControl(s);
        expect(out).not.toMatch(UNSAFE);
        expect(out).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 2000 },
    );
  });

  it('shows the characters it replaces as readable escapes', () => {
    expect(escapeControl('a\u001b]0;title\u0007b')).toBe('a\\x1b]0;title\\x07b');
    expect(escapeControl('x\ny\tz\r')).toBe('x\\ny\\tz\\r');
    expect(escapeControl('\u202eabc\u2069\u009b\u007f')).toBe('\\u202eabc\\u2069\\x9b\\x7f');
    expect(escapeControl('keep é 😀 and Arabic عربي')).toBe('keep é 😀 and Arabic عربي');
  });

  it('cuts long text between whole characters and says how much was left out', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 40, max: 200 }), (s, max) => {
        const out = safeText(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(UNSAFE);
        expect(out).not.toMatch(LONE_SURROGATE);
        if (out !== escapeControl(s)) expect(out).toMatch(/… \([\d,]+ more characters\)$/);
      }),
      { numRuns: 1000 },
    );
    expect(safeText('x'.repeat(10_000), 60)).toBe(`${'x'.repeat(30)}… (9,970 more characters)`);
  });
});

describe('show and quote', () => {
  it('keep plain values bare and quote the rest, escaped and shortened', () => {
    expect(show('enforcement.intensity=0.5')).toBe('enforcement.intensity=0.5');
    expect(show('/tmp/a-b_c.json')).toBe('/tmp/a-b_c.json');
    expect(show('')).toBe('""');
    expect(show('two words')).toBe('"two words"');
    expect(show('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(show('a\nb')).toBe('"a\\nb"');
    expect(quote('plain')).toBe('"plain"');
    fc.assert(
      fc.property(hostile, (s) => {
        const out = show(s);
        expect(out.length).toBeLessThanOrEqual(MAX_SHOWN_VALUE + 2);
        expect(out).not.toMatch(UNSAFE);
      }),
    );
  });
});

describe('error lines', () => {
  it('are one safe line of at most MAX_ERROR_LINE characters, whatever the message holds', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: 5 }), fc.boolean(), (s, repeat, usage) => {
        const message = s.repeat(1 + repeat * 50);
        const { line, code } = describeFailure(usage ? new CliError(message) : new TypeError(message));
        expect(code).toBe(usage ? 2 : 1);
        expect(line.startsWith('error: ')).toBe(true);
        expect(line.length).toBeLessThanOrEqual(MAX_ERROR_LINE);
        expect(line).not.toMatch(UNSAFE);
        expect(line).not.toContain('\n');
      }),
      { numRuns: 500 },
    );
  });

  it('survive a thrown value that cannot even be turned into text', () => {
    const evil = { toString: () => { throw new Error('no'); } };
    expect(describeFailure(evil)).toEqual({ line: 'error: unexpected failure: unknown cause (please report this)', code: 1 });
  });
});
