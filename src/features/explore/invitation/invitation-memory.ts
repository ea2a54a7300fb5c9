/**
 * Whether this browser has put the invitation away. Kept in localStorage through the storage
 * helpers, which never throw: where storage is forbidden the strip shows (nothing says it was
 * dismissed), and where it is full the dismissal holds for the visit (the caller keeps it in
 * state) and the page carries on.
 */
import { tryRead, tryWrite, type StorageLike, type WriteOutcome } from '../../../shared/storage/storage-area';

export const INVITATION_KEY = 'crossings:invitation';
const DISMISSED = 'dismissed';

export function invitationDismissed(storage: StorageLike | null): boolean {
  return storage !== null && tryRead(storage, INVITATION_KEY) === DISMISSED;
}

/** Remembers the dismissal; says whether it could ('written') or not ('full', 'refused', or no storage). */
export function rememberDismissal(storage: StorageLike | null): WriteOutcome {
  return storage === null ? 'refused' : tryWrite(storage, INVITATION_KEY, DISMISSED);
}
