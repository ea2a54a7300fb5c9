/**
 * The facilitator's session as React state, saved to this browser after every step. Every
 * change goes through `apply`, which runs a pure action from session/ and returns its error
 * message (for the page to show) instead of throwing; nothing is changed when an action fails.
 */
import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { createSession, type Session } from './session/session';
import { browserStorage, clearSession, loadSession, saveSession } from './session/session-store';
import type { RunQueue } from '../../runner/index';
import { i18n } from '../../shared/i18n/i18n';

export type Apply = (action: (s: Session) => Session) => string | null;

export interface SeminarState {
  readonly session: Session;
  readonly apply: Apply;
  /** Replace the whole session (a file opened, or a new session). */
  readonly replace: (next: Session) => void;
  readonly startNew: () => void;
  /** A saved session that could not be restored, or storage that refused to save. */
  readonly notice: string | null;
  readonly dismissNotice: () => void;
  readonly queue: RunQueue;
}

/** Worded when needed, not at import: the seminar catalogue loads with the view, in the reader's language. */
const notSaved = () => i18n.t('seminar:errors.notSaved');

export function useSeminarSession(queue: RunQueue): SeminarState {
  const [state, setState] = useState(() => {
    const loaded = loadSession(browserStorage());
    return { session: loaded.session ?? createSession(), notice: loaded.problem };
  });

  // The newest session, for actions fired twice before React re-renders (a paste, then a click).
  const latest = useRef(state.session);
  const commit = useCallback((next: Session) => {
    latest.current = next;
    const saved = saveSession(browserStorage(), next);
    setState((s) => ({ session: next, notice: saved ? (s.notice === notSaved() ? null : s.notice) : notSaved() }));
  }, []);

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

  const startNew = useCallback(() => {
    clearSession(browserStorage());
    commit(createSession());
  }, [commit]);

  const dismissNotice = useCallback(() => setState((s) => ({ ...s, notice: null })), []);

  return { session: state.session, apply, replace: commit, startNew, notice: state.notice, dismissNotice, queue };
}

export const SeminarContext = createContext<SeminarState | null>(null);

export function useSeminar(): SeminarState {
  const value = useContext(SeminarContext);
  if (!value) throw new Error('useSeminar outside the seminar view');
  return value;
}
