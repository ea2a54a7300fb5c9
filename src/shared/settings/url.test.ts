/**
 * The link codec: examples of what a lecturer may paste (good links, typos, truncated and
 * hand-edited ones), then properties over thousands of malformed and hostile inputs — each must
 * give a well-formed settings object within the model's ranges, never throw, and never touch
 * Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeSettingsContext } from './context';
import { defaultSettings, RUN_LIMITS, snapToStep, type ExplorerSettings } from './settings';
import { REFERENCES } from './reference';
import { DEFAULT_SPREAD_SEEDS, SPREAD_SEED_CHOICES } from './spread-seeds';
import { MAX_NOTE_CHARS, MAX_TIMELINE_CHANGES, normaliseEdited } from './timeline';
import { decodeSettings, encodeSettings, MAX_NOTICES, noticeText, type DecodedSettings } from './url';

const ctx = makeSettingsContext();
const LEVER_KEYS = ctx.levers.map((l) => l.key);
const SCENARIO_IDS = ctx.scenarios.map((s) => s.id);
const start = (scenarioId: string, key: string) => ctx.scenarios.find((s) => s.id === scenarioId)!.startLevers[key];

const noticeSchema = z.strictObject({
  kind: z.enum(['ignored', 'adjusted', 'info']),
  field: z.string().max(60),
  value: z.string().max(60),
  problem: z.string().min(1),
  outcome: z.string().min(1),
});
const timelineChangeSchema = z.strictObject({
  lever: z.enum(LEVER_KEYS as [string, ...string[]]),
  value: z.number().min(0).max(1),
  fromMonth: z.number().int().min(1).max(599),
  toMonth: z.number().int().max(600).optional(),
  note: z.string().min(1).max(MAX_NOTE_CHARS).regex(/^[^\u0000-\u001f\u007f-\u009f]*$/).optional(),
});
const decodedSchema = z.strictObject({
  settings: z.strictObject({
    scenarioId: z.enum(SCENARIO_IDS as [string, ...string[]]),
    overrides: z.partialRecord(z.enum(LEVER_KEYS as [string, ...string[]]), z.number().finite()),
    aims: z.partialRecord(z.enum(LEVER_KEYS as [string, ...string[]]), z.enum(['shortSea', 'desertSea', 'air'])).optional(),
    seed: z.number().int().min(RUN_LIMITS.seed.min).max(RUN_LIMITS.seed.max),
    agents: z.number().int().min(RUN_LIMITS.agents.min).max(RUN_LIMITS.agents.max),
    months: z.number().int().min(1).max(RUN_LIMITS.months.max),
    timeline: z.array(timelineChangeSchema).max(MAX_TIMELINE_CHANGES).optional(),
    reference: z.enum(REFERENCES).optional(),
    // Held only when it is not the default.
    spreadSeeds: z.union(SPREAD_SEED_CHOICES.filter((n) => n !== DEFAULT_SPREAD_SEEDS).map((n) => z.literal(n))).optional(),
  }),
  notices: z.array(noticeSchema).max(MAX_NOTICES),
  hasState: z.boolean(),
});

/** Everything a decoded result must satisfy, whatever the input. */
function expectWellFormed(result: DecodedSettings): void {
  const parsed = decodedSchema.safeParse(result);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  const { overrides, scenarioId, timeline } = result.settings;
  for (const c of timeline ?? []) if (c.toMonth !== undefined) expect(c.toMonth).toBeGreaterThan(c.fromMonth);
  expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
  for (const [key, value] of Object.entries(overrides)) {
    const spec = ctx.levers.find((l) => l.key === key)!;
    expect(value).toBeGreaterThanOrEqual(spec.min);
    expect(value).toBeLessThanOrEqual(spec.max);
    expect(snapToStep(spec, value)).toBe(value);
    expect(value).not.toBe(start(scenarioId, key));
  }
  // Nothing leaked onto the prototype of every object.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(typeof ({} as object).toString).toBe('function');
}

