/**
 * The edited timeline in a link (`tl`): its compact form, examples of what a hand-edited or
 * truncated link may hold, and the promise that a bad change costs only that change, with a
 * notice naming it. (Hostile input in general is covered by the properties in url.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { LEVER_BY_KEY } from '../../../models/index';
import { makeSettingsContext } from './context';
import { defaultSettings } from './settings';
import { editableChanges, type TimelineChange } from './timeline';
import { decodeSettings, encodeSettings, MAX_QUERY_CHARS, noticeText } from './url';
import { decodeTimeline, encodeTimeline } from './url-timeline';

const ctx = makeSettingsContext();
const surge: TimelineChange = { lever: 'enforcement.intensity', value: 0.9, fromMonth: 30, toMonth: 60, note: 'Surge 50% *now*_or_never' };
const plain: TimelineChange = { lever: 'searchAndRescue.capacity', value: 0.05, fromMonth: 12 };

describe('the timeline parameter', () => {
  it('is short and readable: version, then lever*value*from*to*note per change', () => {
    expect(encodeTimeline([plain, surge])).toBe('1_searchAndRescue.capacity*0.05*12_enforcement.intensity*0.9*30*60*Surge 50%25 %2Anow%2A%5For%5Fnever');
    expect(encodeTimeline([])).toBe('1');
    expect(decodeTimeline(encodeTimeline([plain, surge]), LEVER_BY_KEY)).toEqual({ timeline: [plain, surge], notices: [] });
    expect(decodeTimeline('1', LEVER_BY_KEY)).toEqual({ timeline: [], notices: [] });
  });

  it('sits last in a link, only when the timeline was edited, and comes back exactly', () => {
    const settings = { ...defaultSettings(ctx, 'operation-sophia'), timeline: [...editableChanges(ctx.scenarios.find((s) => s.id === 'operation-sophia')!.timeline), surge] };
    const query = encodeSettings(settings, ctx);
    expect(query).toMatch(/&tl=1_enforcement\.intensity\*0\.5\*6\*\*Phase\+1.*Surge\+50%2525\+%252Anow/);
    expect(query.length).toBeLessThan(MAX_QUERY_CHARS / 2);
    expect(decodeSettings(query, ctx)).toMatchObject({ settings, notices: [] });
    expect(encodeSettings(defaultSettings(ctx, 'operation-sophia'), ctx)).not.toContain('tl=');
  });

  it('leaves out a bad change with a notice naming it, the value and the rule, and keeps the others', () => {
    const res = decodeSettings('scenario=baseline&tl=1_enforcement.intensity*7*12_searchAndRescue.capacity*0.05*12_atlantis*0.5*3_insecurity.level*0.5*0_insecurity.level*0.5*20*10_x', ctx);
    expect(res.settings.timeline).toEqual([plain]);
    expect(res.notices.map(noticeText)).toEqual([
      'tl, change 1 = “enforcement.intensity*7*12”: Enforcement intensity must be a number from 0 to 1; this change is left out.',
      'tl, change 3 = “atlantis*0.5*3”: unknown lever “atlantis”; this change is left out.',
      'tl, change 4 = “insecurity.level*0.5*0”: the first month must be a whole number from 1 to 599 (counted from 0); this change is left out.',
      'tl, change 5 = “insecurity.level*0.5*20*10”: the end month must be empty or a whole number from 21 to 600; this change is left out.',
      'tl, change 6 = “x”: a change is lever*value*fromMonth, then optionally *toMonth, *note and *route; this change is left out.',
    ]);
  });

  it('keeps the route a change is aimed at, and refuses a route the lever cannot be aimed at', () => {
    const aimed: TimelineChange = { lever: 'enforcement.pullbacks', value: 1, fromMonth: 12, route: 'desertSea' };
    expect(encodeTimeline([aimed, plain])).toBe('1_enforcement.pullbacks*1*12***desertSea_searchAndRescue.capacity*0.05*12');
    expect(decodeTimeline(encodeTimeline([aimed, plain]), LEVER_BY_KEY)).toEqual({ timeline: [aimed, plain], notices: [] });
    const bad = decodeTimeline('1_enforcement.pullbacks*1*12***air_insecurity.level*0.5*12***shortSea_enforcement.intensity*1*12***atlantis', LEVER_BY_KEY);
    expect(bad.timeline).toEqual([]);
    expect(bad.notices.map((n) => n.problem)).toEqual([
      expect.stringMatching(/air/),
      expect.stringMatching(/cannot be aimed/),
      expect.stringMatching(/atlantis/),
    ]);
  });

  it('uses the scenario’s own timeline for an unknown version, and forgets a list equal to it', () => {
    const res = decodeSettings('scenario=operation-sophia&tl=2_enforcement.intensity*0.5*6', ctx);
    expect(res.settings.timeline).toBeUndefined();
    expect(res.notices[0]).toMatchObject({ field: 'tl', outcome: 'the scenario’s own timeline is used' });
    const own = encodeTimeline(editableChanges(ctx.scenarios.find((s) => s.id === 'operation-sophia')!.timeline));
    const same = decodeSettings(`scenario=operation-sophia&tl=${encodeURIComponent(own)}`, ctx);
    expect(same.settings).toEqual(defaultSettings(ctx, 'operation-sophia'));
    expect(same.notices).toEqual([]);
  });

  it('keeps the first changes of a link cut short in the timeline', () => {
    const query = encodeSettings({ ...defaultSettings(ctx), timeline: [plain, surge] }, ctx);
    const cut = decodeSettings(query.slice(0, query.indexOf('enforcement.intensity*0.9') + 'enforcement.intensity*0.'.length), ctx);
    expect(cut.settings.timeline).toEqual([plain]);
    expect(cut.notices).toHaveLength(1);
    expect(decodeSettings(query.slice(0, query.indexOf('tl=') + 3), ctx).settings.timeline).toBeUndefined();
  });
});
