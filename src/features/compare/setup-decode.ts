/**
 * The compare setup from the autosave (JSON written by this page, but possibly edited, from an
 * older version, or corrupt). Nothing is trusted: each field is checked with zod against the
 * model's lever and output tables, and a field that fails falls back to its default with a
 * notice naming the field, the value and what is allowed. An imported scenario is checked again
 * with the scenario file format's own validation. Decoding never throws.
 */
import { z } from 'zod';
import { DEFAULT_WEIGHTS, LEVER_BY_KEY, OUTPUT_KEYS, type IndexWeights, type OutputKey } from '../../../models/index';
import { boundedEntries, boundedList, MAX_SCENARIO_TEXT, parseScenario, safeParse, ScenarioError, schemaPerKey, timelineEntrySchema } from '../../../scenarios/index';
import { findScenario } from '../../shared/built-in-scenarios';
import { HUMAN_TERMS, sameWeights, STATE_TERMS, WEIGHT_MAX, withTermWeight } from '../../../scenarios/index-weights';
import { MAX_TIMELINE_ENTRIES } from '../../../scenarios/scenario-run';
import { parseJsonText } from '../../../scenarios/json-text';
import { shownValue } from '../../../scenarios/shown';
import { NoticeList, type SettingsNotice } from '../../shared/settings/url';
import { COMPARE_LIMITS, DEFAULT_FIRST_SEED, defaultSensitivity, defaultSetup, firstSeedProblem, MAX_MIXES, TORNADO_STEP_LIMITS, type CompareSetup, type GridSettings, type Mix, type MixSpec, type SensitivitySettings, type SweepSettings, type TornadoSettings, type WholeLimit } from './setup';
import { i18n } from '../../shared/i18n/i18n';

export interface DecodedSetup {
  readonly setup: CompareSetup;
  readonly notices: readonly SettingsNotice[];
}

/** A value from the autosave or a link, shortened and printable, for a notice (never throws). */
export const shown = (value: unknown): string => shownValue(value);

/**
 * Entries of a saved list of mixes read at most: a comparison has at most MAX_MIXES, so a list
 * far longer is junk, and reading 50,000 entries would only make 50,000 notices.
 */
export const MAX_SCANNED_MIXES = 60;
/** The autosave of a comparison with six imported scenarios is well under this (as large as the largest scenario file). */
export const MAX_SAVED_CHARS = MAX_SCENARIO_TEXT;


export const wholeSchema = schemaPerKey((limit: WholeLimit) => z.number().int().min(limit.min).max(limit.max));
export const limitText = (limit: WholeLimit) => i18n.t('common:notices.wholeNumberRange', { what: i18n.t(limit.what), min: limit.min, max: limit.max });
export const outputSchema = z.enum(OUTPUT_KEYS as [OutputKey, ...OutputKey[]]);
export const leverSchema = z.string().refine((k) => LEVER_BY_KEY.has(k));
const leverValue = schemaPerKey((key: string) => {
  const spec = LEVER_BY_KEY.get(key);
  return z.number().finite().min(spec?.min ?? 0).max(spec?.max ?? 1);
});
const leverRange = (key: string) => i18n.t('compare:decode.leverRange', { label: i18n.t(`model:levers.${key}.label`), min: LEVER_BY_KEY.get(key)?.min ?? 0, max: LEVER_BY_KEY.get(key)?.max ?? 1 });

const overridesSchema = boundedEntries(LEVER_BY_KEY.size).pipe(z.record(z.string(), z.unknown())).superRefine((o, ctx) => {
  for (const [k, v] of Object.entries(o)) {
    if (!LEVER_BY_KEY.has(k)) ctx.addIssue({ code: 'custom', message: i18n.t('compare:decode.notLever', { k: shown(k) }) });
    else if (!safeParse(leverValue(k), v).success) ctx.addIssue({ code: 'custom', message: leverRange(k) });
  }
});

const timelineSchema = boundedList(timelineEntrySchema, MAX_TIMELINE_ENTRIES);
const specKindSchema = z.object({ kind: z.enum(['preset', 'explorer', 'file']) });

/** One mix's spec, or a reason it cannot be used. */
export function decodeSpec(raw: unknown): MixSpec | string {
  const kind = safeParse(specKindSchema, raw);
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
  const overrides = safeParse(overridesSchema, r.overrides ?? {});
  if (!overrides.success) return i18n.t('compare:decode.levers', { levers: overrides.error.issues[0]?.message ?? 'not a list of levers' });
  const spec = { kind: 'explorer' as const, scenarioId: id, overrides: Object.fromEntries(Object.entries(overrides.data).map(([k, v]) => [k, v as number])) };
  if (r.timeline === undefined) return spec;
  const timeline = safeParse(timelineSchema, r.timeline);
  if (!timeline.success) return i18n.t('compare:decode.timeline', { path: timeline.error.issues[0]?.path.join('.') ?? '', timeline: timeline.error.issues[0]?.message ?? 'not a timeline' });
  return { ...spec, timeline: timeline.data };
}