const defaults = defaultSettings(ctx);

describe('decodeSettings: examples', () => {
  it('gives the default scenario as loaded for an empty query, with nothing to report', () => {
    for (const q of ['', '?', '#', undefined, null, 42, {}]) {
      const res = decodeSettings(q, ctx);
      expect(res.settings).toEqual(defaults);
      expect(res.notices).toEqual([]);
      expect(res.hasState).toBe(false);
    }
  });

  it('reads a full link: scenario, seed, agents, months and changed levers', () => {
    const res = decodeSettings(`?model=${ctx.modelVersion}&scenario=baseline&seed=7&agents=20000&months=60&enforcement.intensity=0.8&searchAndRescue.capacity=0.05`, ctx);
    expect(res.notices).toEqual([]);
    expect(res.hasState).toBe(true);
    expect(res.settings).toEqual({ scenarioId: 'baseline', seed: 7, agents: 20_000, months: 60, overrides: { 'enforcement.intensity': 0.8, 'searchAndRescue.capacity': 0.05 } });
  });

  it('names the field, the value and what is allowed for each bad value, and falls back for those fields only', () => {
    const res = decodeSettings('scenario=baseline&seed=-3&agents=abc&months=100000&enforcement.intensity=7&regularPathways.availability=0.5', ctx);
    const text = res.notices.map(noticeText);
    expect(text).toEqual([
      'seed = “-3”: the seed must be a whole number from 0 to 4,294,967,295; using 1 instead.',
      'agents = “abc”: the number of agents must be a whole number from 1,000 to 1,000,000; using 100,000 instead.',
      `months = “100000”: the number of months must be a whole number from 1 to 600; using ${defaults.months} instead.`,
      `enforcement.intensity = “7”: Enforcement intensity must be a number from 0 to 1; using the scenario’s value, ${start('baseline', 'enforcement.intensity')}, instead.`,
    ]);
    expect(res.settings).toEqual({ ...defaults, overrides: { 'regularPathways.availability': 0.5 } });
  });

  it('falls back to the default scenario for an unknown one, listing those available', () => {
    const res = decodeSettings('scenario=atlantis&seed=3', ctx);
    expect(res.settings.scenarioId).toBe(ctx.defaultScenarioId);
    expect(res.settings.seed).toBe(3);
    expect(noticeText(res.notices[0])).toMatch(/^scenario = “atlantis”: there is no such scenario; available: baseline, /);
  });

  it('uses a link from another model version but says the figures may differ', () => {
    const res = decodeSettings('model=0.9.0&enforcement.intensity=0.9', ctx);
    expect(res.settings.overrides).toEqual({ 'enforcement.intensity': 0.9 });
    expect(res.notices).toHaveLength(1);
    expect(res.notices[0]).toMatchObject({ kind: 'info', field: 'model', value: '0.9.0' });
    expect(decodeSettings('model=<script>', ctx).notices[0]).toMatchObject({ kind: 'ignored', field: 'model', value: '<script>' });
  });

  it('survives a link cut short by a chat app', () => {
    const full = encodeSettings({ ...defaults, overrides: { 'enforcement.intensity': 0.85, 'protection.safeguards': 0.9 } }, ctx);
    for (let cut = 0; cut <= full.length; cut++) expectWellFormed(decodeSettings(full.slice(0, cut), ctx));
    const cutInKey = decodeSettings(full.slice(0, full.indexOf('protection.safeguards') + 'protection'.length), ctx);
    expect(cutInKey.notices.map((n) => n.field)).toEqual(['protection']);
    expect(cutInKey.settings.overrides).toEqual({ 'enforcement.intensity': 0.85 });
  });

  it('rounds a value to the lever’s step and drops a lever equal to the scenario’s own value', () => {
    const res = decodeSettings(`enforcement.intensity=0.555&regularPathways.availability=${start('baseline', 'regularPathways.availability')}`, ctx);
    expect(res.settings.overrides).toEqual({ 'enforcement.intensity': 0.56 });
    expect(res.notices).toMatchObject([{ kind: 'adjusted', field: 'enforcement.intensity', outcome: 'rounded to 0.56' }]);
  });

  it('uses the first of repeated settings and says so', () => {
    const res = decodeSettings('seed=5&seed=6', ctx);
    expect(res.settings.seed).toBe(5);
    expect(res.notices[0]).toMatchObject({ field: 'seed', problem: 'this setting appears more than once' });
  });

  it('ignores prototype keys without polluting anything', () => {
    const res = decodeSettings('__proto__=1&__proto__[polluted]=yes&constructor=2&constructor.prototype.polluted=3&toString=4&hasOwnProperty=5', ctx);
    expectWellFormed(res);
    expect(res.hasState).toBe(false);
    expect(res.settings).toEqual(defaults);
    expect(res.notices.map((n) => n.field)).toEqual(['__proto__', '__proto__[polluted]', 'constructor', 'constructor.prototype.polluted', 'toString', 'hasOwnProperty']);
  });

  it('reads only the first part of an absurdly long link, and caps the notices', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => `k${i}=v`).join('&');
    const res = decodeSettings(`seed=9&${junk}`, ctx);
    expect(res.settings.seed).toBe(9);
    expect(res.notices).toHaveLength(MAX_NOTICES);
    expect(res.notices[0].field).toBe('link');
    expect(res.notices[MAX_NOTICES - 1].problem).toMatch(/more settings had problems/);
  });
});

