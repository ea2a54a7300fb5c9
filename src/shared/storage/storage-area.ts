/**
 * The browser's storage as the autosaves see it: localStorage, or nothing where it is forbidden
 * (a private window with strict settings, a sandboxed frame). A storage area can refuse a write
 * because it is full; that is told apart from every other refusal, because it is the one the
 * user can do something about.
 */

/** The part of the Web Storage API the autosaves use (a test passes its own). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, or null where there is none or it is forbidden. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** A write refused for lack of space (each browser names and numbers it its own way). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export type WriteOutcome = 'written' | 'full' | 'refused';

/** Write, telling a full storage from any other refusal; never throws. */
export function tryWrite(storage: StorageLike, key: string, value: string): WriteOutcome {
  try {
    storage.setItem(key, value);
    return 'written';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'refused';
  }
}

/** Read; null when absent or when the storage refuses. */
export function tryRead(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function tryRemove(storage: StorageLike, key: string): boolean {
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Every key of the storage area (an empty list where it refuses). */
export function storageKeys(storage: StorageLike): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
