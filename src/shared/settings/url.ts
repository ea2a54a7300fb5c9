/**
 * The explorer's settings as a URL query, and back. Decoding trusts nothing: a link may be
 * truncated by a chat app, edited by hand, or hostile. Every field is checked with zod against
 * the model's parameter table; whatever fails is reported in a notice that names the field, the
 * value given and what is allowed, and that field falls back to its default. Decoding never
 * throws, and values are only ever written under keys taken from the lever table (never from the
 * link), so keys such as `__proto__` cannot reach an object's prototype.
 *
 *   ?model=1.0.0&scenario=baseline&seed=1&agents=100000&months=120&seeds=1&enforcement.intensity=0.6&tl=1_…
 *
 * `seeds` (how many seeds the headline is refined over, spread-seeds.ts) is written only when it is
 * not the default.
 *
 * A lever aimed at one route is written as the command line's `--set KEY@ROUTE=V` is:
 * `enforcement.pullbacks@shortSea=0.8` (the `@` escaped as %40 in the query).
 *
 * Levers appear only when they differ from the scenario, and the timeline (`tl`, see
 * url-timeline.ts) only when the user has edited it; it comes last, so a link cut short loses
 * the end of the timeline rather than the levers. The page's language (`lang`, see
 * ../i18n/lang-param.ts) shares the query but is not a setting: it is left to the language code.
 * Notices are worded in the interface language when decoded. Pure: no DOM, no storage.
 */
import { z } from 'zod';
import { i18n } from '../i18n/i18n';
import { LANG_PARAM } from '../i18n/lang-param';
import { AIM_SEPARATOR, ROUTE_IDS, ROUTES, isRouteId, type LeverSpec, type ParamSpec, type RouteId } from '../../../models/index';
import { safeParse, schemaPerKey } from '../../../scenarios/index';
import { shownValue as shown } from '../../../scenarios/shown';
import { decodeWeights, isWeightKey } from './url-weights';
import { aimProblemText } from './aim-text';
import { findDefaults, routeStart, weightsOf, RUN_LIMITS, sameLeverValue, snapToStep, type ExplorerSettings, type SettingsContext, type WholeNumberLimit } from './settings';
import { normaliseEdited, type TimelineChange } from './timeline';
import { decodeTimeline } from './url-timeline';
import { NoticeList, type SettingsNotice } from './notice-list';
import { QUERY_KEYS } from './url-encode';
import { defaultReference, isReference, REFERENCES, type Reference } from './reference';
import { DEFAULT_SPREAD_SEEDS, isSpreadSeeds, SPREAD_SEED_CHOICES, type SpreadSeeds } from './spread-seeds';

export { encodeSettings, QUERY_KEYS } from './url-encode';
export { capNotices, MAX_NOTICES, moreNotice, NoticeList, noticeText, type NoticeKind, type SettingsNotice } from './notice-list';

/** Our own links are under 1,000 characters; anything far longer is not one of them. */
export const MAX_QUERY_CHARS = 4_000;
/** Values are shown shortened to this many characters. */
const SHOWN_VALUE_CHARS = 40;

const QUERY_KEY_SET: ReadonlySet<string> = new Set(Object.values(QUERY_KEYS));
/** Not settings, but not unknown either. */
const FOREIGN_KEYS: ReadonlySet<string> = new Set([LANG_PARAM]);

export interface DecodedSettings {
  readonly settings: ExplorerSettings;
  readonly notices: readonly SettingsNotice[];
  /** The query names at least one setting the explorer knows, valid or not (so it wins over the autosave). */
  readonly hasState: boolean;
}

const wholeNumber = schemaPerKey((limit: WholeNumberLimit) =>
  z
    .string()
    .trim()
    .regex(/^\+?\d{1,16}$/)
    .transform(Number)
    .pipe(z.number().int().min(limit.min).max(limit.max)),
);

const decimal = schemaPerKey((spec: ParamSpec) =>
  z
    .string()
    .trim()
    .max(32)
    .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i)
    .transform(Number)
    .pipe(z.number().finite().min(spec.min).max(spec.max)),
);

const modelVersion = z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/);


const leverLabel = (key: string) => i18n.t(`model:levers.${key}.label`);

const shownValue = (raw: string) => (raw === '' ? i18n.t('common:notices.empty') : shown(raw, SHOWN_VALUE_CHARS));

function describeLimit(limit: WholeNumberLimit): string {
  return i18n.t('common:notices.wholeNumberRange', { what: i18n.t(limit.what), min: limit.min, max: limit.max });
}

/**
 * The lever table by key, made once per table: the timeline's schema is built once per map
 * (url-timeline.ts), and a new map on every call made it build a new schema for every link read.
 */
const leverMaps = new WeakMap<readonly LeverSpec[], ReadonlyMap<string, LeverSpec>>();
function leversByKey(levers: readonly LeverSpec[]): ReadonlyMap<string, LeverSpec> {
  let map = leverMaps.get(levers);
  if (!map) leverMaps.set(levers, (map = new Map(levers.map((l) => [l.key, l]))));
  return map;
}

