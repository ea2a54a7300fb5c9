/**
 * The user's own scenarios: files imported in this browser, kept beside the built-in library for
 * the session and autosaved (localStorage) so that a reload — or a link to one of them opened in
 * the same browser — finds them again. What is read back is validated like any file from
 * outside; anything that no longer validates is left out of the list, never trusted, and the
 * record as it was is set aside by the shared autosave rules (src/shared/storage/), downloadable.
 * Storage may be missing, full or forbidden: then the scenarios last for the session only, and
 * the page says so.
 */
import { MAX_SCENARIO_TEXT, parseScenario } from '../../../scenarios/index';
import { parseJsonText } from '../../../scenarios/json-text';
import type { Scenario } from '../../../scenarios/format';
import { i18n } from '../i18n/i18n';
import type { Decoded } from '../storage/index';
import { addToLibrary, LIBRARY_STORAGE_KEY, MAX_LIBRARY } from './library-list';

export { addToLibrary, LIBRARY_STORAGE_KEY, libraryText, MAX_LIBRARY } from './library-list';

/**
 * Largest saved library read or written: as large as the largest scenario file, which is far more
 * than twelve ordinary scenarios need (a few tens of kilobytes each); reading more would be slow.
 */
export const MAX_LIBRARY_CHARS = MAX_SCENARIO_TEXT;

export interface DecodedLibrary {
  readonly scenarios: Scenario[];
  /** Entries that could not be used: why, for the first few, in words (field, value, rule). */
  readonly problems: readonly string[];
  /** How many entries were left out in all. */
  readonly dropped: number;
  /** 'clean': read as written; 'partial': some entries left out; 'unreadable': none could be read. */
  readonly read: 'clean' | 'partial' | 'unreadable';
}

/** Problems listed by name; the rest are counted. */
const MAX_PROBLEMS = 3;

/** Decode a saved library; entries that fail validation or clash with a built-in id are left out and counted. Never throws. */
export function decodeLibrary(text: string | null, builtInIds: ReadonlySet<string>): DecodedLibrary {
  const none = (problem: string): DecodedLibrary => ({ scenarios: [], problems: [problem], dropped: 1, read: 'unreadable' });
  if (!text) return { scenarios: [], problems: [], dropped: 0, read: 'clean' };
  if (text.length > MAX_LIBRARY_CHARS) return none(i18n.t('common:storage.libraryDecode.tooLong', { count: text.length }));
  const json = parseJsonText(text);
  if (!json.ok) return none(i18n.t('common:storage.libraryDecode.notReadable', { problem: json.problem }));
  const data = json.value;
  if (!Array.isArray(data)) return none(i18n.t('common:storage.libraryDecode.notList'));
  let out: Scenario[] = [];
  const problems: string[] = [];
  let dropped = Math.max(0, data.length - MAX_LIBRARY);
  data.slice(0, MAX_LIBRARY).forEach((item: unknown, i) => {
    try {
      const s = parseScenario(item);
      if (!builtInIds.has(s.id)) out = addToLibrary(out, s);
      else {
        dropped++;
        if (problems.length < MAX_PROBLEMS) problems.push(i18n.t('common:storage.libraryDecode.builtInId', { entry: i + 1, id: s.id }));
      }
    } catch (e) {
      // A scenario that no longer validates (say, after a model change) is left out, and said so.
      dropped++;
      if (problems.length < MAX_PROBLEMS) problems.push(i18n.t('common:storage.libraryDecode.entry', { entry: i + 1, message: e instanceof Error ? e.message : i18n.t('common:storage.libraryDecode.notScenario') }));
    }
  });
  if (dropped > problems.length) problems.push(i18n.t('common:storage.libraryDecode.more', { count: dropped - problems.length }));
  return { scenarios: out, problems, dropped, read: dropped === 0 ? 'clean' : out.length === 0 ? 'unreadable' : 'partial' };
}

/** Parse a saved library; entries that fail validation or clash with a built-in id are left out. */
export function parseLibrary(text: string | null, builtInIds: ReadonlySet<string>): Scenario[] {
  return decodeLibrary(text, builtInIds).scenarios;
}

/** The saved library as the autosave rules see it (what was left out is the reason it is set aside). */
export function decodeLibraryRecord(text: string, builtInIds: ReadonlySet<string>): Decoded<Scenario[]> {
  const d = decodeLibrary(text, builtInIds);
  return { value: d.read === 'unreadable' ? null : d.scenarios, read: d.read, problem: d.problems.join('; ') };
}

/** The saved library, read only (the Compare view, adding the explorer's settings). */
export function readLibrary(builtInIds: ReadonlySet<string>): Scenario[] {
  try {
    return parseLibrary(window.localStorage.getItem(LIBRARY_STORAGE_KEY), builtInIds);
  } catch {
    return [];
  }
}