/** A list of raw mixes: valid ones kept (at most MAX_MIXES), ids and slots made unique. */
export function decodeMixes(raw: unknown, notices: NoticeList, field = 'mixes'): Mix[] | null {
  if (!Array.isArray(raw)) {
    notices.push(() => ({ kind: 'ignored', field, value: shown(raw), problem: i18n.t('compare:decode.notMixes'), outcome: i18n.t('compare:decode.defaultMixes') }));
    return null;
  }
  const out: Mix[] = [];
  if (raw.length > MAX_SCANNED_MIXES)
    notices.push(() => ({ kind: 'ignored', field, value: i18n.t('compare:decode.nMixes', { rawCount: raw.length }), problem: i18n.t('compare:decode.atMost', { maxMixes: MAX_MIXES }), outcome: i18n.t('compare:decode.firstScanned', { scanned: MAX_SCANNED_MIXES }) }));
  raw.slice(0, MAX_SCANNED_MIXES).forEach((item, i) => {
    if (out.length >= MAX_MIXES) {
      if (out.length === MAX_MIXES && i === MAX_MIXES) notices.push(() => ({ kind: 'ignored', field, value: i18n.t('compare:decode.nMixes', { rawCount: raw.length }), problem: i18n.t('compare:decode.atMost', { maxMixes: MAX_MIXES }), outcome: i18n.t('compare:decode.firstUsed', { maxMixes: MAX_MIXES }) }));
      return;
    }
    const r = (item ?? {}) as Record<string, unknown>;
    const spec = decodeSpec(typeof item === 'object' && item !== null ? r.spec : item);
    if (typeof spec === 'string') {
      notices.push(() => ({ kind: 'ignored', field: `${field}.${i + 1}`, value: shown(item), problem: spec, outcome: i18n.t('compare:decode.leftOut') }));
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

/** A field of the record, or its fallback with a notice; `problem` is worded only if there is a notice. */
function take<T>(raw: Record<string, unknown>, key: string, schema: z.ZodType<T>, fallback: T, problem: () => string, notices: NoticeList, field = key): T {
  if (!(key in raw) || raw[key] === undefined) return fallback;
  const res = safeParse(schema, raw[key]);
  if (res.success) return res.data;
  notices.push(() => ({ kind: 'ignored', field, value: shown(raw[key]), problem: problem(), outcome: i18n.t('compare:decode.usingInstead', { fallback: shown(fallback) }) }));
  return fallback;
}

const objectOf = (raw: unknown): Record<string, unknown> => (raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {});

const sweepSchema = z
  .object({ lever: leverSchema, from: z.number().finite(), to: z.number().finite(), steps: wholeSchema(COMPARE_LIMITS.sweepSteps), byLever: leverSchema.nullable(), byValues: z.array(z.number().finite()).max(3), output: outputSchema })
  .refine((s) => safeParse(leverValue(s.lever), s.from).success && safeParse(leverValue(s.lever), s.to).success && s.from !== s.to)
  .refine((s) => s.byLever === null || (s.byLever !== s.lever && s.byValues.length >= 1 && new Set(s.byValues).size === s.byValues.length && s.byValues.every((v) => safeParse(leverValue(s.byLever as string), v).success)));
const gridSchema = z.object({ xLever: leverSchema, yLever: leverSchema, steps: wholeSchema(COMPARE_LIMITS.gridSteps), output: outputSchema }).refine((g) => g.xLever !== g.yLever);
const mixIdSchema = z.string().max(12).nullable();
const tabSchema = z.enum(['mixes', 'sensitivity']);
const tornadoSchema = z.object({ step: z.number().finite().min(TORNADO_STEP_LIMITS.min).max(TORNADO_STEP_LIMITS.max), output: outputSchema });

/** One notice for keys the page never writes (the record was edited, or is from another version). */
function unknownKeys(r: Record<string, unknown>, known: readonly string[], field: string, notices: NoticeList): void {
  const extra = Object.keys(r).filter((k) => !known.includes(k));
  if (extra.length === 0) return;
  const named = extra.slice(0, 3).map((k) => `“${shown(k)}”`).join(', ');
  notices.push(() => ({ kind: 'ignored', field, value: extra.length > 3 ? i18n.t('compare:decode.namedAndMore', { named, count: extra.length - 3 }) : named, problem: i18n.t('compare:decode.unknown'), outcome: i18n.t('compare:decode.ignored') }));
}

const SETUP_KEYS = ['mixes', 'referenceId', 'seeds', 'firstSeed', 'agents', 'months', 'output', 'tab', 'sensitivity', 'weights', 'link'] as const;
const SENSITIVITY_KEYS = ['baseId', 'agents', 'seeds', 'sweep', 'grid', 'tornado'] as const;

function decodeSensitivity(raw: unknown, notices: NoticeList): SensitivitySettings {
  const d = defaultSensitivity();
  if (raw !== undefined && objectOf(raw) !== raw) notices.push(() => ({ kind: 'ignored', field: 'sensitivity', value: shown(raw), problem: i18n.t('compare:decode.notSensitivity'), outcome: i18n.t('compare:decode.defaultAnalyses') }));
  const r = objectOf(raw);
  unknownKeys(r, SENSITIVITY_KEYS, 'sensitivity', notices);
  return {
    baseId: take(r, 'baseId', mixIdSchema, d.baseId, () => i18n.t('compare:decode.notMixId'), notices, 'sensitivity.baseId'),
    agents: take(r, 'agents', wholeSchema(COMPARE_LIMITS.sensitivityAgents), d.agents, () => limitText(COMPARE_LIMITS.sensitivityAgents), notices, 'sensitivity.agents'),
    seeds: take(r, 'seeds', wholeSchema(COMPARE_LIMITS.sensitivitySeeds), d.seeds, () => limitText(COMPARE_LIMITS.sensitivitySeeds), notices, 'sensitivity.seeds'),
    sweep: take(r, 'sweep', sweepSchema as z.ZodType<SweepSettings>, d.sweep, () => i18n.t('compare:decode.sweep'), notices, 'sensitivity.sweep'),
    grid: take(r, 'grid', gridSchema as z.ZodType<GridSettings>, d.grid, () => i18n.t('compare:decode.grid'), notices, 'sensitivity.grid'),
    tornado: take(r, 'tornado', tornadoSchema as z.ZodType<TornadoSettings>, d.tornado, () => i18n.t('compare:decode.tornado', { min: TORNADO_STEP_LIMITS.min, max: TORNADO_STEP_LIMITS.max }), notices, 'sensitivity.tornado'),
  };
}

const weightSchema = z.number().finite().min(0).max(WEIGHT_MAX);

/**
 * The saved weights (undefined: the model's defaults). Read term by term: a weight out of range
 * or of an unknown term is reported with its field and value and left at its default, the others
 * kept; an index left with no positive weight gets its default weights back.
 */
export function decodeStoredWeights(raw: unknown, notices: NoticeList, field = 'weights'): IndexWeights | undefined {
  if (raw === undefined) return undefined;
  if (objectOf(raw) !== raw) {
    notices.push(() => ({ kind: 'ignored', field, value: shown(raw), problem: i18n.t('compare:decode.notWeights'), outcome: i18n.t('compare:decode.defaultWeights') }));
    return undefined;
  }
  let weights: IndexWeights = DEFAULT_WEIGHTS;
  const r = objectOf(raw);
  unknownKeys(r, ['human', 'state'], field, notices);
  for (const [index, terms] of [['human', HUMAN_TERMS], ['state', STATE_TERMS]] as const) {
    if (r[index] === undefined) continue;
    const given = objectOf(r[index]);
    if (given !== r[index]) {
      notices.push(() => ({ kind: 'ignored', field: `${field}.${index}`, value: shown(r[index]), problem: i18n.t('compare:decode.notWeights'), outcome: i18n.t('compare:decode.defaultWeights') }));
      continue;
    }
    unknownKeys(given, terms, `${field}.${index}`, notices);
    for (const term of terms) {
      if (given[term] === undefined) continue;
      const res = safeParse(weightSchema, given[term]);
      if (res.success) weights = withTermWeight(weights, term, res.data);
      else
        notices.push(() => ({
          kind: 'ignored',
          field: `${field}.${index}.${term}`,
          value: shown(given[term]),
          problem: i18n.t('common:notices.weightRange', { label: i18n.t(`common:weights.terms.${term}`), max: WEIGHT_MAX }),
          outcome: i18n.t('compare:decode.usingInstead', { fallback: String(DEFAULT_WEIGHTS[index][term as never]) }),
        }));
    }
    if (!Object.values(weights[index]).some((v) => v > 0)) {
      notices.push(() => ({ kind: 'ignored', field: `${field}.${index}`, value: '0', problem: i18n.t('common:notices.weightsAllZero', { index: i18n.t(`common:weights.index.${index}`) }), outcome: i18n.t('compare:decode.defaultWeights') }));
      weights = { ...weights, [index]: DEFAULT_WEIGHTS[index] };
    }
  }
  return sameWeights(weights, DEFAULT_WEIGHTS) ? undefined : weights;
}

/** The setup with a first seed its ensembles can count up from: otherwise the default, with a notice. */
export function withUsableFirstSeed(setup: CompareSetup, notices: NoticeList, field: string): CompareSetup {
  const problem = firstSeedProblem(setup);
  if (!problem) return setup;
  notices.push(() => ({ kind: 'ignored', field, value: String(setup.firstSeed), problem, outcome: i18n.t('compare:decode.usingSeed', { defaultFirstSeed: DEFAULT_FIRST_SEED }) }));
  return { ...setup, firstSeed: DEFAULT_FIRST_SEED };
}

/** The setup from parsed autosave JSON (anything at all). */
export function decodeStoredSetup(raw: unknown): DecodedSetup {
  const notices = new NoticeList();
  const d = defaultSetup();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    notices.push(() => ({ kind: 'ignored', field: 'saved comparison', value: shown(raw), problem: i18n.t('compare:decode.notSaved'), outcome: i18n.t('compare:decode.afresh') }));
    return { setup: d, notices: notices.capped('saved comparison') };
  }
  const r = raw as Record<string, unknown>;
  unknownKeys(r, SETUP_KEYS, 'saved comparison', notices);
  const mixes = 'mixes' in r ? (decodeMixes(r.mixes, notices) ?? d.mixes) : d.mixes;
  let setup: CompareSetup = {
    mixes,
    referenceId: take(r, 'referenceId', mixIdSchema, d.referenceId, () => i18n.t('compare:decode.notMixId'), notices),
    seeds: take(r, 'seeds', wholeSchema(COMPARE_LIMITS.seeds), d.seeds, () => limitText(COMPARE_LIMITS.seeds), notices),
    firstSeed: take(r, 'firstSeed', wholeSchema(COMPARE_LIMITS.firstSeed), d.firstSeed, () => limitText(COMPARE_LIMITS.firstSeed), notices),
    agents: take(r, 'agents', wholeSchema(COMPARE_LIMITS.agents), d.agents, () => limitText(COMPARE_LIMITS.agents), notices),
    months: take(r, 'months', wholeSchema(COMPARE_LIMITS.months), d.months, () => limitText(COMPARE_LIMITS.months), notices),
    output: take(r, 'output', outputSchema, d.output, () => i18n.t('compare:decode.notOutput'), notices),
    tab: take(r, 'tab', tabSchema, d.tab, () => i18n.t('compare:decode.tab'), notices),
    sensitivity: decodeSensitivity(r.sensitivity, notices),
  };
  const weights = decodeStoredWeights(r.weights, notices);
  if (weights) setup = { ...setup, weights };
  const usable = withUsableFirstSeed(setup, notices, 'firstSeed');
  return { setup: usable, notices: notices.capped('saved comparison') };
}

export interface SavedComparison extends DecodedSetup {
  /** The address the page wrote with this autosave (a reload finds it in the address bar). */
  readonly link: string | null;
  /** Whether the text was read as written: 'clean'; in part: 'partial'; not at all: 'unreadable'. */
  readonly read: 'clean' | 'partial' | 'unreadable';
}

/** The comparison from the autosave's text (anything at all); never throws. */
export function decodeSavedComparison(text: string): SavedComparison {
  const unreadable = (problem: string): SavedComparison => ({
    setup: defaultSetup(),
    notices: [{ kind: 'ignored', field: 'saved comparison', value: i18n.t('compare:decode.nSavedChars', { savedCount: text.length }), problem, outcome: i18n.t('compare:decode.afresh') }],
    link: null,
    read: 'unreadable',
  });
  if (text.length > MAX_SAVED_CHARS) return unreadable(i18n.t('compare:decode.tooLongSaved', { max: MAX_SAVED_CHARS }));
  const json = parseJsonText(text);
  if (!json.ok) return unreadable(`${i18n.t('compare:decode.notReadable')} (${json.problem})`);
  const raw = json.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return unreadable(i18n.t('compare:decode.notSaved'));
  const decoded = decodeStoredSetup(raw);
  const link = Object.hasOwn(raw, 'link') && typeof (raw as { link?: unknown }).link === 'string' ? (raw as { link: string }).link : null;
  return { ...decoded, link, read: decoded.notices.length === 0 ? 'clean' : 'partial' };
}
