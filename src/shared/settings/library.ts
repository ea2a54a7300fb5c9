/**
 * The user's own scenarios: files imported in this browser, kept beside the built-in library for
 * the session and autosaved (localStorage) so that a reload — or a link to one of them opened in
 * the same browser — finds them again. What is read back is validated like any file from
 * outside; anything that no longer validates is dropped, never trusted. Storage may be missing,
 * full or forbidden: then the scenarios last for the session only.
 */
import { parseScenario, type Scenario } from '../../../scenarios/index';

const STORAGE_KEY = 'crossings:scenarios';
/** Most imported scenarios kept; the oldest is dropped first. */
export const MAX_LIBRARY = 12;

/** The list after adding (or replacing, by id) one scenario, newest last. */
export function addToLibrary(library: readonly Scenario[], scenario: Scenario): Scenario[] {
  return [...library.filter((s) => s.id !== scenario.id), scenario].slice(-MAX_LIBRARY);
}

/** Parse a saved library; entries that fail validation or clash with a built-in id are left out. */
export function parseLibrary(text: string | null, builtInIds: ReadonlySet<string>): Scenario[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  let out: Scenario[] = [];
  for (const item of data.slice(0, MAX_LIBRARY)) {
    try {
      const s = parseScenario(item);
      if (!builtInIds.has(s.id)) out = addToLibrary(out, s);
    } catch {
      // A scenario that no longer validates (say, after a model change) is dropped.
    }
  }
  return out;
}

export function readLibrary(builtInIds: ReadonlySet<string>): Scenario[] {
  try {
    return parseLibrary(window.localStorage.getItem(STORAGE_KEY), builtInIds);
  } catch {
    return [];
  }
}

export function writeLibrary(library: readonly Scenario[]): void {
  try {
    if (library.length === 0) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(library));
  } catch {
    // Nowhere to save (or too big): the scenarios stay for this session.
  }
}
