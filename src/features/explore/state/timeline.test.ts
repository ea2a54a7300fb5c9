/**
 * Editing the timeline: the user's list replaces the scenario's dated changes (its starting
 * values stay), edits are validated with messages that name the field, the value and what is
 * allowed, a list back to the scenario's own is forgotten, and a moved slider still fixes its
 * lever for the whole run — without losing the timeline, so Reset brings it back.
 */
import { describe, expect, it } from 'vitest';
import { LEVER_BY_KEY, type LeverKey } from '../../../../models/index';
import { findScenario } from '../../../../scenarios/index';
import { makeSettingsContext } from '../../../shared/settings/context';
import { explorerReducer } from './explorer-reducer';
import { buildBaselineInput, buildRunInput } from '../../../shared/settings/run-input';
import { defaultSettings, type ExplorerSettings } from '../../../shared/settings/settings';
import { editableChanges, effectiveTimeline, isValidChange, MAX_TIMELINE_CHANGES, normaliseEdited, type TimelineChange } from '../../../shared/settings/timeline';
import { draftOf, validateDraft, type ChangeDraft } from './timeline-draft';

const ctx = makeSettingsContext();
const reduce = explorerReducer(ctx);
const sophia = findScenario('operation-sophia')!;
const rabat = findScenario('rabat-process')!;
const start: ExplorerSettings = defaultSettings(ctx, 'operation-sophia');
const limits = { levers: LEVER_BY_KEY, runMonths: 120 };
const change = (over: Partial<TimelineChange> = {}): TimelineChange => ({ lever: 'enforcement.intensity', value: 0.9, fromMonth: 30, toMonth: 60, note: 'Surge', ...over });

describe('the effective timeline', () => {
  it('is the scenario’s own until edited, then its starting values followed by the user’s list', () => {
    expect(effectiveTimeline(rabat.timeline, undefined)).toBe(rabat.timeline);
    const mine = [change()];
    const run = effectiveTimeline(rabat.timeline, mine);
    expect(run[0]).toMatchObject({ lever: 'rootCauses.investment', fromMonth: 0 }); // Rabat's starting value stays
    expect(run.slice(-1)).toEqual(mine);
    expect(run.filter((c) => c.fromMonth === 0)).toHaveLength(rabat.timeline.filter((c) => c.fromMonth === 0).length);
  });

  it('forgets an edited list equal to the scenario’s own', () => {
    expect(normaliseEdited(sophia.timeline, editableChanges(sophia.timeline))).toBeUndefined();
    expect(normaliseEdited(sophia.timeline, [])).toEqual([]);
  });

  it('accepts only changes the explorer can hold', () => {
    expect(isValidChange(change(), LEVER_BY_KEY)).toBe(true);
    expect(isValidChange(change({ lever: '__proto__' as LeverKey }), LEVER_BY_KEY)).toBe(false);
    expect(isValidChange(change({ value: 1.5 }), LEVER_BY_KEY)).toBe(false);
    expect(isValidChange(change({ fromMonth: 0 }), LEVER_BY_KEY)).toBe(false); // month 1 is the sliders'
    expect(isValidChange(change({ toMonth: 30 }), LEVER_BY_KEY)).toBe(false);
    expect(isValidChange(change({ fromMonth: 2.5 }), LEVER_BY_KEY)).toBe(false);
    expect(isValidChange(change({ note: 'a\u0000b' }), LEVER_BY_KEY)).toBe(false);
  });
});

