/**
 * The explorer's autosave: the current settings, encoded exactly as in a link, kept in this
 * browser under one key by the shared autosave rules (src/shared/storage/: a record that cannot be
 * used is set aside, never overwritten; full storage and other tabs are reported). This file says
 * what the record is and how it is read; the explorer's hook owns the slot that writes it.
 */
import { i18n } from '../i18n/i18n';
import type { Decoded } from '../storage/index';
import type { SettingsContext } from './settings';
import { decodeSettings, noticeText } from './url';

import { EXPLORER_STORAGE_KEY } from './storage-keys';

export { EXPLORER_STORAGE_KEY };

/** Notices named in the reason a record was set aside; the rest are counted. */
const NAMED_PROBLEMS = 3;

/**
 * The autosave read as the explorer reads it: clean, partly usable (some fields ignored or
 * adjusted: the original is set aside before it is overwritten) or not a settings record at all.
 * A newer or older model version alone changes nothing in the settings, so it does not count.
 */
export function decodeExplorerAutosave(text: string, ctx: SettingsContext): Decoded<string> {
  const decoded = decodeSettings(text, ctx);
  if (!decoded.hasState) return { value: null, read: 'unreadable', problem: i18n.t('common:storage.explorer.noSetting') };
  const problems = decoded.notices.filter((n) => n.kind !== 'info');
  if (problems.length === 0) return { value: text, read: 'clean' };
  const named = problems.slice(0, NAMED_PROBLEMS).map(noticeText);
  if (problems.length > NAMED_PROBLEMS) named.push(i18n.t('common:storage.libraryDecode.more', { count: problems.length - NAMED_PROBLEMS }));
  return { value: text, read: 'partial', problem: named.join(' ') };
}

/** The autosaved settings, read only (the Compare view adds the explorer's settings as a mix). */
export function readAutosave(): string | null {
  try {
    return window.localStorage.getItem(EXPLORER_STORAGE_KEY);
  } catch {
    return null;
  }
}
