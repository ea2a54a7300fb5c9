/**
 * React hook: the explorer's settings, where they came from on load (link, autosave or
 * defaults), and their encoding as a link. Every change is written to the address bar (so a
 * reload or a copied address reproduces the run) and autosaved, shortly after the last change.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { readAutosave, writeAutosave } from './autosave';
import { SETTINGS_CONTEXT } from './context';
import { explorerReducer, type ExplorerAction } from './explorer-reducer';
import { initialSettings, type InitialSettings } from './initial-settings';
import type { ExplorerSettings } from './settings';
import { encodeSettings } from './url';

/** Writing the address bar at every slider step would make the browser throttle us. */
const WRITE_DELAY_MS = 250;

const reducer = explorerReducer(SETTINGS_CONTEXT);

export interface ExplorerSettingsState {
  readonly settings: ExplorerSettings;
  readonly dispatch: (action: ExplorerAction) => void;
  readonly loaded: InitialSettings;
  /** The settings as a query string (without `?`). */
  readonly query: string;
  /** A full link to these settings. */
  readonly link: string;
}

function readInitial(): InitialSettings {
  return initialSettings(window.location.search, readAutosave(), SETTINGS_CONTEXT);
}

export function useExplorerSettings(): ExplorerSettingsState {
  const [loaded] = useState(readInitial);
  const [settings, rawDispatch] = useReducer(reducer, loaded.settings);
  const dispatch = useCallback((action: ExplorerAction) => rawDispatch(action), []);
  const query = useMemo(() => encodeSettings(settings, SETTINGS_CONTEXT), [settings]);
  const link = `${window.location.origin}${window.location.pathname}?${query}`;

  useEffect(() => {
    const write = () => {
      if (window.location.search !== `?${query}`) {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${window.location.hash}`);
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

  return { settings, dispatch, loaded, query, link };
}
