/**
 * Keeping a session safe: the autosave's record and session files are the same text (one JSON
 * document), read back with the same validation as any file from outside. The autosave itself —
 * set-aside records, full storage, other tabs — is src/shared/storage/; this says what a record is.
 */
import { parseJsonText } from '../../../../scenarios/json-text';
import type { Decoded } from '../../../shared/storage/index';
import { parseSession, SessionError, type Session } from './session';
import { i18n } from '../../../shared/i18n/i18n';

export const STORAGE_KEY = 'crossings:seminar';
/** A session file is a few kilobytes; anything far larger is not one. */
export const MAX_SESSION_FILE_BYTES = 2_000_000;

/** The autosave's record, read: the session, or why it cannot be (never throws). */
export function decodeStoredSession(text: string): Decoded<Session> {
  try {
    return { value: readSessionText(text), read: 'clean' };
  } catch (error) {
    return { value: null, read: 'unreadable', problem: error instanceof SessionError ? error.message : i18n.t('common:storage.seminar.defaultReason') };
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
