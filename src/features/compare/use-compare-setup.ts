/**
 * React hook: the compare setup, where it came from, and its persistence. On load the link
 * (`#/compare?…`) wins for the fields it names, over the autosave, over the defaults; imported
 * files come from the autosave. `add=explorer` adds the explorer's current settings (from its
 * link or autosave). Every change is written to the address (replaceState: no new history entry)
 * and autosaved in this browser, so a reload loses nothing. Storage may be missing or full; then
 * the link still holds everything but imported files.
 */
import { useCallback, useEffect, useReducer, useState } from 'react';
import { fixLevers } from '../../../models/index';
import { BUILT_IN_SCENARIOS, scenarioToRunInput } from '../../../scenarios/index';
import { readAutosave } from '../../shared/settings/autosave';
import { makeSettingsContext } from '../../shared/settings/context';
import { initialSettings } from '../../shared/settings/initial-settings';
import { readLibrary } from '../../shared/settings/library';
import { buildRunInput } from '../../shared/settings/run-input';
import type { SettingsNotice } from '../../shared/settings/url';
import { resolveMix } from './mixes';
import { decodeStoredSetup } from './setup-decode';
import { decodeLink, encodeLink, hashQuery } from './setup-link';
import { cannotAdd, compareReducer, type CompareAction } from './setup-reducer';
import { defaultSetup, type CompareSetup, type MixSpec } from './setup';
import { i18n } from '../../shared/i18n/i18n';

const STORAGE_KEY = 'crossings:compare';
const ROUTE = '#/compare';

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Returns a problem to show, or null when saved. */
function writeStorage(setup: CompareSetup, link: string): string | null {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...setup, link }));
    return null;
  } catch {
    return i18n.t('compare:notices.notSaved');
  }
}

const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_SCENARIOS.map((s) => s.id));
const MAX_TITLE = 200;

/**
 * The explorer's current settings as a mix, read as the explorer reads them (its link, else its
 * autosave, with the scenarios imported there). A built-in scenario with moved levers becomes an
 * explorer mix (with its edited timeline, if any); an imported scenario becomes a file mix
 * holding the settings in force.
 */
export function explorerMix(): { spec: MixSpec; title: string } {
  const library = readLibrary(BUILT_IN_IDS);
  const all = [...BUILT_IN_SCENARIOS, ...library];
  const { settings } = initialSettings(window.location.search, readAutosave(), makeSettingsContext(all));
  const scenario = all.find((s) => s.id === settings.scenarioId) ?? BUILT_IN_SCENARIOS[0];
  const input = buildRunInput(scenario, settings);
  let spec: MixSpec;
  if (BUILT_IN_IDS.has(scenario.id)) {
    const own = fixLevers(scenarioToRunInput(scenario).timeline ?? [], settings.overrides);
    const edited = JSON.stringify(own) !== JSON.stringify(input.timeline ?? []);
    spec = { kind: 'explorer', scenarioId: scenario.id, overrides: { ...settings.overrides }, ...(edited ? { timeline: [...(input.timeline ?? [])] } : {}) };
  } else {
    const title = `${scenario.title} (my explorer settings)`.slice(0, MAX_TITLE);
    spec = { kind: 'file', scenario: { ...scenario, title, levers: { ...input.levers }, timeline: [...(input.timeline ?? [])] } };
  }
  return { spec, title: resolveMix({ id: 'x', slot: 0, spec }, 0)?.title ?? i18n.t('compare:notices.myExplorer') };
}

interface Loaded {
  readonly setup: CompareSetup;
  readonly notices: readonly SettingsNotice[];
  readonly message: string | null;
}

function load(): Loaded {
  const notices: SettingsNotice[] = [];
  let base = defaultSetup();
  let savedLink: unknown = null;
  const saved = readStorage();
  if (saved) {
    let raw: unknown = null;
    try {
      raw = JSON.parse(saved);
    } catch {
      notices.push({ kind: 'ignored', field: 'saved comparison', value: i18n.t('compare:decode.nSavedChars', { savedCount: saved.length }), problem: i18n.t('compare:decode.notReadable'), outcome: i18n.t('compare:decode.afresh') });
    }
    if (raw !== null) {
      savedLink = (raw as { link?: unknown }).link;
      const decoded = decodeStoredSetup(raw);
      base = decoded.setup;
      notices.push(...decoded.notices);
    }
  }
  // The address this page wrote itself (a reload) is the autosave's own: nothing to decode.
  const query = hashQuery(window.location.hash);
  const link = query === savedLink ? { setup: base, notices: [], addExplorer: false } : decodeLink(query, base);
  notices.push(...link.notices);
  let setup = link.setup;
  let message: string | null = null;
  if (link.addExplorer) {
    const { spec, title } = explorerMix();
    const problem = cannotAdd(setup, spec, title);
    if (problem) message = problem;
    else {
      setup = compareReducer(setup, { type: 'addMix', spec });
      message = i18n.t('compare:notices.addedFromExplorer', { title: title });
    }
  }
  return { setup, notices, message };
}

export interface CompareSetupState {
  readonly setup: CompareSetup;
  readonly dispatch: (action: CompareAction) => void;
  readonly notices: readonly SettingsNotice[];
  readonly dismissNotices: () => void;
  /** A message from loading (a mix added from the explorer) or a failed save. */
  readonly message: string | null;
  readonly setMessage: (message: string | null) => void;
}

export function useCompareSetup(): CompareSetupState {
  const [loaded] = useState(load);
  const [setup, rawDispatch] = useReducer(compareReducer, loaded.setup);
  const [notices, setNotices] = useState(loaded.notices);
  const [message, setMessage] = useState(loaded.message);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const dispatch = useCallback((action: CompareAction) => rawDispatch(action), []);
  const dismissNotices = useCallback(() => setNotices([]), []);

  useEffect(() => {
    const link = encodeLink(setup);
    const hash = `${ROUTE}?${link}`;
    if (window.location.hash.startsWith(ROUTE) && window.location.hash !== hash) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
    const problem = writeStorage(setup, link);
    // Report a failed save once, not at every change.
    const timer = window.setTimeout(() => setSaveProblem(problem), 0);
    // A compare link pasted into the address bar while the view is open: use what it names.
    const onHash = () => {
      if (!window.location.hash.startsWith(ROUTE)) return;
      const query = hashQuery(window.location.hash);
      if (query === link) return;
      const decoded = decodeLink(query, setup);
      if (decoded.hasState) rawDispatch({ type: 'replace', setup: decoded.setup });
      if (decoded.notices.length) setNotices(decoded.notices);
      if (!decoded.hasState) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('hashchange', onHash);
    };
  }, [setup]);

  return { setup, dispatch, notices, dismissNotices, message: message ?? saveProblem, setMessage };
}
