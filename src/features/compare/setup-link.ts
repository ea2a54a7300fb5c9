/**
 * The compare setup in the address, after `#/compare?`, and back:
 *
 *   #/compare?mix=baseline&mix=explorer:baseline:enforcement.intensity=0.8&ref=1&seeds=20&seed=1&agents=100000&months=120&output=deathsMissing&tab=mixes
 *
 * A `mix` is a built-in scenario id, `explorer:<scenario>:<lever>=<value>,…` (settings brought
 * from the explorer; `:edited-timeline` at the end when the user edited its timeline, which stays
 * in this browser's autosave), or `file:<scenario id>` (an imported file, which travels only in
 * this browser's autosave, not in the link). `ref` is the reference mix's number. `index.<term>=W`
 * gives a term's weight when it is not the model's default (as in the explorer's link and on the
 * command line); a link naming any weight states them all (the others at their defaults). A link
 * that carries a set-up (any compare setting) but names no weight means the default weights: a
 * link someone sent reads the indices as its sender did, not with whatever weights this browser's
 * autosave last held. Only an address with no set-up of its own (`#/compare`, or only
 * `add=explorer`) keeps the autosave's weights. `add=explorer` asks
 * the page to add the explorer's current settings. The sensitivity settings live in the autosave.
 *
 * Decoding trusts nothing and never throws: each problem becomes a notice naming the parameter,
 * the value and what is allowed, and the field keeps its value from the autosave or default.
 */
import { DEFAULT_WEIGHTS, LEVER_BY_KEY } from '../../../models/index';
import { decodeWeights, encodeWeights, isWeightKey } from '../../shared/settings/url-weights';
import { safeParse } from '../../../scenarios/index';
import { termWeight, WEIGHT_KEY_PREFIX } from '../../../scenarios/index-weights';
import { NoticeList, type SettingsNotice } from '../../shared/settings/url';
import { limitText, outputSchema, shown, wholeSchema, withUsableFirstSeed } from './setup-decode';
import { mixIdentity } from './mixes';
import { COMPARE_LIMITS, MAX_MIXES, nextMixPlace, type CompareSetup, type Mix, type MixSpec, type WholeLimit } from './setup';
import { decodeSpec } from './setup-decode';
import { i18n } from '../../shared/i18n/i18n';

export const MAX_LINK_CHARS = 4_000;
/** Marks an explorer mix whose edited timeline stays in the autosave of the browser that made it. */
const EDITED_TIMELINE = 'edited-timeline';
export const LINK_KEYS = ['mix', 'ref', 'seeds', 'seed', 'agents', 'months', 'output', 'tab', 'add'] as const;

export interface DecodedLink {
  readonly setup: CompareSetup;
  readonly notices: readonly SettingsNotice[];
  /** The link names at least one compare setting (so it wins over the autosave for those). */
  readonly hasState: boolean;
  /** `add=explorer`: add the explorer's current settings as a mix. */
  readonly addExplorer: boolean;
}

/** The query part of a `#/compare?…` hash ('' if none). */
export function hashQuery(hash: string): string {
  const at = hash.indexOf('?');
  return at < 0 ? '' : hash.slice(at + 1);
}

function mixToken(spec: MixSpec): string {
  switch (spec.kind) {
    case 'preset':
      return spec.scenarioId;
    case 'file':
      return `file:${spec.scenario.id}`;
    case 'explorer': {
      const changes = Object.entries(spec.overrides).map(([k, v]) => `${k}=${v}`);
      const token = `explorer:${spec.scenarioId}:${changes.join(',')}`;
      return spec.timeline ? `${token}:${EDITED_TIMELINE}` : token;
    }
  }
}

/** A mix token from a link, or why it cannot be used. */
function parseToken(token: string, base: CompareSetup, timelineLost: string[]): MixSpec | string {
  if (token.startsWith('file:')) {
    const id = token.slice(5);
    const found = base.mixes.find((m) => m.spec.kind === 'file' && m.spec.scenario.id === id);
    return found ? found.spec : i18n.t('compare:decode.fileNotInLink');
  }
  if (token.startsWith('explorer:')) {
    const [, scenarioId = '', changes = '', marker] = token.split(':');
    if (marker === EDITED_TIMELINE) {
      const found = base.mixes.find((m) => mixToken(m.spec) === token);
      if (found) return found.spec;
    }
    const overrides: Record<string, unknown> = {};
    for (const part of changes.split(',').filter(Boolean)) {
      const [key, value = ''] = part.split('=');
      if (!LEVER_BY_KEY.has(key)) return `“${shown(key)}” is not a lever`;
      overrides[key] = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i.test(value) ? Number(value) : value;
    }
    const spec = decodeSpec({ kind: 'explorer', scenarioId, overrides });
    if (marker === EDITED_TIMELINE && typeof spec !== 'string') timelineLost.push(token);
    return spec;
  }
  return decodeSpec({ kind: 'preset', scenarioId: token });
}

