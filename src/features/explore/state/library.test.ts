/**
 * The user's imported scenarios: kept newest last up to a limit, read back from storage only
 * after validation, and importing one starts it in one step (the settings may then name it, and
 * a link to it decodes in this browser).
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, parseScenario } from '../../../../scenarios/index';
import { explorerStateReducer, scenarioSet } from './explorer-state';
import { addToLibrary, MAX_LIBRARY, parseLibrary } from '../../../shared/settings/library';
import { defaultSettings } from '../../../shared/settings/settings';
import { decodeSettings, encodeSettings } from '../../../shared/settings/url';

const BUILT_IN_IDS = new Set(BUILT_IN_SCENARIOS.map((s) => s.id));
const make = (id: string, extra: Record<string, unknown> = {}) => parseScenario({ formatVersion: 1, id, title: `Scenario ${id}`, ...extra });

describe('the library of imported scenarios', () => {
  it('replaces a scenario with the same id and keeps the newest', () => {
    let lib = addToLibrary([], make('a'));
    lib = addToLibrary(lib, make('b'));
    lib = addToLibrary(lib, make('a', { title: 'A again' }));
    expect(lib.map((s) => [s.id, s.title])).toEqual([['b', 'Scenario b'], ['a', 'A again']]);
    for (let i = 0; i < MAX_LIBRARY + 3; i++) lib = addToLibrary(lib, make(`s${i}`));
    expect(lib).toHaveLength(MAX_LIBRARY);
    expect(lib[lib.length - 1].id).toBe(`s${MAX_LIBRARY + 2}`);
  });

  it('reads back only what still validates, and never a built-in id', () => {
    const saved = JSON.stringify([make('ok'), { formatVersion: 1, id: 'bad', title: 'Bad', levers: { 'enforcement.intensity': 9 } }, make('baseline'), 'junk', null]);
    expect(parseLibrary(saved, BUILT_IN_IDS).map((s) => s.id)).toEqual(['ok']);
    for (const junk of [null, '', '{', '{}', '"x"', '[[[]]]', '{"__proto__": {"polluted": 1}}']) expect(parseLibrary(junk, BUILT_IN_IDS)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importing into the explorer’s state', () => {
  const setOf = scenarioSet();
  const reduce = explorerStateReducer(setOf);
  const base = { settings: { ...defaultSettings(setOf([]).context), seed: 7 }, library: [] };
  const mine = make('my-surge', { levers: { 'enforcement.intensity': 0.8 }, months: 60 });

  it('adds the scenario and starts it as loaded, keeping the seed', () => {
    const next = reduce(base, { type: 'importScenario', scenario: mine });
    expect(next.library).toEqual([mine]);
    expect(next.settings).toMatchObject({ scenarioId: 'my-surge', overrides: {}, seed: 7, months: 60 });
    expect(setOf(next.library).all.map((s) => s.id)).toContain('my-surge');
    // A link naming it decodes where the library knows it.
    const query = encodeSettings(next.settings, setOf(next.library).context);
    expect(decodeSettings(query, setOf(next.library).context)).toMatchObject({ settings: next.settings, notices: [] });
    expect(decodeSettings(query, setOf([]).context).notices[0]).toMatchObject({ field: 'scenario', value: 'my-surge' });
  });

  it('applies settings actions against the imported scenario', () => {
    const next = reduce(reduce(base, { type: 'importScenario', scenario: mine }), { type: 'setLever', key: 'enforcement.intensity', value: 0.8 });
    expect(next.settings.overrides).toEqual({}); // 0.8 is the imported scenario's own value
    expect(reduce(next, { type: 'resetLevers' })).toEqual(next);
  });
});