/** The query's values per key, in order. A Map, so no key of the link ever becomes an object property. */
function readQuery(query: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return values;
  }
  for (const [key, value] of params) {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  return values;
}

export function decodeSettings(input: unknown, ctx: SettingsContext): DecodedSettings {
  const notices = new NoticeList();
  let query = typeof input === 'string' ? input : '';
  if (query.startsWith('?') || query.startsWith('#')) query = query.slice(1);
  if (query.length > MAX_QUERY_CHARS) {
    notices.push(() => ({
      kind: 'adjusted',
      field: 'link',
      value: i18n.t('common:notices.nCharacters', { count: query.length }),
      problem: i18n.t('common:notices.linkTooLong', { max: MAX_QUERY_CHARS }),
      outcome: i18n.t('common:notices.linkFirstRead', { max: MAX_QUERY_CHARS }),
    }));
    query = query.slice(0, MAX_QUERY_CHARS);
  }
  const values = readQuery(query);
  const leverByKey = leversByKey(ctx.levers);
  const aimedLever = (key: string) => {
    const at = key.indexOf(AIM_SEPARATOR);
    return at > 0 && leverByKey.has(key.slice(0, at)) ? key.slice(0, at) : undefined;
  };
  const known = (key: string) => QUERY_KEY_SET.has(key) || leverByKey.has(key) || aimedLever(key) !== undefined || isWeightKey(key);
  const hasState = [...values.keys()].some(known);
  for (const key of FOREIGN_KEYS) values.delete(key);

  /** The first value of a field, with a notice if the field was repeated. */
  const take = (field: string): string | undefined => {
    const list = values.get(field);
    if (!list) return undefined;
    if (list.length > 1) {
      notices.push(() => ({
        kind: 'adjusted',
        field,
        value: i18n.t('common:notices.nValues', { count: list.length }),
        problem: i18n.t('common:notices.repeated'),
        outcome: i18n.t('common:notices.firstValueUsed', { value: shownValue(list[0]) }),
      }));
    }
    return list[0];
  };

  // Model version: links stay valid across versions, but the figures may change.
  const version = take(QUERY_KEYS.model);
  if (version !== undefined) {
    if (!safeParse(modelVersion, version).success) {
      notices.push(() => ({ kind: 'ignored', field: 'model', value: shownValue(version), problem: i18n.t('common:notices.notVersion'), outcome: i18n.t('common:notices.ignored') }));
    } else if (version !== ctx.modelVersion) {
      notices.push(() => ({
        kind: 'info',
        field: 'model',
        value: version,
        problem: i18n.t('common:notices.otherVersion', { version, current: ctx.modelVersion }),
        outcome: i18n.t('common:notices.otherVersionOutcome'),
      }));
    }
  }

  const fallback = findDefaults(ctx, ctx.defaultScenarioId);
  let scenario = fallback;
  const scenarioId = take(QUERY_KEYS.scenario);
  if (scenarioId !== undefined) {
    const found = ctx.scenarios.find((s) => s.id === scenarioId);
    if (found) scenario = found;
    else
      notices.push(() => ({
        kind: 'ignored',
        field: 'scenario',
        value: shownValue(scenarioId),
        problem: i18n.t('common:notices.noScenario', { available: ctx.scenarios.map((s) => s.id).join(', ') }),
        outcome: i18n.t('common:notices.showingInstead', { title: fallback.title }),
      }));
  }

  const whole = (field: 'seed' | 'agents' | 'months', fallbackValue: number): number => {
    const raw = take(QUERY_KEYS[field]);
    if (raw === undefined) return fallbackValue;
    const res = safeParse(wholeNumber(RUN_LIMITS[field]), raw);
    if (res.success) return res.data;
    notices.push(() => ({ kind: 'ignored', field, value: shownValue(raw), problem: describeLimit(RUN_LIMITS[field]), outcome: i18n.t('common:notices.usingInstead', { value: fallbackValue }) }));
    return fallbackValue;
  };
  const seed = whole('seed', ctx.defaultSeed);
  const agents = whole('agents', ctx.defaultAgents);
  const months = whole('months', scenario.months);

  let spreadSeeds: SpreadSeeds | undefined;
  const rawSeeds = take(QUERY_KEYS.spreadSeeds);
  if (rawSeeds !== undefined) {
    const trimmed = rawSeeds.trim();
    const value = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : NaN;
    if (isSpreadSeeds(value)) spreadSeeds = value === DEFAULT_SPREAD_SEEDS ? undefined : value;
    else
      notices.push(() => ({
        kind: 'ignored',
        field: QUERY_KEYS.spreadSeeds,
        value: shownValue(rawSeeds),
        problem: i18n.t('common:notices.spreadSeedsChoices', { choices: SPREAD_SEED_CHOICES.join(', ') }),
        outcome: i18n.t('common:notices.usingInstead', { value: DEFAULT_SPREAD_SEEDS }),
      }));
  }

  let reference: Reference | undefined;
  const rawReference = take(QUERY_KEYS.reference);
  if (rawReference !== undefined) {
    const trimmed = rawReference.trim();
    if (isReference(trimmed)) reference = trimmed;
    else {
      const fallbackReference = defaultReference(scenario.id);
      notices.push(() => ({
        kind: 'ignored',
        field: QUERY_KEYS.reference,
        value: shownValue(rawReference),
        problem: i18n.t('common:notices.referenceChoices', { choices: REFERENCES.join(', ') }),
        outcome: i18n.t('common:notices.referenceInstead', { value: fallbackReference }),
      }));
    }
  }

  const overrides: Record<string, number> = {};
  const aims: Record<string, RouteId> = {};
  const routes = scenario.routes ?? ROUTE_IDS;
  const aimedKeys = [...values.keys()].filter((k) => aimedLever(k) !== undefined);
  for (const spec of ctx.levers) {
    let field: string = spec.key;
    let raw = take(spec.key);
    let route: RouteId | undefined;
    // Values aimed at one route: the first usable one, unless the lever is set for every route.
    for (const key of aimedKeys.filter((k) => aimedLever(k) === spec.key)) {
      const routeText = key.slice(spec.key.length + 1);
      const given = shownValue(values.get(key)?.[0] ?? '');
      const problem = aimProblemText(spec.key, routeText, ROUTES.filter((r) => routes.includes(r.id)));
      if (problem || !isRouteId(routeText)) {
        notices.push(() => ({ kind: 'ignored', field: shownValue(key), value: given, problem: problem ?? i18n.t('common:notices.unknownSetting'), outcome: i18n.t('common:notices.ignored') }));
      } else if (raw !== undefined) {
        notices.push(() => ({ kind: 'ignored', field: shownValue(key), value: given, problem: i18n.t(route === undefined ? 'common:notices.aimAndAll' : 'common:notices.aimTwice', { label: leverLabel(spec.key) }), outcome: i18n.t('common:notices.ignored') }));
      } else {
        field = key;
        raw = take(key);
        route = routeText;
        continue;
      }
      values.delete(key);
    }
    for (const key of aimedKeys) if (aimedLever(key) === spec.key) values.delete(key);
    if (raw === undefined) continue;
    const start = routeStart(scenario, spec.key, route, spec.defaultValue);
    const res = safeParse(decimal(spec), raw);
    if (!res.success) {
      notices.push(() => ({
        kind: 'ignored',
        field,
        value: shownValue(raw),
        problem: i18n.t('common:notices.leverRange', { label: leverLabel(spec.key), min: spec.min, max: spec.max }),
        outcome: i18n.t('common:notices.usingScenarioValue', { value: start }),
      }));
      continue;
    }
    const snapped = snapToStep(spec, res.data);
    if (snapped !== res.data) {
      notices.push(() => ({
        kind: 'adjusted',
        field,
        value: shownValue(raw),
        problem: i18n.t('common:notices.leverStep', { label: leverLabel(spec.key), step: spec.step }),
        outcome: i18n.t('common:notices.roundedTo', { value: snapped }),
      }));
    }
    // Aiming is a choice of its own (the lever is fixed on that route), kept even at the scenario's value.
    if (route !== undefined) {
      overrides[spec.key] = snapped;
      aims[spec.key] = route;
    } else if (!sameLeverValue(spec, snapped, start)) overrides[spec.key] = snapped;
  }

  let timeline: TimelineChange[] | undefined;
  const rawTimeline = take(QUERY_KEYS.timeline);
  if (rawTimeline !== undefined) {
    const decoded = decodeTimeline(rawTimeline, leverByKey);
    for (const n of decoded.notices) notices.push(() => ({ kind: 'ignored', ...n, value: shownValue(n.value) }));
    if (decoded.timeline) timeline = normaliseEdited(scenario.timeline, decoded.timeline);
  }

  const weightsBase = weightsOf(ctx, { scenarioId: scenario.id });
  const decodedWeights = decodeWeights(values, weightsBase, take);
  for (const n of decodedWeights.notices) notices.push(() => ({ ...n, value: shownValue(n.value) }));

  const unknown = [...values.keys()].filter((k) => !known(k));
  for (const key of unknown) {
    notices.push(() => ({ kind: 'ignored', field: shownValue(key), value: shownValue(values.get(key)?.[0] ?? ''), problem: i18n.t('common:notices.unknownSetting'), outcome: i18n.t('common:notices.ignored') }));
  }

  const base: ExplorerSettings = Object.keys(aims).length ? { scenarioId: scenario.id, overrides, aims, seed, agents, months } : { scenarioId: scenario.id, overrides, seed, agents, months };
  const withTimeline: ExplorerSettings = timeline ? { ...base, timeline } : base;
  const weighed: ExplorerSettings = decodedWeights.weights ? { ...withTimeline, weights: decodedWeights.weights } : withTimeline;
  const referred: ExplorerSettings = reference ? { ...weighed, reference } : weighed;
  const settings: ExplorerSettings = spreadSeeds !== undefined ? { ...referred, spreadSeeds } : referred;
  return { settings, notices: notices.capped(), hasState };
}
