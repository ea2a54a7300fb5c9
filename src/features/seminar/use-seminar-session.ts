/**
 * The facilitator's session as React state, saved to this browser after every step by the
 * shared autosave rules (src/shared/storage/): a saved session that cannot be read (damaged, from
 * a newer version, of a scenario this version does not have) is set aside — downloadable, never
 * overwritten — and a new session starts; a full storage, a second tab or a record that could not
 * be set aside are reported, and the work stays in this tab. Every change goes through `apply`,
 * which runs a pure action from session/ and returns its error message (for the page to show)
 * instead of throwing; nothing is changed when an action fails.
 */
import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { createSession, type Session } from './session/session';
import { decodeStoredSession, sessionFileText, STORAGE_KEY } from './session/session-store';
import type { RunQueue } from '../../runner/index';
import { useAutosaveSlot, useSlotSnapshot, type SlotSnapshot } from '../../shared/storage/index';
import { i18n } from '../../shared/i18n/i18n';

export type Apply = (action: (s: Session) => Session) => string | null;

export interface SeminarStorage {
  readonly snapshot: SlotSnapshot;
  readonly discard: (key: string) => void;
  readonly discardHeld: () => void;
}

export interface SeminarState {
  readonly session: Session;
  readonly apply: Apply;
  /** Replace the whole session (a file opened, or a new session); the page asks first when rounds would be lost. */
  readonly replace: (next: Session) => void;
  readonly startNew: () => void;
  /** What happened to the session saved in this browser when the page opened. */
  readonly notice: string | null;
  readonly dismissNotice: () => void;
  /** Saving in this browser: its state and the records set aside. */
  readonly storage: SeminarStorage;
  readonly queue: RunQueue;
}

export function useSeminarSession(queue: RunQueue): SeminarState {
  const slot = useAutosaveSlot(STORAGE_KEY, 'seminar');
  const [state, setState] = useState(() => {
    const loaded = slot.load(decodeStoredSession);
    const notice = loaded.read === 'unreadable' ? i18n.t(loaded.setAsideKey !== null ? 'common:sessionSafety.unreadableKept' : 'common:sessionSafety.unreadableHeld', { problem: loaded.problem ?? '' }) : null;
    return { session: loaded.value ?? createSession(), notice };
  });
  const snapshot = useSlotSnapshot(slot);

  // The newest session, for actions fired twice before React re-renders (a paste, then a click).
  const latest = useRef(state.session);
  const commit = useCallback(
    (next: Session) => {
      latest.current = next;
      slot.save(sessionFileText(next));
      setState((s) => ({ ...s, session: next }));
    },
    [slot],
  );

  const apply = useCallback<Apply>(
    (action) => {
      try {
        const next = action(latest.current);
        if (next !== latest.current) commit(next);
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    [commit],
  );

  const startNew = useCallback(() => commit(createSession()), [commit]);
  const dismissNotice = useCallback(() => setState((s) => ({ ...s, notice: null })), []);
  const discard = useCallback((key: string) => slot.discard(key), [slot]);
  const discardHeld = useCallback(() => {
    slot.discardHeld();
    // Saving may go on now: save what this tab holds.
    slot.save(sessionFileText(latest.current));
  }, [slot]);

  return { session: state.session, apply, replace: commit, startNew, notice: state.notice, dismissNotice, storage: { snapshot, discard, discardHeld }, queue };
}

export const SeminarContext = createContext<SeminarState | null>(null);

export function useSeminar(): SeminarState {
  const value = useContext(SeminarContext);
  if (!value) throw new Error('useSeminar outside the seminar view');
  return value;
}
