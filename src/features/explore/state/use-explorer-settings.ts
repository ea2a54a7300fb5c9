/**
 * React hook: the explorer's settings and the user's imported scenarios, where the settings came
 * from on load (link, autosave or defaults), and their encoding as a link. Every change is
 * written to the address bar (so a reload or a copied address reproduces the run) and autosaved,
 * shortly after the last change; imported scenarios are autosaved beside them (library.ts). Both
 * autosaves follow the shared rules (src/shared/storage/): a record that cannot be used is set
 * aside before anything overwrites it, and a full storage or another tab is reported.
 */
import { use, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { BUILT_IN_SCENARIOS } from '../../../shared/built-in-scenarios';
import type { Scenario } from '../../../../scenarios/format';
import { EXPLORER_STORAGE_KEY } from '../../../shared/settings/storage-keys';
import { explorerStateReducer, scenarioSet, type ExplorerState, type ExplorerStateAction, type ScenarioSet } from './explorer-state';
import type { InitialSettings } from '../../../shared/settings/initial-settings';
import { LIBRARY_STORAGE_KEY, libraryText } from '../../../shared/settings/library-list';
import { loadDecoders, needsDecoding, type StartDecoders } from '../../../shared/settings/load-decoders';
import { browserStorage, useAutosaveSlot, type AutosaveSlot } from '../../../shared/storage/index';
import { defaultSettings, type ExplorerSettings } from '../../../shared/settings/settings';
import { encodeSettings } from '../../../shared/settings/url-encode';
import { useTranslation } from 'react-i18next';
import { langParamOfAddress } from '../../../shared/i18n/language-choice';
import { withLangParam } from '../../../shared/i18n/lang-param';

/** Writing the address bar at every slider step would make the browser throttle us. */
const WRITE_DELAY_MS = 250;

export const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_SCENARIOS.map((s) => s.id));
const setOf = scenarioSet(BUILT_IN_SCENARIOS);
const reducer = explorerStateReducer(setOf);

export interface ExplorerSettingsState {
  readonly settings: ExplorerSettings;
  /** Scenarios imported from files in this browser. */
  readonly library: readonly Scenario[];
  /** Every scenario the settings may name, and the settings context built from them. */
  readonly scenarios: ScenarioSet;
  readonly dispatch: (action: ExplorerStateAction) => void;
  readonly loaded: InitialSettings;
  /** The settings as a query string (without `?`). */
  readonly query: string;
  /** A full link to these settings. */
  readonly link: string;
  /** The two autosaves (settings, imported scenarios), for the page's storage notices. */
  readonly slots: ExplorerSlots;
}

export interface ExplorerSlots {
  readonly settings: AutosaveSlot;
  readonly library: AutosaveSlot;
}

function readInitial(slots: ExplorerSlots, decoders: StartDecoders | null): { state: ExplorerState; loaded: InitialSettings } {
  if (!decoders) {
    // Nothing in the address or in storage (needsDecoding): the default scenario as loaded.
    const settings = defaultSettings(setOf([]).context);
    return { state: { settings, library: [] }, loaded: { settings, source: 'default', notices: [] } };
  }
  const { decodeExplorerAutosave, decodeLibraryRecord, initialSettings } = decoders;
  const library = slots.library.load((text) => decodeLibraryRecord(text, BUILT_IN_IDS)).value ?? [];
  const { context } = setOf(library);
  const saved = slots.settings.load((text) => decodeExplorerAutosave(text, context));
  const loaded = initialSettings(window.location.search, saved.value, context);
  return { state: { settings: loaded.settings, library }, loaded };
}

export function useExplorerSettings(): ExplorerSettingsState {
  const settingsSlot = useAutosaveSlot(EXPLORER_STORAGE_KEY, 'explorer');
  const librarySlot = useAutosaveSlot(LIBRARY_STORAGE_KEY, 'library');
  const [slots] = useState<ExplorerSlots>(() => ({ settings: settingsSlot, library: librarySlot }));
  // A link or a saved record is decoded with zod, loaded only then; until it is, the view's
  // loading state shows (Suspense), so the first paint already shows what the link holds.
  const [needed] = useState(() => needsDecoding(window.location.search, browserStorage()));
  const decoders = needed ? use(loadDecoders()) : null;
  const [initial] = useState(() => readInitial(slots, decoders));
  const [state, rawDispatch] = useReducer(reducer, initial.state);
  const dispatch = useCallback((action: ExplorerStateAction) => rawDispatch(action), []);
  const { settings, library } = state;
  const scenarios = setOf(library);
  const query = useMemo(() => encodeSettings(settings, scenarios.context), [settings, scenarios]);
  // The page's language rides along in the address and the link (`lang=`), not in the autosave.
  const { i18n } = useTranslation();
  const search = useMemo(() => withLangParam(query, i18n.resolvedLanguage ? langParamOfAddress() : null), [query, i18n.resolvedLanguage]);
  const link = `${window.location.origin}${window.location.pathname}?${search}`;

  useEffect(() => {
    const write = () => {
      const now = withLangParam(query, langParamOfAddress());
      if (window.location.search !== `?${now}`) {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}?${now}${window.location.hash}`);
      }
      slots.settings.save(query);
    };
    const timer = window.setTimeout(write, WRITE_DELAY_MS);
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [query, slots]);

  // Before the settings that name it: a reload right after an import must find the scenario.
  useEffect(() => {
    const text = libraryText(library);
    if (text === null) slots.library.clear();
    else slots.library.save(text);
  }, [library, slots]);

  return { settings, library, scenarios, dispatch, loaded: initial.loaded, query, link, slots };
}
