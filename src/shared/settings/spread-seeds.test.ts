/**
 * The seeds of the headline in a link (`seeds`): a lecturer's `seeds=1` for a slow laptop is read,
 * written and kept; a value off the list is explained (field, value, what is allowed) and the
 * default is used, as for every other field of the link.
 */
import { describe, expect, it } from 'vitest';
import { makeSettingsContext } from './context';
import { defaultSettings } from './settings';
import { DEFAULT_SPREAD_SEEDS, SPREAD_SEED_CHOICES, spreadSeedsOf } from './spread-seeds';
import { decodeSettings, encodeSettings, noticeText } from './url';

const ctx = makeSettingsContext();
const defaults = defaultSettings(ctx);

describe('the seeds of the headline in a link', () => {
  it('reads every allowed number, and writes it back as `seeds` after the run size', () => {
    for (const n of SPREAD_SEED_CHOICES) {
      const res = decodeSettings(`?scenario=baseline&seeds=${n}`, ctx);
      expect(res.notices, `seeds=${n}`).toEqual([]);
      expect(res.hasState).toBe(true);
      expect(spreadSeedsOf(res.settings), `seeds=${n}`).toBe(n);
    }
    const one = decodeSettings('?seeds=1', ctx).settings;
    expect(one).toEqual({ ...defaults, spreadSeeds: 1 });
    expect(encodeSettings(one, ctx)).toMatch(/&months=\d+&seeds=1$/);
  });

  it('keeps links without it as they were: the default is neither held nor written', () => {
    expect(decodeSettings(`?seeds=${DEFAULT_SPREAD_SEEDS}`, ctx).settings).toEqual(defaults);
    expect(spreadSeedsOf(defaults)).toBe(DEFAULT_SPREAD_SEEDS);
    expect(encodeSettings(defaults, ctx)).not.toMatch(/seeds=/);
  });

  it('explains a value off the list, naming the field, the value and the choices, and uses the default', () => {
    const cases: [string, string][] = [
      ['0', '0'],
      ['abc', 'abc'],
      ['7', '7'],
      ['-1', '-1'],
      ['1.5', '1.5'],
      ['', '(empty)'],
      ['10000000000000000000', '10000000000000000000'],
    ];
    for (const [raw, shown] of cases) {
      const res = decodeSettings(`?seed=3&seeds=${encodeURIComponent(raw)}`, ctx);
      expect(res.notices.map(noticeText), `seeds=${raw}`).toEqual([`seeds = “${shown}”: the number of seeds for the headline is one of: 1, 5, 10, 20; using 10 instead.`]);
      expect(res.settings, `seeds=${raw}`).toEqual({ ...defaults, seed: 3 });
    }
  });

  it('takes the first of repeated values, and says so', () => {
    const res = decodeSettings('?seeds=1&seeds=20', ctx);
    expect(res.settings.spreadSeeds).toBe(1);
    expect(res.notices.map((n) => n.field)).toEqual(['seeds']);
  });
});
