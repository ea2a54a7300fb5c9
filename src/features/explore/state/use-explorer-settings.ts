/**
 * React hook: the explorer's settings and the user's imported scenarios, where the settings came
 * from on load (link, autosave or defaults), and their encoding as a link. Every change is
 * written to the address bar (so a reload or a copied address reproduces the run) and autosaved,
 * shortly after the last change; imported scenarios are autosaved beside them (library.ts).
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { BUILT_IN_SCENARIOS, type Scenario } from '../../../../scenarios/index';
import { readAutosave, writeAutosave } from '../../../shared/settings/autosave';
import { explorerStateReducer, scenarioSet, type ExplorerState, type ExplorerStateAction, type ScenarioSet } from './explorer-state';
import { initialSettings, type InitialSettings } from '../../../shared/settings/initial-settings';
import { readLibrary, writeLibrary } from '../../../shared/settings/library';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { encodeSettings } from '../../../shared/settings/url';
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
}

function readInitial(): { state: ExplorerState; loaded: InitialSettings } {
  const library = readLibrary(BUILT_IN_IDS);
  const loaded = initialSettings(window.location.search, readAutosave(), setOf(library).context);
  return { state: { settings: loaded.settings, library }, loaded };
}

export function useExplorerSettings(): ExplorerSettingsState {
  const [initial] = useState(readInitial);
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
      writeAutosave(query);
    };
    const timer = window.setTimeout(write, WRITE_DELAY_MS);
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [query]);

  // Before the settings that name it: a reload right after an import must find the scenario.
  useEffect(() => writeLibrary(library), [library]);

  return { settings, library, scenarios, dispatch, loaded: initial.loaded, query, link };
}
