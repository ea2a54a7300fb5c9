/**
 * React hook: the compare setup, where it came from, and its persistence. On load the link
 * (`#/compare?…`) wins for the fields it names, over the autosave, over the defaults; imported
 * files come from the autosave. `add=explorer` adds the explorer's current settings (from its
 * link or autosave). Every change is written to the address (replaceState: no new history entry)
 * and autosaved in this browser by the shared rules (src/shared/storage/), so a reload loses
 * nothing: a saved comparison that cannot be used is set aside, downloadable, before anything
 * overwrites it. Storage may be missing or full, or another tab may save; the page says so, and
 * the link still holds everything but imported files.
 */
import { useCallback, useEffect, useReducer, useState } from 'react';
import { fixLevers } from '../../../models/index';
import { BUILT_IN_SCENARIOS } from '../../shared/built-in-scenarios';
import { scenarioToRunInput } from '../../../scenarios/scenario-run';
import { readAutosave } from '../../shared/settings/autosave';
import { makeSettingsContext } from '../../shared/settings/context';
import { initialSettings } from '../../shared/settings/initial-settings';
import { readLibrary } from '../../shared/settings/library';
import { buildRunInput } from '../../shared/settings/run-input';
import { noticeText, type SettingsNotice } from '../../shared/settings/url';
import { useAutosaveSlot, type AutosaveSlot, type Decoded } from '../../shared/storage/index';
import { resolveMix } from './mixes';
import { decodeSavedComparison, type SavedComparison } from './setup-decode';
import { decodeLink, encodeLink, hashQuery } from './setup-link';
import { cannotAdd, compareReducer, type CompareAction } from './setup-reducer';
import { defaultSetup, type CompareSetup, type MixSpec } from './setup';
import { i18n } from '../../shared/i18n/i18n';

const STORAGE_KEY = 'crossings:compare';
const ROUTE = '#/compare';

/** The autosave's text for a setup and the address written with it. */
const recordText = (setup: CompareSetup, link: string) => JSON.stringify({ ...setup, link });

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

/** The autosave as the shared rules see it: what could not be used is the reason it is set aside. */
function decodeRecord(text: string): Decoded<SavedComparison> {
  const saved = decodeSavedComparison(text);
  return { value: saved, read: saved.read, problem: saved.notices.slice(0, 3).map(noticeText).join(' ') };
}

function load(slot: AutosaveSlot): Loaded {
  const notices: SettingsNotice[] = [];
  let base = defaultSetup();
  let savedLink: string | null = null;
  const saved = slot.load(decodeRecord).value;
  if (saved) {
    base = saved.setup;
    savedLink = saved.link;
    notices.push(...saved.notices);
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
  /** A message from loading (a mix added from the explorer). */
  readonly message: string | null;
  readonly setMessage: (message: string | null) => void;
  /** The autosave, for the page's storage notice (full storage, another tab, records set aside). */
  readonly storage: { readonly slot: AutosaveSlot; readonly takeOver: () => void; readonly discardHeld: () => void };
}

export function useCompareSetup(): CompareSetupState {
  const slot = useAutosaveSlot(STORAGE_KEY, 'compare');
  const [loaded] = useState(() => load(slot));
  const [setup, rawDispatch] = useReducer(compareReducer, loaded.setup);
  const [notices, setNotices] = useState(loaded.notices);
  const [message, setMessage] = useState(loaded.message);
  const dispatch = useCallback((action: CompareAction) => rawDispatch(action), []);
  const dismissNotices = useCallback(() => setNotices([]), []);

  useEffect(() => {
    const link = encodeLink(setup);
    const hash = `${ROUTE}?${link}`;
    if (window.location.hash.startsWith(ROUTE) && window.location.hash !== hash) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
    // A full storage, another tab, a record that could not be set aside: the slot's state says so.
    slot.save(recordText(setup, link));
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
    return () => window.removeEventListener('hashchange', onHash);
  }, [setup, slot]);

  const takeOver = useCallback(() => slot.takeOver(recordText(setup, encodeLink(setup))), [slot, setup]);
  const discardHeld = useCallback(() => {
    slot.discardHeld();
    slot.save(recordText(setup, encodeLink(setup)));
  }, [slot, setup]);

  return { setup, dispatch, notices, dismissNotices, message, setMessage, storage: { slot, takeOver, discardHeld } };
}
