/**
 * The reference in the link and the autosave: its default per scenario, a chosen one kept through
 * the codec, and a bad value explained (field, value, what is allowed)
 * with the default used instead.
 */
import { describe, expect, it } from 'vitest';
import { decodeExplorerAutosave } from './autosave';
import { makeSettingsContext } from './context';
import { defaultReference, referenceOf, referenceScenarioId, STATUS_QUO_SCENARIO_ID } from './reference';
import { defaultSettings } from './settings';
import { decodeSettings, encodeSettings, noticeText } from './url';

const ctx = makeSettingsContext();

describe('the reference the figures are compared with', () => {
  it('is the status quo for a policy scenario and the scenario as loaded for the status quo itself', () => {
    expect(defaultReference('operation-sophia')).toBe('status-quo');
    expect(defaultReference(STATUS_QUO_SCENARIO_ID)).toBe('as-loaded');
    const sophia = decodeSettings('scenario=operation-sophia', ctx).settings;
    expect(sophia.reference).toBeUndefined();
    expect(referenceOf(sophia)).toBe('status-quo');
    expect(referenceScenarioId(sophia)).toBe(STATUS_QUO_SCENARIO_ID);
    expect(referenceScenarioId({ ...sophia, reference: 'as-loaded' })).toBe('operation-sophia');
  });

  it('keeps a chosen reference through a link, both ways', () => {
    const chosen = { ...defaultSettings(ctx, 'operation-sophia'), reference: 'as-loaded' as const };
    const query = encodeSettings(chosen, ctx);
    expect(query).toMatch(/(^|&)ref=as-loaded(&|$)/);
    const back = decodeSettings(query, ctx);
    expect(back.notices).toEqual([]);
    expect(back.settings).toEqual(chosen);
    expect(encodeSettings(defaultSettings(ctx, 'operation-sophia'), ctx)).not.toMatch(/ref=/);
  });

  it('explains a bad value, naming the field, the value and the choices, and uses the default', () => {
    const res = decodeSettings('scenario=operation-sophia&ref=yesterday', ctx);
    expect(res.settings.reference).toBeUndefined();
    expect(res.notices).toHaveLength(1);
    expect(res.notices[0]).toMatchObject({ kind: 'ignored', field: 'ref', value: 'yesterday' });
    expect(noticeText(res.notices[0])).toMatch(/ref.*yesterday.*status-quo, as-loaded.*“status-quo”/);
    // The status quo's own default is named for it.
    expect(noticeText(decodeSettings('ref=', ctx).notices[0])).toMatch(/“as-loaded”/);
  });

  it('marks an autosave with a bad reference as partly usable, with the reason', () => {
    const read = decodeExplorerAutosave('scenario=operation-sophia&seed=3&ref=STATUSQUO', ctx);
    expect(read.read).toBe('partial');
    expect(read.problem).toMatch(/STATUSQUO/);
    expect(decodeExplorerAutosave('scenario=operation-sophia&seed=3&ref=status-quo', ctx).read).toBe('clean');
  });
});
