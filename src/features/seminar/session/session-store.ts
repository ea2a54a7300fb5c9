/**
 * Keeping a session safe: autosave in the browser after every step (a reload or a crashed tab
 * loses nothing), and session files that move it to another machine. Storage may be missing,
 * full or forbidden (private windows): then nothing is saved and nothing breaks. What is read
 * back is validated like a file from outside; a record that cannot be read is kept aside, never
 * silently overwritten.
 */
import { parseJsonText } from '../../../../scenarios/index';
import { parseSession, SessionError, type Session } from './session';

export const STORAGE_KEY = 'crossings:seminar';
export const BROKEN_KEY = 'crossings:seminar:unreadable';
/** A session file is a few kilobytes; anything far larger is not one. */
export const MAX_SESSION_FILE_BYTES = 2_000_000;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, or null where it is forbidden. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export interface LoadedSession {
  readonly session: Session | null;
  /** Why a saved session could not be restored, in words for the facilitator. */
  readonly problem: string | null;
}

export function loadSession(storage: StorageLike | null): LoadedSession {
  if (!storage) return { session: null, problem: null };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { session: null, problem: null };
  }
  if (text === null) return { session: null, problem: null };
  try {
    return { session: readSessionText(text), problem: null };
  } catch (error) {
    try {
      storage.setItem(BROKEN_KEY, text);
      storage.removeItem(STORAGE_KEY);
    } catch {
      // Nowhere to keep it: the message still says what happened.
    }
    return { session: null, problem: `The session saved in this browser could not be read (${error instanceof Error ? error.message : String(error)}). A new session was started.` };
  }
}

/** Save; false when the browser would not store it (the page says so). */
export function saveSession(storage: StorageLike | null, session: Session): boolean {
  if (!storage) return false;
  try {
    storage.setItem(STORAGE_KEY, sessionFileText(session));
    return true;
  } catch {
    return false;
  }
}

export function clearSession(storage: StorageLike | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // As above.
  }
}

export function sessionFileText(session: Session): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/** Read a session file's text; throws SessionError naming the field and the problem. */
export function readSessionText(text: string): Session {
  if (text.length > MAX_SESSION_FILE_BYTES) throw new SessionError('(file): too large to be a session file');
  const json = parseJsonText(text);
  if (!json.ok) throw new SessionError(`(file): not a session file (${json.problem.startsWith('not valid JSON') ? 'it is not JSON' : json.problem})`);
  return parseSession(json.value);
}

/** "crossings-seminar-my-class.json" */
export function sessionFileName(session: Session, suffix = 'session', ext = 'json'): string {
  const slug = session.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `crossings-${suffix}${slug ? `-${slug}` : ''}.${ext}`;
}
