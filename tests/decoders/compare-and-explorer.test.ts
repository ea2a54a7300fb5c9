/**
 * Hostile inputs: the Compare view's autosave and link, and the explorer's link (its autosave is
 * the same text). 20,000 hostile inputs each — a saved comparison holding every kind of mix made
 * hostile, links with hostile values, `__proto__` keys, a parameter repeated 10,000 times, cut
 * short — never throw, give a well-formed setup or settings, and at most a handful of notice
 * lines ("…and N more"). No call takes over 50 ms. The reported case: the `length` object in the
 * Compare autosave, which made the view fail on every reload.
 */
import { describe, expect, it } from 'vitest';
import { LEVER_KEYS, OUTPUT_KEYS } from '../../models/index';
import { BUILT_IN_SCENARIOS, parseScenario } from '../../scenarios/index';
import { decodeSavedComparison, decodeStoredSetup } from '../../src/features/compare/setup-decode';
import { decodeLink, encodeLink, LINK_KEYS } from '../../src/features/compare/setup-link';
import { compareReducer } from '../../src/features/compare/setup-reducer';
import { COMPARE_LIMITS, defaultSetup, MAX_MIXES, type CompareSetup, type MixSpec } from '../../src/features/compare/setup';
import { makeSettingsContext } from '../../src/shared/settings/context';
import { RUN_LIMITS, type ExplorerSettings } from '../../src/shared/settings/settings';
import { decodeSettings, encodeSettings, MAX_NOTICES, QUERY_KEYS } from '../../src/shared/settings/url';
import { checkDecoder, must } from './check-decoder';
import { compactScenario } from './fixtures';
import { bigArray, LENGTH_OBJECT, mutated, mutatedQuery, PROPERTY_TIMEOUT_MS } from './hostile';

const IDS = BUILT_IN_SCENARIOS.map((s) => s.id);

function wellFormedSetup(setup: CompareSetup): void {
  must(setup.mixes.length <= MAX_MIXES, 'too many mixes');
  must(new Set(setup.mixes.map((m) => m.id)).size === setup.mixes.length, 'two mixes share an id');
  for (const m of setup.mixes) must(m.spec.kind === 'file' || IDS.includes(m.spec.scenarioId), 'a mix of an unknown scenario');
  must(setup.seeds >= COMPARE_LIMITS.seeds.min && setup.seeds <= COMPARE_LIMITS.seeds.max, 'seeds out of range');
  must(setup.agents >= COMPARE_LIMITS.agents.min && setup.agents <= COMPARE_LIMITS.agents.max, 'agents out of range');
  must((OUTPUT_KEYS as readonly string[]).includes(setup.output), 'an unknown output');
  must((LEVER_KEYS as readonly string[]).includes(setup.sensitivity.sweep.lever), 'an unknown lever in the sweep');
}

const rich: CompareSetup = (() => {
  let s = defaultSetup();
  const add = (spec: MixSpec) => (s = compareReducer(s, { type: 'addMix', spec }));
  add({ kind: 'explorer', scenarioId: 'baseline', overrides: { 'enforcement.intensity': 0.8 }, timeline: [{ lever: 'searchAndRescue.capacity', value: 0.6, fromMonth: 12 }] });
  add({ kind: 'file', scenario: parseScenario({ ...compactScenario(), id: 'my-file', kind: 'user' }) });
  return compareReducer(s, { type: 'setReference', id: 'm3' });
})();
const saved = JSON.parse(JSON.stringify({ ...rich, link: encodeLink(rich) }));

