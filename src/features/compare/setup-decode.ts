/**
 * The compare setup from the autosave (JSON written by this page, but possibly edited, from an
 * older version, or corrupt). Nothing is trusted: each field is checked with zod against the
 * model's lever and output tables, and a field that fails falls back to its default with a
 * notice naming the field, the value and what is allowed. An imported scenario is checked again
 * with the scenario file format's own validation. Decoding never throws.
 */
import { z } from 'zod';
import { LEVER_BY_KEY, OUTPUT_KEYS, type OutputKey } from '../../../models/index';
import { findScenario, parseScenario, ScenarioError, timelineEntrySchema } from '../../../scenarios/index';
import type { SettingsNotice } from '../../shared/settings/url';
import { COMPARE_LIMITS, DEFAULT_FIRST_SEED, defaultSensitivity, defaultSetup, firstSeedProblem, MAX_MIXES, TORNADO_STEP_LIMITS, type CompareSetup, type GridSettings, type Mix, type MixSpec, type SensitivitySettings, type SweepSettings, type TornadoSettings, type WholeLimit } from './setup';
import { i18n } from '../../shared/i18n/i18n';

export interface DecodedSetup {
  readonly setup: CompareSetup;
  readonly notices: readonly SettingsNotice[];
}

const SHOWN_CHARS = 40;

export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '�');
  if (text === '') return i18n.t('common:notices.empty');
  return [...text].length > SHOWN_CHARS ? `${[...text].slice(0, SHOWN_CHARS - 1).join('')}…` : text;
}


export const wholeSchema = (limit: WholeLimit) => z.number().int().min(limit.min).max(limit.max);
export const limitText = (limit: WholeLimit) => i18n.t('common:notices.wholeNumberRange', { what: i18n.t(limit.what), min: limit.min, max: limit.max });
export const outputSchema = z.enum(OUTPUT_KEYS as [OutputKey, ...OutputKey[]]);
export const leverSchema = z.string().refine((k) => LEVER_BY_KEY.has(k));
const leverValue = (key: string) => {
  const spec = LEVER_BY_KEY.get(key);
  return z.number().finite().min(spec?.min ?? 0).max(spec?.max ?? 1);
};
const leverRange = (key: string) => i18n.t('compare:decode.leverRange', { label: i18n.t(`model:levers.${key}.label`), min: LEVER_BY_KEY.get(key)?.min ?? 0, max: LEVER_BY_KEY.get(key)?.max ?? 1 });

const overridesSchema = z.record(z.string(), z.unknown()).superRefine((o, ctx) => {
  for (const [k, v] of Object.entries(o)) {
    if (!LEVER_BY_KEY.has(k)) ctx.addIssue({ code: 'custom', message: i18n.t('compare:decode.notLever', { k: shown(k) }) });
    else if (!leverValue(k).safeParse(v).success) ctx.addIssue({ code: 'custom', message: leverRange(k) });
  }
});

/** One mix's spec, or a reason it cannot be used. */
export function decodeSpec(raw: unknown): MixSpec | string {
  const kind = z.object({ kind: z.enum(['preset', 'explorer', 'file']) }).safeParse(raw);
  if (!kind.success) return i18n.t('compare:decode.mixKind');
  const r = raw as Record<string, unknown>;
  if (kind.data.kind === 'file') {
    try {
      return { kind: 'file', scenario: parseScenario(r.scenario) };
    } catch (e) {
      return e instanceof ScenarioError ? i18n.t('compare:decode.importInvalid', { message: e.message }) : i18n.t('compare:decode.importUnreadable');
    }
  }
  const id = typeof r.scenarioId === 'string' ? r.scenarioId : '';
  if (!findScenario(id)) return i18n.t('compare:decode.noScenario', { scenarioId: shown(r.scenarioId) });
  if (kind.data.kind === 'preset') return { kind: 'preset', scenarioId: id };
  const overrides = overridesSchema.safeParse(r.overrides ?? {});
  if (!overrides.success) return i18n.t('compare:decode.levers', { levers: overrides.error.issues[0]?.message ?? 'not a list of levers' });
  const spec = { kind: 'explorer' as const, scenarioId: id, overrides: Object.fromEntries(Object.entries(overrides.data).map(([k, v]) => [k, v as number])) };
  if (r.timeline === undefined) return spec;
  const timeline = z.array(timelineEntrySchema).max(500).safeParse(r.timeline);
  if (!timeline.success) return i18n.t('compare:decode.timeline', { path: timeline.error.issues[0]?.path.join('.') ?? '', timeline: timeline.error.issues[0]?.message ?? 'not a timeline' });
  return { ...spec, timeline: timeline.data };
}

