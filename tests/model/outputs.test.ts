/**
 * The declared outputs are looked up in one place (OUTPUT_BY_KEY) and every output picker offers
 * them in one order (OUTPUT_CHOICES): the headline outputs first, then every other output once.
 */
import { describe, expect, it } from 'vitest';
import { HEADLINE_OUTPUTS, isOutputKey, OUTPUT_BY_KEY, OUTPUT_CHOICES, OUTPUT_KEYS, OUTPUTS } from '../../models/index';

describe('the output pickers’ list', () => {
  it('offers every output exactly once, the headline outputs first in their order', () => {
    const keys = OUTPUT_CHOICES.map((o) => o.key);
    expect([...keys].sort()).toEqual([...OUTPUT_KEYS].sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, HEADLINE_OUTPUTS.length)).toEqual(HEADLINE_OUTPUTS);
    expect(keys.slice(HEADLINE_OUTPUTS.length)).toEqual(OUTPUT_KEYS.filter((k) => !HEADLINE_OUTPUTS.includes(k)));
  });

  it('finds each output by its key, and nothing by any other text', () => {
    for (const o of OUTPUTS) expect(OUTPUT_BY_KEY.get(o.key)).toBe(o);
    for (const k of ['__proto__', 'constructor', 'toString', 'deaths', '']) {
      expect(OUTPUT_BY_KEY.get(k), k).toBeUndefined();
      expect(isOutputKey(k), k).toBe(false);
    }
  });
});
