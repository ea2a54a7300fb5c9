/**
 * Every sentence the storage notices show, in one place, whole sentences per autosave (so that
 * they can be translated as they are, without nouns spliced into them).
 */

export type AutosaveFeature = 'seminar' | 'explorer' | 'compare' | 'library';

export interface StorageTexts {
  /** The storage is full: nothing saved any more. */
  readonly full: string;
  /** No storage at all. */
  readonly unavailable: string;
  /** Another tab saved since. */
  readonly stale: string;
  /** An unreadable record could not be set aside and is kept where it is. */
  readonly held: string;
  /** Set aside on a date, with the reason it could not be read. */
  readonly setAside: (date: string, reason: string) => string;
  readonly download: string;
  readonly downloadCurrent?: string;
  readonly takeOver?: string;
}

export const STORAGE_TEXTS: Readonly<Record<AutosaveFeature, StorageTexts>> = {
  seminar: {
    full: 'This browser’s storage is full, so the session is no longer saved in it. Nothing is lost while this tab stays open: save a session file now.',
    unavailable: 'This browser does not let the page save (a private window, or storage switched off): save a session file now and then to be safe.',
    stale: 'This session was changed in another tab or window. So as not to overwrite that work, this tab no longer saves it.',
    held: 'The session saved in this browser could not be read, and there is no room to keep a copy of it aside, so it stays where it was and this page will not save over it. Download it, then discard it to save here again; meanwhile your new work is kept in this tab (save a session file to be safe).',
    setAside: (date, reason) => `A saved session that could not be read was kept aside${date ? ` (${date})` : ''}: ${reason || 'it is not a session this version can read'}.`,
    download: 'Download the unreadable session',
    downloadCurrent: 'Save this tab’s session as a file',
  },
  explorer: {
    full: 'This browser’s storage is full, so your settings are no longer saved in it. The address still holds them: copy the link to keep them.',
    unavailable: 'This browser does not let the page save your settings (a private window, or storage switched off). The address still holds them: copy the link to keep them.',
    stale: 'Your settings were saved from another tab or window, so this tab no longer saves its own (it would overwrite them). Its address still holds them.',
    held: 'The settings saved in this browser could not be read, and there is no room to keep a copy of them aside, so they stay where they were and this page will not save over them. Download them, then discard them to save here again.',
    setAside: (date, reason) => `Saved settings that could not be used were kept aside${date ? ` (${date})` : ''}: ${reason || 'they are not settings this version can read'}.`,
    download: 'Download the unreadable settings',
    takeOver: 'Save this tab’s settings instead',
  },
  compare: {
    full: 'This browser’s storage is full, so the comparison is no longer saved in it. The address still holds it, except imported files.',
    unavailable: 'This browser does not let the page save the comparison (a private window, or storage switched off). The address still holds it, except imported files.',
    stale: 'The comparison was saved from another tab or window, so this tab no longer saves its own (it would overwrite it). Its address still holds it, except imported files.',
    held: 'The comparison saved in this browser could not be read, and there is no room to keep a copy of it aside, so it stays where it was and this page will not save over it. Download it, then discard it to save here again.',
    setAside: (date, reason) => `A saved comparison that could not be used was kept aside${date ? ` (${date})` : ''}: ${reason || 'it is not a comparison this version can read'}.`,
    download: 'Download the unreadable comparison',
    takeOver: 'Save this tab’s comparison instead',
  },
  library: {
    full: 'This browser’s storage is full, so your imported scenarios are no longer saved in it: after a reload they would be gone. Save the ones you need as files (Save and reproduce › Scenario file).',
    unavailable: 'This browser does not let the page keep your imported scenarios: after a reload they would be gone.',
    stale: 'Your imported scenarios were changed in another tab or window.',
    held: 'The imported scenarios saved in this browser could not be read, and there is no room to keep a copy of them aside, so they stay where they were and this page will not save over them. Download them, then discard them to save here again.',
    setAside: (date, reason) => `Imported scenarios that could not be used were kept aside${date ? ` (${date})` : ''}: ${reason || 'they are not scenarios this version can read'}.`,
    download: 'Download the unreadable scenarios',
  },
};

/** Shared by every notice. */
export const STORAGE_ACTIONS = {
  reload: 'Reload to see the latest',
  discard: 'Discard it',
  confirmDiscard: 'Discard this record for good? It cannot be recovered.',
  yesDiscard: 'Yes, discard it',
  cancel: 'Cancel',
  region: 'Saving in this browser',
  heldReason: (reason: string) => `Why it could not be read: ${reason || 'unknown'}.`,
} as const;

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "29 Nov 2026, 16:30", or '' for an unknown date. */
export function shownDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? dateFormat.format(t) : '';
}
