/**
 * The user's imported scenarios as a list kept in this browser: its storage key, its length
 * limit and how it is written. Reading it back (library.ts) validates every entry with the
 * scenario decoder; writing needs none, so this part is apart and the page loads zod only when
 * storage holds a library to read.
 */
import type { Scenario } from '../../../scenarios/format';

export const LIBRARY_STORAGE_KEY = 'crossings:scenarios';

/** Most imported scenarios kept; the oldest is dropped first. */
export const MAX_LIBRARY = 12;

/** The list after adding (or replacing, by id) one scenario, newest last. */
export function addToLibrary(library: readonly Scenario[], scenario: Scenario): Scenario[] {
  return [...library.filter((s) => s.id !== scenario.id), scenario].slice(-MAX_LIBRARY);
}

/** The record a library is saved as (null: nothing to keep, the key is removed). */
export function libraryText(library: readonly Scenario[]): string | null {
  return library.length === 0 ? null : JSON.stringify(library);
}
