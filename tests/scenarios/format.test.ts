/**
 * Scenario files from outside: clear errors naming the field, the value and the rule; and
 * robustness against thousands of malformed and hostile inputs (fast-check): always a typed
 * ScenarioError, never another exception, never prototype pollution.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTPUT_KEYS } from '../../models/index';
import { BUILT_IN_SCENARIOS, parseScenario, parseScenarioText, ScenarioError, scenarioRoutes, scenarioToRunInput } from '../../scenarios/index';

const minimal = { formatVersion: 2, id: 'my-mix', title: 'My mix' };

function errorOf(data: unknown): string {
  try {
    parseScenario(data);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
  throw new Error('expected a ScenarioError');
}

describe('scenario format', () => {
  it('accepts every built-in scenario and a minimal user file', () => {
    expect(BUILT_IN_SCENARIOS.length).toBeGreaterThanOrEqual(13);
    expect(new Set(BUILT_IN_SCENARIOS.map((s) => s.id)).size).toBe(BUILT_IN_SCENARIOS.length);
    const s = parseScenario(minimal);
    expect(s.kind).toBe('user');
    expect(s.timeline).toEqual([]);
  });

  it('names the field, the value and what is allowed', () => {
    expect(errorOf({ ...minimal, levers: { 'enforcement.intensity': 7 } })).toMatch(/^levers\.enforcement\.intensity: got 7; must be at most 1$/);
    expect(errorOf({ ...minimal, levers: { 'enforcement.intensty': 0.5 } })).toMatch(/unknown lever "enforcement\.intensty"; allowed: .*enforcement\.intensity/);
    expect(errorOf({ ...minimal, formatVersion: 3 })).toMatch(/^formatVersion: got 3; must be 1 or 2/);
    expect(errorOf({ ...minimal, timeline: [{ lever: 'searchAndRescue.capacity', value: 0.5, fromMonth: 30, toMonth: 10 }] })).toMatch(/^timeline\.0\.toMonth: got 10; toMonth must be greater than fromMonth/);
    expect(errorOf({ ...minimal, surprise: 1 })).toMatch(/unknown field/);
    expect(errorOf({ ...minimal, routes: { shortSea: { enabled: false }, desertSea: { enabled: false }, air: { enabled: false } } })).toMatch(/at least one route/);
    expect(() => parseScenarioText('{"formatVersion": 2,')).toThrow(/not valid JSON/);
  });

  it('says an unknown output once, with every output allowed, and a long value adds no more than a short one would', () => {
    const claim = { text: 'x', output: '𝄞'.repeat(1_000), window: [0, 12], direction: 'higher' };
    const message = errorOf({ ...minimal, claims: [claim] });
    expect(message).toMatch(/^claims\.0\.output: unknown output "𝄞+…?"; allowed: smugglingDemand, .*stateSecurityIndex/u);
    expect(message.match(/𝄞+/gu)).toHaveLength(1);
    // The list of outputs grows with the model (56 outputs at 2.6.0, 887 characters); the
    // value is cut to SHOWN_VALUE_CHARS, so the rest of the message stays short whatever it is.
    // (Lengths in UTF-16 units: the 40 characters of 𝄞 shown are 80 of them.)
    expect(message.length - OUTPUT_KEYS.join(', ').length).toBeLessThanOrEqual(160);
  });

  it('says what is allowed in plain words, and where a file stops being JSON', () => {
    const { title: _title, ...untitled } = minimal as Record<string, unknown>;
    expect(errorOf(untitled)).toBe('title: got nothing; is required');
    expect(errorOf({ ...minimal, months: 'ten' })).toBe('months: got "ten"; must be a number');
    expect(errorOf({ ...minimal, months: 12.5 })).toBe('months: got 12.5; must be a whole number');
    expect(errorOf({ ...minimal, kind: 'story' })).toBe('kind: got "story"; must be one of "preset", "historical", "shock", "user"');
    expect(errorOf({ ...minimal, summary: 'x'.repeat(2001) })).toMatch(/^summary: got "x+\.\.\.; may have at most 2,000 characters$/);
    expect(errorOf({ ...minimal, levers: { 'enforcement.intensity': -1 } })).toBe('levers.enforcement.intensity: got -1; must be at least 0');
    // A trailing comma on line 4: the error names the line and column of the brace after it.
    const text = '{\n  "formatVersion": 2,\n  "id": "x",\n}';
    let caught: unknown;
    try {
      parseScenarioText(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    expect((caught as ScenarioError).at).toEqual({ line: 4, column: 1 });
    expect((caught as ScenarioError).message).toMatch(/^\(file\): not valid JSON \(.+\) at line 4, column 1$/);
    expect((caught as ScenarioError).message).not.toMatch(/position/);
  });

  it('aims enforcement and rescue levers at a route, and says why when it cannot', () => {
    const s = parseScenario({
      ...minimal,
      routeLevers: { shortSea: { 'enforcement.pullbacks': 0.8 } },
      timeline: [{ lever: 'searchAndRescue.capacity', value: 0.9, fromMonth: 12, route: 'desertSea' }],
    });
    const input = scenarioToRunInput(s);
    expect(input.routeLevers).toEqual({ shortSea: { 'enforcement.pullbacks': 0.8 } });
    expect(input.timeline?.[0].route).toBe('desertSea');
    const entry = { lever: 'enforcement.pullbacks', value: 0.5, fromMonth: 0 };
    expect(errorOf({ ...minimal, timeline: [{ ...entry, route: 'atlantis' }] })).toMatch(/^timeline\.0\.route: unknown route "atlantis"; allowed: shortSea, desertSea, air/);
    expect(errorOf({ ...minimal, timeline: [{ ...entry, route: 'air' }] })).toMatch(/^timeline\.0\.route: got "air"; enforcement\.pullbacks acts only at sea and air has no sea crossing; sea routes: shortSea, desertSea/);
    expect(errorOf({ ...minimal, timeline: [{ ...entry, lever: 'regularPathways.availability', route: 'air' }] })).toMatch(/regularPathways\.availability cannot be aimed at a route; levers that can: enforcement\.intensity/);
    expect(errorOf({ ...minimal, routeLevers: { air: { 'searchAndRescue.capacity': 0.5 } } })).toMatch(/^routeLevers\.air\.searchAndRescue\.capacity: got 0\.5; searchAndRescue\.capacity acts only at sea/);
    expect(errorOf({ ...minimal, routeLevers: { shortSea: { 'enforcement.pullbacks': 2 } } })).toMatch(/^routeLevers\.shortSea\.enforcement\.pullbacks: got 2/);
    expect(errorOf({ ...minimal, routes: { air: { enabled: false } }, timeline: [{ ...entry, lever: 'enforcement.prosecution', route: 'air' }] })).toMatch(/^timeline\.0\.route: got "air"; route air is switched off in this scenario/);
  });

  it('applies route changes and leaves disabled routes out', () => {
    const s = parseScenario({ ...minimal, routes: { air: { enabled: false }, desertSea: { runningCostUsd: 900 } } });
    const routes = scenarioRoutes(s);
    expect(routes.map((r) => r.id)).toEqual(['shortSea', 'desertSea']);
    expect(routes[1].runningCostUsd).toBe(900);
  });

  it('rejects thousands of malformed and hostile inputs with a ScenarioError only', () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'levers', 'timeline');
    const weird = fc.oneof(
      fc.anything({ maxDepth: 4 }),
      fc.double(),
      fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -0, 2 ** 53 + 1),
      fc.string({ maxLength: 5000 }),
      fc.dictionary(hostileKey, fc.anything({ maxDepth: 2 })),
    );
    const nearlyValid = fc.record({
      formatVersion: fc.oneof(fc.constant(1), weird),
      id: fc.oneof(fc.constant('x'), weird),
      title: fc.oneof(fc.constant('t'), weird),
      levers: fc.oneof(fc.dictionary(fc.oneof(hostileKey, fc.constant('enforcement.intensity'), fc.string()), weird), weird),
      timeline: fc.oneof(fc.array(fc.record({ lever: weird, value: weird, fromMonth: weird })), weird),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(weird, nearlyValid), (input) => {
        try {
          parseScenario(input);
        } catch (e) {
          if (!(e instanceof ScenarioError)) throw e;
          expect(e.message.length).toBeLessThan(2000);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('enforcement.intensity');
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('survives deep nesting and very long strings in JSON text', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(() => parseScenarioText(deep)).toThrow(ScenarioError);
    expect(() => parseScenarioText(JSON.stringify({ ...minimal, title: 'x'.repeat(1_000_000) }))).toThrow(/title/);
    expect(() => parseScenarioText('{"__proto__": {"polluted": true}, "formatVersion": 1, "id": "a", "title": "b"}')).toThrow(ScenarioError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
