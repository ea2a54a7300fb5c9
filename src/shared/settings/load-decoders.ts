/**
 * Whether the explorer has anything to decode when it opens, and the decoders when it has. A
 * link that names any setting (or anything but the language) and a saved record are decoded with
 * zod (decoders.ts); a plain first visit has neither, and opens on the defaults without loading
 * it. The decoders are awaited before the first render of the results (the view's loading state
 * shows meanwhile), so a link's settings are what the first paint shows.
 */
import { LANG_PARAM } from '../i18n/lang-param';
import { LIBRARY_STORAGE_KEY } from './library-list';
import { EXPLORER_STORAGE_KEY } from './storage-keys';

export type StartDecoders = typeof import('./decoders');

/** The address names something besides the language, or this browser keeps the explorer's work. */
export function needsDecoding(search: string, storage: Pick<Storage, 'getItem'> | null): boolean {
  for (const key of new URLSearchParams(search).keys()) if (key !== LANG_PARAM) return true;
  if (!storage) return false;
  try {
    return storage.getItem(EXPLORER_STORAGE_KEY) !== null || storage.getItem(LIBRARY_STORAGE_KEY) !== null;
  } catch {
    // Storage that cannot be read is also what the autosave slots see as no storage.
    return false;
  }
}

let loading: Promise<StartDecoders> | null = null;

/** The decoders' module, imported once (the same promise every time, as React's `use` needs). */
export function loadDecoders(): Promise<StartDecoders> {
  loading ??= import('./decoders');
  return loading;
}
