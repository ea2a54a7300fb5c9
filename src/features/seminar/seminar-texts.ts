/**
 * The sentences this work added to the seminar's pages, in one place (the session saved in this
 * browser, replacing a played session, the error boundary), ready to be translated as they are.
 */

export const SEMINAR_TEXTS = {
  /** The autosaved session could not be read when the page opened. */
  unreadableSession: (problem: string, keptAside: boolean) =>
    keptAside
      ? `The session saved in this browser could not be read (${problem}). It was kept aside, not deleted: download it below. A new session was started.`
      : `The session saved in this browser could not be read (${problem}). It stays where it was (there is no room to keep a copy aside): download it below. A new session was started in this tab.`,
  /** Asking before a played session is replaced by a file. */
  confirmOpen: (current: string, rounds: number, next: string, file: string) =>
    `Replace “${current}” (${rounds} round${rounds === 1 ? '' : 's'} played) with “${next}” from ${file}? The session on screen is lost unless you save it as a file first.`,
  replaceWithFile: 'Yes, open the file',
  saveFirst: 'Save this session first',
  cancel: 'Cancel',
  /** Asking before a new session replaces the one on screen. */
  confirmNew: (rounds: number) =>
    rounds > 0 ? `Start a new session? This one (${rounds} round${rounds === 1 ? '' : 's'} played) is lost unless you save it as a file.` : 'Start a new session? This one is lost unless you save it as a file.',
  /** The error boundary below the session bar. */
  pageFailed: 'this page of the seminar',
  pageFailedHint: 'The session bar above still works: save the session file, open another, or start a new session.',
  tryAgain: 'Try again',
} as const;