describe('the Compare autosave under hostile input', () => {
  it('the length object, where the view used to fail on every reload, is a notice', () => {
    for (const field of ['referenceId', 'mixes', 'seeds', 'sensitivity', 'output']) {
      const text = JSON.stringify({ ...saved, [field]: '\u0000' }).replace('"\\u0000"', LENGTH_OBJECT);
      const out = decodeSavedComparison(text);
      expect(out.read).toBe('partial');
      expect(out.notices.some((n) => n.field.startsWith(field))).toBe(true);
      wellFormedSetup(out.setup);
    }
  });

  it('50,000 junk mixes make a handful of notice lines, the last one counting the rest', () => {
    const out = decodeSavedComparison(JSON.stringify({ ...saved, mixes: '\u0000' }).replace('"\\u0000"', bigArray(50_000, LENGTH_OBJECT)));
    expect(out.notices.length).toBeLessThanOrEqual(MAX_NOTICES);
    expect(out.notices[out.notices.length - 1].problem).toMatch(/^\d+ more settings had problems/);
    expect(out.setup.mixes).toEqual([]);
    expect(decodeStoredSetup({ mixes: Array(50_000).fill('junk') }).notices.length).toBeLessThanOrEqual(MAX_NOTICES);
  });

  it('20,000 hostile autosaves: a well-formed setup, a few notices, never a throw, each within 50 ms', () => {
    checkDecoder({
      name: 'compare autosave',
      inputs: mutated(saved, { elements: [JSON.stringify(saved.mixes[1]), JSON.stringify(saved.mixes[2])] }),
      call: decodeSavedComparison,
      check: (out) => {
        wellFormedSetup(out.setup);
        must(out.notices.length <= MAX_NOTICES, 'too many notices');
        must((out.read === 'clean') === (out.notices.length === 0), 'read "clean" with notices, or the reverse');
      },
    });
  }, PROPERTY_TIMEOUT_MS);
});

describe('the Compare link under hostile input', () => {
  const pairs = [...new URLSearchParams(encodeLink(rich))].map(([k, v]) => [k, v] as const);
  it('20,000 hostile links: a well-formed setup, a few notices, never a throw, each within 50 ms', () => {
    checkDecoder({
      name: 'compare link',
      inputs: mutatedQuery(pairs, LINK_KEYS),
      call: (query: string) => decodeLink(query, rich),
      check: (out) => {
        wellFormedSetup(out.setup);
        must(out.notices.length <= MAX_NOTICES, 'too many notices');
      },
    });
  }, PROPERTY_TIMEOUT_MS);
});

describe('the explorer link (and autosave) under hostile input', () => {
  const ctx = makeSettingsContext();
  const settings: ExplorerSettings = {
    scenarioId: 'operation-sophia',
    overrides: { 'enforcement.intensity': 0.8, 'searchAndRescue.capacity': 0.3 },
    timeline: [{ lever: 'cooperation.regional', value: 0.6, fromMonth: 24, toMonth: 60, note: 'Phase 2' }],
    seed: 7,
    agents: 50_000,
    months: 96,
  };
  const pairs = [...new URLSearchParams(encodeSettings(settings, ctx))].map(([k, v]) => [k, v] as const);
  it('20,000 hostile links: settings within the model’s ranges, a few notices, never a throw, each within 50 ms', () => {
    checkDecoder({
      name: 'explorer link',
      inputs: mutatedQuery(pairs, [...Object.values(QUERY_KEYS), ...LEVER_KEYS]),
      call: (query: string) => decodeSettings(query, ctx),
      check: (out) => {
        must(IDS.includes(out.settings.scenarioId), 'an unknown scenario');
        must(out.settings.seed >= RUN_LIMITS.seed.min && out.settings.seed <= RUN_LIMITS.seed.max, 'seed out of range');
        must(out.settings.agents >= RUN_LIMITS.agents.min && out.settings.agents <= RUN_LIMITS.agents.max, 'agents out of range');
        for (const k of Object.keys(out.settings.overrides)) must((LEVER_KEYS as readonly string[]).includes(k), 'an unknown lever');
        must(out.notices.length <= MAX_NOTICES, 'too many notices');
      },
    });
  }, PROPERTY_TIMEOUT_MS);
});
