/**
 * Records set aside: an autosave that could not be read (corrupted, edited, from a newer
 * version) is never dropped and never overwritten. It is copied, as it was, under a key of its
 * own — `crossings:set-aside:<feature>:<time>` — which nothing ever writes again (a second
 * corruption gets a second key, so the first is kept), and the page offers it for download until
 * the user discards it. The record keeps the text exactly, where it came from, when and why.
 */
import { parseJsonText } from '../../../scenarios/json-text';
import { storageKeys, tryRead, tryRemove, tryWrite, type StorageLike, type WriteOutcome } from './storage-area';

export const SET_ASIDE_PREFIX = 'crossings:set-aside:';
/** Where version 1 of the seminar kept its one unreadable session (still listed, and downloadable). */
export const LEGACY_SEMINAR_KEY = 'crossings:seminar:unreadable';
const KIND = 'crossings-set-aside';

export interface SetAsideRecord {
  /** Its storage key. */
  readonly key: string;
  /** Which autosave it came from: seminar, explorer, compare, library. */
  readonly feature: string;
  /** The storage key it was read from. */
  readonly from: string;
  /** When it was set aside (ISO 8601), or '' when unknown. */
  readonly at: string;
  /** Why it could not be read, in words. */
  readonly reason: string;
  /** The record exactly as it was stored. */
  readonly text: string;
}

export interface SetAsideRequest {
  readonly feature: string;
  readonly from: string;
  readonly reason: string;
  readonly text: string;
  readonly now: Date;
}

/** A key for a record set aside now that no record has yet (never an existing one). */
function freeKey(storage: StorageLike, feature: string, now: Date): string {
  const base = `${SET_ASIDE_PREFIX}${feature}:${now.toISOString()}`;
  if (tryRead(storage, base) === null) return base;
  for (let n = 2; ; n++) if (tryRead(storage, `${base}-${n}`) === null) return `${base}-${n}`;
}

/** Copy a record aside under a key of its own. The key, or why it could not be written. */
export function setAside(storage: StorageLike, request: SetAsideRequest): { key: string } | { failed: Exclude<WriteOutcome, 'written'> } {
  // The same text already kept (the page opened twice before a save replaced it): one copy is enough.
  const same = listSetAside(storage, request.feature).find((r) => r.text === request.text && r.from === request.from);
  if (same) return { key: same.key };
  const key = freeKey(storage, request.feature, request.now);
  const envelope = JSON.stringify({ kind: KIND, feature: request.feature, from: request.from, at: request.now.toISOString(), reason: request.reason, text: request.text });
  const outcome = tryWrite(storage, key, envelope);
  if (outcome !== 'written') return { failed: outcome };
  // Only a record read back exactly counts as kept (a storage that accepts and drops writes exists).
  return tryRead(storage, key) === envelope ? { key } : { failed: 'refused' };
}

function readRecord(key: string, value: string): SetAsideRecord {
  const feature = key.startsWith(SET_ASIDE_PREFIX) ? key.slice(SET_ASIDE_PREFIX.length).split(':')[0] : 'seminar';
  const json = parseJsonText(value);
  const e = json.ok && json.value !== null && typeof json.value === 'object' ? (json.value as Record<string, unknown>) : null;
  if (e && e.kind === KIND && typeof e.text === 'string')
    return {
      key,
      feature: typeof e.feature === 'string' ? e.feature : feature,
      from: typeof e.from === 'string' ? e.from : '',
      at: typeof e.at === 'string' ? e.at : '',
      reason: typeof e.reason === 'string' ? e.reason : '',
      text: e.text,
    };
  // A record that is not an envelope (the legacy key, or an envelope itself damaged): offered as it is.
  return { key, feature, from: key === LEGACY_SEMINAR_KEY ? 'crossings:seminar' : '', at: '', reason: '', text: value };
}

/** Every record set aside (for one feature, or all), oldest first. */
export function listSetAside(storage: StorageLike | null, feature?: string): SetAsideRecord[] {
  if (!storage) return [];
  const keys = storageKeys(storage).filter((k) => k.startsWith(SET_ASIDE_PREFIX) || (k === LEGACY_SEMINAR_KEY && (!feature || feature === 'seminar')));
  const records: SetAsideRecord[] = [];
  for (const key of keys.sort()) {
    const value = tryRead(storage, key);
    if (value === null) continue;
    const record = readRecord(key, value);
    if (!feature || record.feature === feature) records.push(record);
  }
  return records;
}

/** Remove a record set aside (the user has downloaded it, or does not want it). */
export function discardSetAside(storage: StorageLike | null, key: string): boolean {
  if (!storage || !(key.startsWith(SET_ASIDE_PREFIX) || key === LEGACY_SEMINAR_KEY)) return false;
  return tryRemove(storage, key);
}

/** "crossings-unreadable-seminar-2026-11-29-163005.json" (.txt when the text is not JSON). */
export function setAsideFileName(record: Pick<SetAsideRecord, 'feature' | 'at' | 'text'>): string {
  const stamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(record.at) ? `${record.at.slice(0, 10)}-${record.at.slice(11, 19).replace(/:/g, '')}` : 'undated';
  const json = parseJsonText(record.text);
  const feature = record.feature.replace(/[^a-z0-9-]/g, '') || 'record';
  return `crossings-unreadable-${feature}-${stamp}.${json.ok ? 'json' : 'txt'}`;
}