describe('a change as typed', () => {
  const draft = (over: Partial<ChangeDraft> = {}): ChangeDraft => ({ lever: 'enforcement.intensity', value: '0.9', from: '31', until: '60', note: ' Surge ', route: '', ...over });

  it('turns months counted from 1 into the model’s months', () => {
    expect(validateDraft(draft(), limits)).toEqual({ ok: true, change: change() });
    expect(validateDraft(draft({ until: '', note: '' }), limits)).toEqual({ ok: true, change: { lever: 'enforcement.intensity', value: 0.9, fromMonth: 30 } });
    expect(validateDraft(draft({ value: '0,25' }), limits)).toMatchObject({ ok: true, change: { value: 0.25 } });
  });

  it('dates a change aimed at one route, and names the route a lever cannot be aimed at', () => {
    expect(validateDraft(draft({ lever: 'enforcement.pullbacks', value: '0.8', route: 'shortSea' }), limits)).toMatchObject({ ok: true, change: { lever: 'enforcement.pullbacks', route: 'shortSea', fromMonth: 30 } });
    const air = validateDraft(draft({ lever: 'enforcement.pullbacks', value: '0.8', route: 'air' }), limits);
    expect(air.ok).toBe(false);
    if (!air.ok) expect(air.problems.route).toMatch(/air.*shortSea/);
    const origin = validateDraft(draft({ lever: 'insecurity.level', value: '0.5', route: 'shortSea' }), limits);
    expect(origin.ok).toBe(false);
    expect(draftOf({ lever: 'enforcement.pullbacks', value: 0.8, fromMonth: 30, route: 'desertSea' }, LEVER_BY_KEY).route).toBe('desertSea');
  });

  it('round-trips through the editor’s text', () => {
    for (const c of sophia.timeline) expect(validateDraft(draftOf(c, LEVER_BY_KEY), limits)).toEqual({ ok: true, change: c });
  });

  it('names the field, the value given and what is allowed', () => {
    const res = validateDraft(draft({ value: '7', from: '1', until: '500', lever: 'enforcement.intensity' }), limits);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems.value).toBe('Value: got “7”; Enforcement intensity takes a number from 0 to 1.');
    expect(res.problems.from).toMatch(/^From month: got “1”; a change starts in a whole month from 2 to 120/);
    expect(res.problems.until).toBe('Until month: got “500”; leave it empty for “to the end of the run”, or give a whole month from 2 to 120.');
    const later = validateDraft(draft({ from: '40', until: '39' }), limits);
    expect(later.ok ? '' : later.problems.until).toMatch(/got “39”.*from 40 to 120/);
    const bad = validateDraft(draft({ lever: 'nope', from: 'soon', note: 'x'.repeat(300) }), limits);
    expect(bad.ok ? {} : bad.problems).toMatchObject({ lever: expect.stringMatching(/^Lever: got “nope”/), from: expect.stringMatching(/^From month: got “soon”/), note: 'Note: got 300 characters; a note has at most 200.' });
  });
});

describe('timeline actions', () => {
  const own = editableChanges(sophia.timeline);

  it('adds, moves and removes changes, and forgets a list back to the scenario’s own', () => {
    const added = reduce(start, { type: 'addChange', change: change() });
    expect(added.timeline).toEqual([...own, change()]);
    const moved = reduce(added, { type: 'updateChange', index: own.length, change: change({ fromMonth: 40, toMonth: undefined }) });
    expect(moved.timeline?.[own.length]).toEqual({ lever: 'enforcement.intensity', value: 0.9, fromMonth: 40, note: 'Surge' });
    expect(reduce(moved, { type: 'removeChange', index: own.length }).timeline).toBeUndefined();
    expect(reduce(start, { type: 'removeChange', index: 0 }).timeline).toEqual(own.slice(1));
    expect(reduce(added, { type: 'resetTimeline' })).toEqual(start);
  });

  it('ignores invalid edits and indices out of range', () => {
    expect(reduce(start, { type: 'addChange', change: change({ value: 2 }) })).toBe(start);
    expect(reduce(start, { type: 'updateChange', index: 99, change: change() })).toBe(start);
    expect(reduce(start, { type: 'removeChange', index: -1 })).toBe(start);
    let full = start;
    for (let i = 0; i < MAX_TIMELINE_CHANGES + 5; i++) full = reduce(full, { type: 'addChange', change: change({ fromMonth: 1 + i, toMonth: undefined, note: undefined }) });
    expect(full.timeline).toHaveLength(MAX_TIMELINE_CHANGES);
  });

  it('starts another scenario with its own timeline', () => {
    const edited = reduce(start, { type: 'addChange', change: change() });
    expect(reduce(edited, { type: 'setScenario', scenarioId: 'baseline' }).timeline).toBeUndefined();
  });
});

describe('the run input with an edited timeline', () => {
  it('runs the user’s list; the baseline keeps the scenario’s own', () => {
    const edited = reduce(start, { type: 'addChange', change: change() });
    expect(buildRunInput(sophia, edited).timeline).toEqual([...sophia.timeline, change()]);
    expect(buildBaselineInput(sophia, edited).timeline).toEqual(sophia.timeline);
  });

  it('drops a moved lever’s changes for the whole run, and gets them back on Reset', () => {
    const edited = reduce(start, { type: 'addChange', change: change() });
    const moved = reduce(edited, { type: 'setLever', key: 'enforcement.intensity', value: 0.1 });
    expect(buildRunInput(sophia, moved).timeline?.some((c) => c.lever === 'enforcement.intensity')).toBe(false);
    expect(moved.timeline).toEqual(edited.timeline); // kept, only set aside
    expect(buildRunInput(sophia, reduce(moved, { type: 'resetLever', key: 'enforcement.intensity' }))).toEqual(buildRunInput(sophia, edited));
  });
});