/** Identities of the mixes of recent link tokens: a token names the same runs each time (a file's or edited timeline's token is looked up in the autosave, by content). */
const tokenIdentities = new Map<string, string | null>();
const TOKEN_IDENTITIES_KEPT = 256;

function tokenIdentity(token: string, spec: MixSpec): string | null {
  if (spec.kind === 'file' || (spec.kind === 'explorer' && spec.timeline)) return mixIdentity(spec);
  let identity = tokenIdentities.get(token);
  if (identity === undefined) {
    if (tokenIdentities.size >= TOKEN_IDENTITIES_KEPT) tokenIdentities.clear();
    tokenIdentities.set(token, (identity = mixIdentity(spec)));
  }
  return identity;
}

/** Mixes from the link, reusing the ids and slots of equal mixes in the autosave. */
function linkMixes(tokens: readonly string[], base: CompareSetup, notices: NoticeList): Mix[] {
  const entries: { spec: MixSpec; reuse?: Mix }[] = [];
  // A mix's identity is its whole run input, hashed: work out the autosave's once, and only if needed.
  let baseIdentities: (string | null)[] | undefined;
  tokens.forEach((token, i) => {
    if (entries.length >= MAX_MIXES) {
      if (i === MAX_MIXES) notices.push(() => ({ kind: 'ignored', field: 'mix', value: i18n.t('compare:decode.nTokens', { tokensCount: tokens.length }), problem: i18n.t('compare:decode.atMost', { maxMixes: MAX_MIXES }), outcome: i18n.t('compare:decode.firstUsed', { maxMixes: MAX_MIXES }) }));
      return;
    }
    const lost: string[] = [];
    const spec = parseToken(token, base, lost);
    if (lost.length) notices.push(() => ({ kind: 'adjusted', field: 'mix', value: shown(token), problem: i18n.t('compare:decode.timelineNotInLink'), outcome: i18n.t('compare:decode.ownTimeline') }));
    if (typeof spec === 'string') {
      notices.push(() => ({ kind: 'ignored', field: 'mix', value: shown(token), problem: spec, outcome: i18n.t('compare:decode.leftOut') }));
      return;
    }
    const identity = tokenIdentity(token, spec);
    baseIdentities ??= base.mixes.map((m) => mixIdentity(m.spec));
    const reuse = base.mixes.find((m, k) => baseIdentities?.[k] === identity && !entries.some((e) => e.reuse === m));
    entries.push({ spec, reuse });
  });
  const placed: Mix[] = entries.flatMap((e) => (e.reuse ? [e.reuse] : []));
  return entries.map((e) => {
    if (e.reuse) return e.reuse;
    const mix: Mix = { ...nextMixPlace(placed), spec: e.spec };
    placed.push(mix);
    return mix;
  });
}

/** Whether a link names any compare setting (`add=explorer` is a request, not a setting). */
function carriesSetup(values: ReadonlyMap<string, readonly string[]>): boolean {
  return [...values.keys()].some((k) => k !== 'add' && (LINK_KEYS as readonly string[]).includes(k));
}