/** A list of raw mixes: valid ones kept (at most MAX_MIXES), ids and slots made unique. */
export function decodeMixes(raw: unknown, notices: SettingsNotice[], field = 'mixes'): Mix[] | null {
  if (!Array.isArray(raw)) {
    notices.push({ kind: 'ignored', field, value: shown(raw), problem: i18n.t('compare:decode.notMixes'), outcome: i18n.t('compare:decode.defaultMixes') });
    return null;
  }
  const out: Mix[] = [];
  raw.forEach((item, i) => {
    if (out.length >= MAX_MIXES) {
      if (out.length === MAX_MIXES && i === MAX_MIXES) notices.push({ kind: 'ignored', field, value: i18n.t('compare:decode.nMixes', { rawCount: raw.length }), problem: i18n.t('compare:decode.atMost', { maxMixes: MAX_MIXES }), outcome: i18n.t('compare:decode.firstUsed', { maxMixes: MAX_MIXES }) });
      return;
    }
    const r = (item ?? {}) as Record<string, unknown>;
    const spec = decodeSpec(typeof item === 'object' && item !== null ? r.spec : item);
    if (typeof spec === 'string') {
      notices.push({ kind: 'ignored', field: `${field}.${i + 1}`, value: shown(item), problem: spec, outcome: i18n.t('compare:decode.leftOut') });
      return;
    }
    const id = typeof r.id === 'string' && /^m\d{1,6}$/.test(r.id) && !out.some((m) => m.id === r.id) ? r.id : '';
    const slot = Number.isInteger(r.slot) && (r.slot as number) >= 0 && (r.slot as number) < MAX_MIXES && !out.some((m) => m.slot === r.slot) ? (r.slot as number) : -1;
    out.push({ id, slot, spec });
  });
  return renumber(out);
}

/** Fill in missing ids and slots without touching valid ones. */
function renumber(mixes: Mix[]): Mix[] {
  const ids = new Set(mixes.map((m) => m.id).filter(Boolean));
  const slots = new Set(mixes.map((m) => m.slot).filter((s) => s >= 0));
  let n = 1;
  return mixes.map((m) => {
    let { id, slot } = m;
    if (!id) {
      while (ids.has(`m${n}`)) n++;
      id = `m${n}`;
      ids.add(id);
    }
    if (slot < 0) {
      slot = 0;
      while (slots.has(slot)) slot++;
      slots.add(slot);
    }
    return { ...m, id, slot };
  });
}

function take<T>(raw: Record<string, unknown>, key: string, schema: z.ZodType<T>, fallback: T, problem: string, notices: SettingsNotice[], field = key): T {
  if (!(key in raw) || raw[key] === undefined) return fallback;
  const res = schema.safeParse(raw[key]);
  if (res.success) return res.data;
  notices.push({ kind: 'ignored', field, value: shown(raw[key]), problem, outcome: i18n.t('compare:decode.usingInstead', { fallback: shown(fallback) }) });
  return fallback;
}

const objectOf = (raw: unknown): Record<string, unknown> => (raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});

const sweepSchema = z
  .object({ lever: leverSchema, from: z.number().finite(), to: z.number().finite(), steps: wholeSchema(COMPARE_LIMITS.sweepSteps), byLever: leverSchema.nullable(), byValues: z.array(z.number().finite()).max(3), output: outputSchema })
  .refine((s) => leverValue(s.lever).safeParse(s.from).success && leverValue(s.lever).safeParse(s.to).success && s.from !== s.to)
  .refine((s) => s.byLever === null || (s.byLever !== s.lever && s.byValues.length >= 1 && new Set(s.byValues).size === s.byValues.length && s.byValues.every((v) => leverValue(s.byLever as string).safeParse(v).success)));