// ── Properties ──────────────────────────────────────────────────────────────

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'model', 'scenario', 'seed', 'agents', 'months', 'tl', 'tl', 'ref', 'ref'];
const keyArb = fc.oneof(fc.constantFrom(...LEVER_KEYS, ...HOSTILE_KEYS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const numberText = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x10', '1_000', ' 0.5 ', '+0.5', '.5', '5.', '1e-400', '0.1.2', ''),
  fc.double({ min: 0, max: 1 }).map((x) => x.toFixed(fc.sample(fc.integer({ min: 0, max: 6 }), 1)[0])),
);
/** Timeline parameters: well-formed, nearly well-formed and garbage, in the `tl` format. */
const fieldText = fc.oneof(fc.constantFrom(...LEVER_KEYS, '__proto__', ''), numberText, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
const timelineText = fc.oneof(
  fc.array(fc.array(fieldText, { maxLength: 7 }).map((f) => f.join('*')), { maxLength: 70 }).map((c) => ['1', ...c].join('_')),
  fc
    .array(fc.tuple(fc.constantFrom(...LEVER_KEYS), fc.double({ min: -0.5, max: 1.5 }), fc.integer({ min: -2, max: 610 }), fc.option(fc.integer({ min: -2, max: 610 })), fc.string({ maxLength: 20 })), { maxLength: 8 })
    .map((c) => ['1', ...c.map(([l, v, f, t, n]) => [l, String(v), String(f), t === null ? '' : String(t), n].join('*'))].join('_')),
  fc.constantFrom('', '1', '1_', '2_enforcement.intensity*0.5*3', '1__', '1_*', '1_enforcement.intensity*0.5*3*2', '%', '1_enforcement.intensity*0.5*3**%', '1_enforcement.intensity*0.5*3**%2A%5F%25'),
);
const valueArb = fc.oneof(
  timelineText,
  numberText,
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.constantFrom(...SCENARIO_IDS, '0.0.0', '99.99.99', '1.0.0-beta', '%E0%A4%A', '%', '%%', '%00', '\u0000', '\uFFFF'),
);
const pairs = fc.array(fc.tuple(keyArb, valueArb), { maxLength: 30 });

function rawQuery(list: readonly (readonly [string, string])[]): string {
  return list.map(([k, v]) => `${k}=${v}`).join('&');
}
function encodedQuery(list: readonly (readonly [string, string])[]): string {
  const p = new URLSearchParams();
  for (const [k, v] of list) p.append(k, v);
  return p.toString();
}

describe('decodeSettings: properties', () => {
  it('gives a well-formed result for any string, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 6000 })), (q) => {
        expectWellFormed(decodeSettings(q, ctx));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives a well-formed result for hostile key/value pairs, raw, encoded or truncated', () => {
    fc.assert(
      fc.property(pairs, fc.nat(), fc.constantFrom('raw', 'encoded'), (list, cut, how) => {
        const q = how === 'raw' ? rawQuery(list) : encodedQuery(list);
        expectWellFormed(decodeSettings(q, ctx));
        expectWellFormed(decodeSettings(q.slice(0, cut % (q.length + 1)), ctx));
      }),
      { numRuns: 1500 },
    );
  });

  it('settles: what it decodes, encoded again, decodes to the same settings with nothing to report', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const first = decodeSettings(encodedQuery(list), ctx).settings;
        const again = decodeSettings(encodeSettings(first, ctx), ctx);
        expect(again.notices).toEqual([]);
        expect(again.settings).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  const validSettings: fc.Arbitrary<ExplorerSettings> = fc
    .record({
      scenarioId: fc.constantFrom(...SCENARIO_IDS),
      levers: fc.dictionary(fc.constantFrom(...LEVER_KEYS), fc.integer({ min: 0, max: 100 })),
      seed: fc.integer({ min: RUN_LIMITS.seed.min, max: RUN_LIMITS.seed.max }),
      agents: fc.integer({ min: RUN_LIMITS.agents.min, max: RUN_LIMITS.agents.max }),
      months: fc.integer({ min: RUN_LIMITS.months.min, max: RUN_LIMITS.months.max }),
      reference: fc.option(fc.constantFrom(...REFERENCES)),
      spreadSeeds: fc.option(fc.constantFrom(...SPREAD_SEED_CHOICES.filter((n) => n !== DEFAULT_SPREAD_SEEDS))),
      timeline: fc.option(
        fc.array(
          fc.record(
            {
              lever: fc.constantFrom(...LEVER_KEYS),
              value: fc.double({ min: 0, max: 1, noNaN: true }),
              fromMonth: fc.integer({ min: 1, max: 598 }),
              span: fc.option(fc.integer({ min: 1, max: 10 })),
              note: fc.string({ minLength: 1, maxLength: 40 }).filter((n) => !/[\u0000-\u001f\u007f-\u009f]/.test(n)),
            },
            { requiredKeys: ['lever', 'value', 'fromMonth', 'span'] },
          ),
          { maxLength: 12 },
        ),
      ),
    })
    .map(({ scenarioId, levers, seed, agents, months, reference, spreadSeeds, timeline }) => {
      const overrides: Record<string, number> = {};
      for (const [k, hundredths] of Object.entries(levers)) if (hundredths / 100 !== start(scenarioId, k)) overrides[k] = hundredths / 100;
      const referred: ExplorerSettings = reference === null ? { scenarioId, overrides, seed, agents, months } : { scenarioId, overrides, seed, agents, months, reference };
      const settings: ExplorerSettings = spreadSeeds === null ? referred : { ...referred, spreadSeeds };
      if (timeline === null) return settings;
      const changes = timeline.map(({ lever, value, fromMonth, span, note }) => ({
        lever,
        value: Object.is(value, -0) ? 0 : value,
        fromMonth,
        ...(span === null ? {} : { toMonth: Math.min(600, fromMonth + span) }),
        ...(note === undefined ? {} : { note }),
      }));
      const edited = normaliseEdited(ctx.scenarios.find((s) => s.id === scenarioId)!.timeline, changes);
      return edited ? { ...settings, timeline: edited } : settings;
    });

  it('round-trips every valid setting exactly', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        const res = decodeSettings(`?${encodeSettings(settings, ctx)}`, ctx);
        expect(res.notices).toEqual([]);
        expect(res.hasState).toBe(true);
        expect(res.settings).toEqual(settings);
      }),
      { numRuns: 1000 },
    );
  });
});