/** Decode a link's query over a base setup (the autosave's, or the default). */
export function decodeLink(input: unknown, base: CompareSetup): DecodedLink {
  const notices = new NoticeList();
  let query = typeof input === 'string' ? input : '';
  if (query.startsWith('?')) query = query.slice(1);
  if (query.length > MAX_LINK_CHARS) {
    notices.push(() => ({ kind: 'adjusted', field: 'link', value: i18n.t('compare:decode.nChars', { queryCount: query.length }), problem: i18n.t('compare:decode.linkTooLong', { maxLinkChars: MAX_LINK_CHARS }), outcome: i18n.t('compare:decode.firstRead', { maxLinkChars: MAX_LINK_CHARS }) }));
    query = query.slice(0, MAX_LINK_CHARS);
  }
  const values = new Map<string, string[]>();
  try {
    for (const [k, v] of new URLSearchParams(query)) {
      const list = values.get(k);
      if (list) list.push(v);
      else values.set(k, [v]);
    }
  } catch {
    // An unreadable query is an empty one.
  }
  const first = (key: string) => values.get(key)?.[0];
  let setup = base;
  const whole = (key: string, limit: WholeLimit, fallback: number): number => {
    const raw = first(key);
    if (raw === undefined) return fallback;
    const res = safeParse(wholeSchema(limit), /^\+?\d{1,12}$/.test(raw.trim()) ? Number(raw.trim()) : NaN);
    if (res.success) return res.data;
    notices.push(() => ({ kind: 'ignored', field: key, value: shown(raw), problem: limitText(limit), outcome: i18n.t('compare:decode.usingFallback', { fallback: fallback }) }));
    return fallback;
  };
  const mixTokens = values.get('mix');
  if (mixTokens) setup = { ...setup, mixes: linkMixes(mixTokens, base, notices) };
  const ref = first('ref');
  if (ref !== undefined) {
    const n = /^\d{1,2}$/.test(ref) ? Number(ref) : 0;
    if (n >= 1 && n <= setup.mixes.length) setup = { ...setup, referenceId: setup.mixes[n - 1].id };
    else notices.push(() => ({ kind: 'ignored', field: 'ref', value: shown(ref), problem: i18n.t('compare:decode.ref', { mixesCount: setup.mixes.length }), outcome: i18n.t('compare:decode.refFirst') }));
  }
  setup = {
    ...setup,
    seeds: whole('seeds', COMPARE_LIMITS.seeds, setup.seeds),
    firstSeed: whole('seed', COMPARE_LIMITS.firstSeed, setup.firstSeed),
    agents: whole('agents', COMPARE_LIMITS.agents, setup.agents),
    months: whole('months', COMPARE_LIMITS.months, setup.months),
  };
  setup = withUsableFirstSeed(setup, notices, 'seed');
  const output = first('output');
  if (output !== undefined) {
    const res = safeParse(outputSchema, output);
    if (res.success) setup = { ...setup, output: res.data };
    else notices.push(() => ({ kind: 'ignored', field: 'output', value: shown(output), problem: i18n.t('compare:decode.notOutput'), outcome: i18n.t('compare:decode.showingOutput', { output: setup.output }) }));
  }
  const tab = first('tab');
  if (tab === 'mixes' || tab === 'sensitivity') setup = { ...setup, tab };
  else if (tab !== undefined) notices.push(() => ({ kind: 'ignored', field: 'tab', value: shown(tab), problem: i18n.t('compare:decode.tab'), outcome: i18n.t('compare:decode.showingTab', { tab: setup.tab }) }));
  if ([...values.keys()].some(isWeightKey)) {
    const decoded = decodeWeights(values, DEFAULT_WEIGHTS, first);
    // The explorer's decoder says "the scenario's weight"; here the fallback is the model's default.
    for (const n of decoded.notices) {
      const term = n.field.startsWith(WEIGHT_KEY_PREFIX) && !n.field.includes(',') ? n.field.slice(WEIGHT_KEY_PREFIX.length) : null;
      const outcome = term ? i18n.t('compare:decode.usingInstead', { fallback: String(termWeight(DEFAULT_WEIGHTS, term)) }) : i18n.t('compare:decode.defaultWeights');
      notices.push(() => ({ ...n, outcome }));
    }
    const { weights: _base, ...rest } = setup;
    setup = decoded.weights ? { ...rest, weights: decoded.weights } : rest;
  } else if (carriesSetup(values)) {
    // A set-up without weights was made with the defaults (encodeLink writes every weight that is not).
    const { weights: _autosaved, ...rest } = setup;
    setup = rest;
  }
  const add = first('add');
  if (add !== undefined && add !== 'explorer') notices.push(() => ({ kind: 'ignored', field: 'add', value: shown(add), problem: i18n.t('compare:decode.addOnlyExplorer'), outcome: i18n.t('compare:decode.nothingAdded') }));
  for (const [key, list] of values) {
    if (!(LINK_KEYS as readonly string[]).includes(key) && !isWeightKey(key)) notices.push(() => ({ kind: 'ignored', field: shown(key), value: shown(list[0]), problem: i18n.t('compare:decode.unknown'), outcome: i18n.t('compare:decode.ignored') }));
    else if (key !== 'mix' && list.length > 1) notices.push(() => ({ kind: 'adjusted', field: key, value: i18n.t('compare:decode.nValues', { listCount: list.length }), problem: i18n.t('compare:decode.repeated'), outcome: i18n.t('compare:decode.firstValue') }));
  }
  const hasState = carriesSetup(values) || [...values.keys()].some(isWeightKey);
  return { setup, notices: notices.capped(), hasState, addExplorer: add === 'explorer' };
}

/** The link query of a setup (without `?`), in a fixed order. */
export function encodeLink(setup: CompareSetup): string {
  const p = new URLSearchParams();
  for (const m of setup.mixes) p.append('mix', mixToken(m.spec));
  const ref = setup.mixes.findIndex((m) => m.id === setup.referenceId);
  if (ref >= 0) p.set('ref', String(ref + 1));
  p.set('seeds', String(setup.seeds));
  p.set('seed', String(setup.firstSeed));
  p.set('agents', String(setup.agents));
  p.set('months', String(setup.months));
  p.set('output', setup.output);
  p.set('tab', setup.tab);
  if (setup.weights) encodeWeights(p, setup.weights, DEFAULT_WEIGHTS);
  return p.toString();
}