const gridSchema = z.object({ xLever: leverSchema, yLever: leverSchema, steps: wholeSchema(COMPARE_LIMITS.gridSteps), output: outputSchema }).refine((g) => g.xLever !== g.yLever);
const tornadoSchema = z.object({ step: z.number().finite().min(TORNADO_STEP_LIMITS.min).max(TORNADO_STEP_LIMITS.max), output: outputSchema });

function decodeSensitivity(raw: unknown, notices: SettingsNotice[]): SensitivitySettings {
  const d = defaultSensitivity();
  const r = objectOf(raw);
  return {
    baseId: take(r, 'baseId', z.string().max(12).nullable(), d.baseId, i18n.t('compare:decode.notMixId'), notices, 'sensitivity.baseId'),
    agents: take(r, 'agents', wholeSchema(COMPARE_LIMITS.sensitivityAgents), d.agents, limitText(COMPARE_LIMITS.sensitivityAgents), notices, 'sensitivity.agents'),
    seeds: take(r, 'seeds', wholeSchema(COMPARE_LIMITS.sensitivitySeeds), d.seeds, limitText(COMPARE_LIMITS.sensitivitySeeds), notices, 'sensitivity.seeds'),
    sweep: take(r, 'sweep', sweepSchema as z.ZodType<SweepSettings>, d.sweep, i18n.t('compare:decode.sweep'), notices, 'sensitivity.sweep'),
    grid: take(r, 'grid', gridSchema as z.ZodType<GridSettings>, d.grid, i18n.t('compare:decode.grid'), notices, 'sensitivity.grid'),
    tornado: take(r, 'tornado', tornadoSchema as z.ZodType<TornadoSettings>, d.tornado, i18n.t('compare:decode.tornado', { min: TORNADO_STEP_LIMITS.min, max: TORNADO_STEP_LIMITS.max }), notices, 'sensitivity.tornado'),
  };
}

/** The setup with a first seed its ensembles can count up from: otherwise the default, with a notice. */
export function withUsableFirstSeed(setup: CompareSetup, notices: SettingsNotice[], field: string): CompareSetup {
  const problem = firstSeedProblem(setup);
  if (!problem) return setup;
  notices.push({ kind: 'ignored', field, value: String(setup.firstSeed), problem, outcome: i18n.t('compare:decode.usingSeed', { defaultFirstSeed: DEFAULT_FIRST_SEED }) });
  return { ...setup, firstSeed: DEFAULT_FIRST_SEED };
}

/** The setup from parsed autosave JSON (anything at all). */
export function decodeStoredSetup(raw: unknown): DecodedSetup {
  const notices: SettingsNotice[] = [];
  const d = defaultSetup();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    notices.push({ kind: 'ignored', field: 'saved comparison', value: shown(raw), problem: i18n.t('compare:decode.notSaved'), outcome: i18n.t('compare:decode.afresh') });
    return { setup: d, notices };
  }
  const r = raw as Record<string, unknown>;
  const mixes = 'mixes' in r ? (decodeMixes(r.mixes, notices) ?? d.mixes) : d.mixes;
  const setup: CompareSetup = {
    mixes,
    referenceId: take(r, 'referenceId', z.string().max(12).nullable(), d.referenceId, i18n.t('compare:decode.notMixId'), notices),
    seeds: take(r, 'seeds', wholeSchema(COMPARE_LIMITS.seeds), d.seeds, limitText(COMPARE_LIMITS.seeds), notices),
    firstSeed: take(r, 'firstSeed', wholeSchema(COMPARE_LIMITS.firstSeed), d.firstSeed, limitText(COMPARE_LIMITS.firstSeed), notices),
    agents: take(r, 'agents', wholeSchema(COMPARE_LIMITS.agents), d.agents, limitText(COMPARE_LIMITS.agents), notices),
    months: take(r, 'months', wholeSchema(COMPARE_LIMITS.months), d.months, limitText(COMPARE_LIMITS.months), notices),
    output: take(r, 'output', outputSchema, d.output, i18n.t('compare:decode.notOutput'), notices),
    tab: take(r, 'tab', z.enum(['mixes', 'sensitivity']), d.tab, i18n.t('compare:decode.tab'), notices),
    sensitivity: decodeSensitivity(r.sensitivity, notices),
  };
  return { setup: withUsableFirstSeed(setup, notices, 'firstSeed'), notices };
}
