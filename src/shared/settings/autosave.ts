/**
 * Autosave: the current settings, encoded exactly as in a link, kept in this browser's
 * localStorage. Storage may be missing, full or forbidden (private windows, strict settings):
 * then nothing is saved and nothing breaks.
 */
const STORAGE_KEY = 'crossings:explorer';

export function readAutosave(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeAutosave(query: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, query);
  } catch {
    // Nowhere to save: the link still holds the state.
  }
}

export function clearAutosave(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // As above.
  }
}
