/**
 * The base address of team links for this browser (team-address.ts decides): the typed base is
 * remembered in localStorage; the room server's LAN addresses are read once from
 * `room-addresses.json` beside the page (the room server answers it; a static build ships an
 * empty list), and only when the page was opened at a loopback address.
 */
import { useSyncExternalStore } from 'react';
import { chooseTeamBase, isLoopbackHost, parseTypedBase, type BaseProblem, type TeamBase } from './team-address';

const STORAGE_KEY = 'crossings:team-base';

interface State {
  readonly typed: string | null;
  readonly serverUrls: readonly string[];
}

function readTyped(): string | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v && parseTypedBase(v).ok ? v : null;
  } catch {
    return null;
  }
}

let state: State = { typed: typeof localStorage === 'undefined' ? null : readTyped(), serverUrls: [] };
const listeners = new Set<() => void>();
let asked = false;

function set(next: State): void {
  state = next;
  for (const l of listeners) l();
}

function askServer(): void {
  if (asked || typeof window === 'undefined' || !isLoopbackHost(window.location.hostname)) return;
  asked = true;
  fetch(new URL('room-addresses.json', window.location.href), { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((data: unknown) => {
      const urls = (data as { urls?: unknown } | null)?.urls;
      if (Array.isArray(urls)) set({ ...state, serverUrls: urls.filter((u): u is string => typeof u === 'string').slice(0, 8) });
    })
    .catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  askServer();
  return () => listeners.delete(listener);
}

export interface TeamBaseControl {
  readonly base: TeamBase;
  readonly typed: string | null;
  /** Remember a typed base (null: forget it); returns what is wrong with it, or null. */
  readonly setTyped: (text: string | null) => BaseProblem | null;
}

export function useTeamBase(): TeamBaseControl {
  const current = useSyncExternalStore(subscribe, () => state);
  const base = chooseTeamBase(window.location.href, current.typed, current.serverUrls);
  const setTyped = (text: string | null): BaseProblem | null => {
    if (text === null) {
      try {
        localStorage.removeItem(STORAGE_KEY);
      } catch {
        /* storage unavailable: the choice lasts for this page only */
      }
      set({ ...state, typed: null });
      return null;
    }
    const parsed = parseTypedBase(text);
    if (!parsed.ok) return parsed.problem;
    try {
      localStorage.setItem(STORAGE_KEY, parsed.url);
    } catch {
      /* storage unavailable or full: the choice lasts for this page only */
    }
    set({ ...state, typed: parsed.url });
    return null;
  };
  return { base, typed: current.typed, setTyped };
}
