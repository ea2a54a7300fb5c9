/**
 * The compare setup survives the autosave and the link exactly, and hostile or corrupt input
 * (anything at all in the autosave, any string in the link) never throws and always gives a
 * well-formed setup, with notices that name what was wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, LEVER_KEYS, OUTPUT_KEYS } from '../../../models/index';
import { BUILT_IN_SCENARIOS, findScenario, usableWeights, WEIGHT_PRESETS, WEIGHT_TERMS, termWeight } from '../../../scenarios/index';
import { noticeText } from '../../shared/settings/url';
import { decodeStoredSetup } from './setup-decode';
import { decodeLink, encodeLink, hashQuery } from './setup-link';
import { cannotAdd, compareReducer } from './setup-reducer';
import { COMPARE_LIMITS, defaultSetup, MAX_MIXES, type CompareSetup, type MixSpec } from './setup';

const IDS = BUILT_IN_SCENARIOS.map((s) => s.id);
const baseline = findScenario('baseline')!;
const fileScenario = { ...baseline, id: 'my-class-mix', title: 'Our class mix', kind: 'user' as const, levers: { 'enforcement.intensity': 0.95 } };

function wellFormed(setup: CompareSetup): void {
  expect(setup.mixes.length).toBeLessThanOrEqual(MAX_MIXES);
  expect(new Set(setup.mixes.map((m) => m.id)).size).toBe(setup.mixes.length);
  expect(new Set(setup.mixes.map((m) => m.slot)).size).toBe(setup.mixes.length);
  for (const m of setup.mixes) {
    expect(m.slot >= 0 && m.slot < MAX_MIXES).toBe(true);
    if (m.spec.kind !== 'file') expect(IDS).toContain(m.spec.scenarioId);
  }
  expect(setup.seeds >= COMPARE_LIMITS.seeds.min && setup.seeds <= COMPARE_LIMITS.seeds.max).toBe(true);
  expect(setup.agents >= COMPARE_LIMITS.agents.min && setup.agents <= COMPARE_LIMITS.agents.max).toBe(true);
  expect(OUTPUT_KEYS).toContain(setup.output);
  expect(OUTPUT_KEYS).toContain(setup.sensitivity.sweep.output);
  expect(LEVER_KEYS).toContain(setup.sensitivity.grid.xLever);
  expect(Object.getPrototypeOf(setup)).toBe(Object.prototype);
  if (setup.weights) {
    expect(usableWeights(setup.weights)).toBe(true);
    for (const term of WEIGHT_TERMS) expect(termWeight(setup.weights, term) >= 0 && termWeight(setup.weights, term) <= 1).toBe(true);
  }
}

const rich: CompareSetup = (() => {
  let s = defaultSetup();
  const add = (spec: MixSpec) => (s = compareReducer(s, { type: 'addMix', spec }));
  add({ kind: 'explorer', scenarioId: 'baseline', overrides: { 'enforcement.intensity': 0.8, 'protection.safeguards': 0.9 } });
  add({ kind: 'file', scenario: fileScenario });
  s = compareReducer(s, { type: 'removeMix', id: 'm1' });
  s = compareReducer(s, { type: 'setReference', id: 'm3' });
  s = compareReducer(s, { type: 'setRunSize', size: { seeds: 7, firstSeed: 40, agents: 30_000, months: 60 } });
  s = compareReducer(s, { type: 'setOutput', output: 'deathsMissing' });
  // "People first", with the organised-crime reading of State security and one weight of its own.
  s = compareReducer(s, { type: 'setWeights', weights: { human: { ...WEIGHT_PRESETS.peopleFirst.human, abuse: 0.123456789 }, state: WEIGHT_PRESETS.organisedCrime.state } });
  return compareReducer(s, { type: 'setTab', tab: 'sensitivity' });
})();

describe('the compare setup', () => {
  it('round-trips exactly through the autosave (JSON) and through the link', () => {
    const stored = decodeStoredSetup(JSON.parse(JSON.stringify(rich)));
    expect(stored.notices).toEqual([]);
    expect(stored.setup).toEqual(rich);
    const link = decodeLink(encodeLink(rich), stored.setup);
    expect(link.notices).toEqual([]);
    expect(link.hasState).toBe(true);
    expect(link.setup).toEqual(rich);
    expect(encodeLink(rich)).toMatch(/^mix=human-security-mix&mix=explorer%3Abaseline%3Aenforcement\.intensity%3D0\.8%2Cprotection\.safeguards%3D0\.9&mix=file%3Amy-class-mix&ref=2&seeds=7/);
  });

  it('keeps its weights in the autosave and the link (index.TERM=W, only those not at the defaults), exactly', () => {
    expect(rich.weights?.human.abuse).toBe(0.123456789);
    const query = encodeLink(rich);
    expect(query).toContain('index.deaths=0.35');
    expect(query).toContain('index.abuse=0.123456789');
    expect(query).toContain('index.market=0.5');
    expect(query).not.toContain('index.stranded='); // 0.15 in "people first" and in the defaults
    // Another browser, whose autosave reads the indices with other weights: the link's win.
    const elsewhere = compareReducer(defaultSetup(), { type: 'setWeights', weights: WEIGHT_PRESETS.bordersFirst });
    expect(decodeLink(query, elsewhere).setup.weights).toEqual(rich.weights);
    // A link that carries a set-up but names no weight was made with the defaults: someone else's
    // link does not take this browser's autosaved weights. Only an address with no set-up keeps them.
    expect(decodeLink('seeds=9', elsewhere).setup.weights).toBeUndefined();
    expect(decodeLink(encodeLink(defaultSetup()), elsewhere).setup.weights).toBeUndefined();
    expect(decodeLink('mix=baseline&mix=human-security-mix&ref=1', elsewhere).setup.weights).toBeUndefined();
    expect(decodeLink('', elsewhere).setup.weights).toEqual(WEIGHT_PRESETS.bordersFirst);
    expect(decodeLink('add=explorer', elsewhere).setup.weights).toEqual(WEIGHT_PRESETS.bordersFirst);
    // Back at the defaults, the setup holds none.
    expect(compareReducer(rich, { type: 'setWeights', weights: DEFAULT_WEIGHTS }).weights).toBeUndefined();
    expect(encodeLink(compareReducer(rich, { type: 'setWeights', weights: DEFAULT_WEIGHTS }))).not.toContain('index.');
    // An index with no positive weight is refused.
    expect(compareReducer(rich, { type: 'setWeights', weights: { ...DEFAULT_WEIGHTS, state: { entries: 0, uncontrolled: 0, arrivals: 0, market: 0, operators: 0 } } })).toBe(rich);
  });

  it('loads a comparison saved before set-ups had weights with the defaults, and explains bad weights naming the field, the value and the range', () => {
    const { weights: _w, ...old } = JSON.parse(JSON.stringify(rich));
    const res = decodeStoredSetup(old);
    expect(res.notices).toEqual([]);
    expect(res.setup.weights).toBeUndefined();
    const bad = decodeStoredSetup({ ...old, weights: { human: { deaths: 2, abuse: 0.5, fairness: 1 }, state: { entries: 0, uncontrolled: 0, arrivals: 0, market: 0, operators: 0 } } });
    const text = bad.notices.map(noticeText).join('\n');
    expect(text).toContain('weights.human.deaths = “2”: the weight of');
    expect(text).toMatch(/must be a number from 0 to 1/);
    expect(text).toContain('“fairness”');
    expect(text).toMatch(/weights\.state = “0”: every term of .* has weight 0/);
    expect(bad.setup.weights).toEqual({ human: { ...DEFAULT_WEIGHTS.human, abuse: 0.5 }, state: DEFAULT_WEIGHTS.state });
    expect(decodeStoredSetup({ ...old, weights: 'heavy' }).notices.map(noticeText).join('')).toMatch(/^weights = “heavy”: not weights for the two indices/);
    const link = decodeLink('index.deaths=7&index.abuse=0.3', defaultSetup());
    expect(link.notices.map(noticeText).join('\n')).toMatch(/index\.deaths = “7”: the weight of .* must be a number from 0 to 1; using 0.25 instead/);
    expect(link.setup.weights).toEqual({ human: { ...DEFAULT_WEIGHTS.human, abuse: 0.3 }, state: DEFAULT_WEIGHTS.state });
  });

  it('reads a link from another browser: built-in and explorer mixes come through, an imported file is explained', () => {
    const link = decodeLink(`?${encodeLink(rich)}`, defaultSetup());
    expect(link.setup.mixes.map((m) => m.spec.kind)).toEqual(['preset', 'explorer']);
    expect(noticeText(link.notices[0])).toMatch(/^mix = “file:my-class-mix”: imported scenario files travel in this browser’s autosave/);
    expect(link.setup.seeds).toBe(7);
  });

  it('explains bad link values and keeps the rest', () => {
    const link = decodeLink('mix=baseline&mix=atlantis&mix=explorer:baseline:enforcement.intensity=7&seeds=3&agents=20000&output=nope&ref=9&add=everything&__proto__=1', defaultSetup());
    expect(link.setup.mixes.map((m) => m.spec)).toEqual([{ kind: 'preset', scenarioId: 'baseline' }]);
    expect(link.setup.agents).toBe(20_000);
    expect(link.setup.seeds).toBe(defaultSetup().seeds);
    const text = link.notices.map(noticeText).join('\n');
    expect(text).toContain('mix = “atlantis”: there is no built-in scenario “atlantis”');
    expect(text).toContain('Enforcement intensity runs from 0 to 1');
    expect(text).toContain('seeds = “3”: the number of seeds must be a whole number from 5 to 100');
    expect(text).toContain('output = “nope”');
    expect(link.addExplorer).toBe(false);
    expect(hashQuery('#/compare?seeds=5')).toBe('seeds=5');
    expect(decodeLink('add=explorer', defaultSetup())).toMatchObject({ hasState: false, addExplorer: true });
  });

  it('explains a corrupt autosave and uses its valid parts', () => {
    const bad = { ...JSON.parse(JSON.stringify(rich)), seeds: 1e9, output: { evil: true }, mixes: [{ spec: { kind: 'file', scenario: { formatVersion: 1, id: 'x', title: 'X', levers: { 'enforcement.intensity': 7 } } } }, { id: 'm1', slot: 0, spec: { kind: 'preset', scenarioId: 'baseline' } }, 'junk'] };
    const res = decodeStoredSetup(bad);
    expect(res.setup.mixes).toEqual([{ id: 'm1', slot: 0, spec: { kind: 'preset', scenarioId: 'baseline' } }]);
    expect(res.setup.seeds).toBe(defaultSetup().seeds);
    expect(res.setup.agents).toBe(30_000);
    expect(res.notices.map(noticeText).join('\n')).toMatch(/mixes\.1 = .*levers\.enforcement\.intensity/);
    expect(decodeStoredSetup(null).setup).toEqual(defaultSetup());
  });

  it('refuses a seventh mix and the same mix twice, and forgets a removed reference', () => {
    let s = defaultSetup();
    expect(cannotAdd(s, { kind: 'preset', scenarioId: 'baseline' }, 'Baseline')).toMatch(/runs exactly like mix 1/);
    // Explorer settings with nothing changed run exactly like the scenario itself.
    expect(cannotAdd(s, { kind: 'explorer', scenarioId: 'baseline', overrides: {} }, 'Mine')).toMatch(/mix 1/);
    for (const id of IDS.slice(2)) s = compareReducer(s, { type: 'addMix', spec: { kind: 'preset', scenarioId: id } });
    expect(s.mixes).toHaveLength(MAX_MIXES);
    expect(new Set(s.mixes.map((m) => m.slot)).size).toBe(MAX_MIXES);
    expect(cannotAdd(s, { kind: 'preset', scenarioId: IDS[IDS.length - 1] }, 'x')).toMatch(/At most 6/);
    s = compareReducer(s, { type: 'setReference', id: 'm3' });
    s = compareReducer(s, { type: 'removeMix', id: 'm3' });
    expect(s.referenceId).toBeNull();
    expect(compareReducer(s, { type: 'setRunSize', size: { seeds: 4, firstSeed: 1, agents: 1000, months: 12 } })).toBe(s);
  });
});

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'mix', 'ref', 'seeds', 'seed', 'agents', 'months', 'output', 'tab', 'add', 'index.deaths', 'index.market', 'index.__proto__', 'index.'];

describe('decoding hostile input: properties', () => {
  it('turns anything in the autosave into a well-formed setup without throwing', () => {
    const anything = fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true, withBoxedValues: true });
    const shaped = fc.record({
      mixes: fc.array(fc.oneof(anything, fc.record({ id: fc.string(), slot: fc.integer(), spec: fc.record({ kind: fc.constantFrom('preset', 'explorer', 'file', '__proto__'), scenarioId: fc.constantFrom(...IDS, '__proto__', ''), overrides: fc.dictionary(fc.constantFrom(...LEVER_KEYS, '__proto__'), fc.oneof(fc.double(), fc.string())) }) })), { maxLength: 9 }),
      seeds: fc.oneof(fc.integer(), fc.double(), fc.string()),
      output: fc.oneof(fc.constantFrom(...OUTPUT_KEYS), fc.string()),
      sensitivity: anything,
      referenceId: anything,
      weights: fc.oneof(anything, fc.record({ human: fc.dictionary(fc.constantFrom(...WEIGHT_TERMS, '__proto__'), fc.oneof(fc.double(), fc.string())), state: fc.oneof(anything, fc.dictionary(fc.constantFrom(...WEIGHT_TERMS), fc.double({ min: -1, max: 2 }))) })),
    });
    fc.assert(
      fc.property(fc.oneof(anything, shaped), (raw) => {
        const res = decodeStoredSetup(raw);
        wellFormed(res.setup);
        for (const n of res.notices) expect(typeof noticeText(n)).toBe('string');
      }),
      { numRuns: 600 },
    );
  });

  it('turns any link query into a well-formed setup without throwing', () => {
    const key = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }));
    const value = fc.oneof(fc.constantFrom(...IDS, 'explorer:baseline:enforcement.intensity=0.3', 'explorer::', 'file:', '%', '1e309', '-1', 'NaN'), fc.string({ maxLength: 40 }), fc.integer().map(String));
    const query = fc.array(fc.tuple(key, value), { maxLength: 20 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 })), fc.nat(), (q, cut) => {
        for (const text of [q, q.slice(0, cut % (q.length + 1))]) {
          const res = decodeLink(text, rich);
          wellFormed(res.setup);
          expect(res.notices.length).toBeLessThanOrEqual(8);
          // What it decodes, encoded again, decodes to the same setup with nothing to report.
          const again = decodeLink(encodeLink(res.setup), res.setup);
          expect(again.setup).toEqual(res.setup);
          expect(again.notices).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
