/** What each action does to the settings, and where the explorer starts. */
import { describe, expect, it } from 'vitest';
import { makeSettingsContext } from '../../../shared/settings/context';
import { explorerReducer } from './explorer-reducer';
import { initialSettings } from '../../../shared/settings/initial-settings';
import { defaultSettings } from '../../../shared/settings/settings';
import { encodeSettings } from '../../../shared/settings/url';

const ctx = makeSettingsContext();
const reduce = explorerReducer(ctx);
const start = defaultSettings(ctx);
const startValue = (key: string) => ctx.scenarios.find((s) => s.id === start.scenarioId)!.startLevers[key];

describe('explorerReducer', () => {
  it('records a moved lever, snapped to its step, and forgets it when it is back at the scenario’s value', () => {
    const moved = reduce(start, { type: 'setLever', key: 'enforcement.intensity', value: 0.8049 });
    expect(moved.overrides).toEqual({ 'enforcement.intensity': 0.8 });
    expect(start.overrides).toEqual({}); // immutable
    const back = reduce(moved, { type: 'setLever', key: 'enforcement.intensity', value: startValue('enforcement.intensity') });
    expect(back.overrides).toEqual({});
  });

  it('ignores unknown levers and non-numbers', () => {
    expect(reduce(start, { type: 'setLever', key: '__proto__', value: 1 })).toBe(start);
    expect(reduce(start, { type: 'setLever', key: 'enforcement.intensity', value: NaN })).toBe(start);
  });

  it('resets one lever or all of them', () => {
    let s = reduce(start, { type: 'setLever', key: 'enforcement.intensity', value: 0.9 });
    s = reduce(s, { type: 'setLever', key: 'protection.safeguards', value: 0.9 });
    expect(Object.keys(reduce(s, { type: 'resetLever', key: 'protection.safeguards' }).overrides)).toEqual(['enforcement.intensity']);
    expect(reduce(s, { type: 'resetLevers' }).overrides).toEqual({});
  });

  it('starts another scenario as loaded, keeping the seed and the number of agents', () => {
    const other = ctx.scenarios[ctx.scenarios.length - 1];
    let s = reduce(start, { type: 'setRunSize', seed: 9, agents: 5_000, months: 36 });
    s = reduce(s, { type: 'setLever', key: 'enforcement.intensity', value: 0.9 });
    s = reduce(s, { type: 'setScenario', scenarioId: other.id });
    expect(s).toEqual({ scenarioId: other.id, overrides: {}, seed: 9, agents: 5_000, months: other.months });
  });

  it('sets the seeds of the headline with the run size, keeps them across scenarios, and forgets the default', () => {
    const other = ctx.scenarios[ctx.scenarios.length - 1];
    const off = reduce(start, { type: 'setRunSize', seed: 2, agents: 5_000, months: 36, spreadSeeds: 1 });
    expect(off).toEqual({ ...start, seed: 2, agents: 5_000, months: 36, spreadSeeds: 1 });
    expect(reduce(off, { type: 'setScenario', scenarioId: other.id }).spreadSeeds).toBe(1);
    // Without a number of seeds the choice stays; a number off the list changes nothing.
    expect(reduce(off, { type: 'setRunSize', seed: 3, agents: 5_000, months: 36 }).spreadSeeds).toBe(1);
    expect(reduce(off, { type: 'setRunSize', seed: 2, agents: 5_000, months: 36, spreadSeeds: 7 as never }).spreadSeeds).toBe(1);
    expect(reduce(off, { type: 'setRunSize', seed: 2, agents: 5_000, months: 36, spreadSeeds: 10 })).toEqual({ ...start, seed: 2, agents: 5_000, months: 36 });
  });
});

describe('initialSettings', () => {
  const saved = encodeSettings({ ...start, seed: 42 }, ctx);

  it('prefers a link that names settings over the autosave', () => {
    const res = initialSettings('?seed=5', saved, ctx);
    expect(res).toMatchObject({ source: 'link', settings: { seed: 5 } });
  });

  it('restores the autosave when the link has no settings', () => {
    expect(initialSettings('', saved, ctx)).toMatchObject({ source: 'autosave', settings: { seed: 42 }, notices: [] });
    expect(initialSettings('?utm_source=mail', saved, ctx)).toMatchObject({ source: 'autosave', notices: [{ field: 'utm_source' }] });
  });

  it('uses a corrupted link’s valid parts rather than the autosave, and defaults without either', () => {
    expect(initialSettings('?seed=banana', saved, ctx)).toMatchObject({ source: 'link', settings: { seed: ctx.defaultSeed }, notices: [{ field: 'seed' }] });
    expect(initialSettings('', null, ctx)).toEqual({ source: 'default', settings: start, notices: [] });
    expect(initialSettings('', '%%%garbage', ctx).source).toBe('default');
  });
});
