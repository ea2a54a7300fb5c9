/**
 * The seminar's own bar: where the facilitator is (session, role cards, guide, debrief), and the
 * session's safety — saved in this browser after every step, a session file to take it to another
 * machine, and a new session. Opening a file that fails changes nothing and says which field is
 * wrong; opening one, or starting anew, over a session with rounds played asks first. Below it,
 * what the browser's storage says: full, another tab, and every unreadable session kept aside,
 * each downloadable.
 */
import { useRef, useState } from 'react';
import { downloadText } from '../../shared/export/download';
import { StorageNotice } from '../../shared/storage/index';
import { isFinished } from './session/actions';
import type { Session } from './session/session';
import { readSessionText, sessionFileName, sessionFileText } from './session/session-store';
import { SEMINAR_TEXTS } from './seminar-texts';
import { useSeminar } from './use-seminar-session';

export type SeminarPage = 'session' | 'cards' | 'guide' | 'debrief';

const PAGES: readonly { id: SeminarPage; label: string; hash: string }[] = [
  { id: 'session', label: 'Session', hash: '#/seminar' },
  { id: 'cards', label: 'Role cards', hash: '#/seminar/cards' },
  { id: 'guide', label: 'Facilitator guide', hash: '#/seminar/guide' },
  { id: 'debrief', label: 'Debrief', hash: '#/seminar/debrief' },
];

export function SessionBar({ page }: { readonly page: SeminarPage }) {
  const { session, replace, startNew, notice, dismissNotice, storage } = useSeminar();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmNew, setConfirmNew] = useState(false);
  /** A file read and valid, waiting for the facilitator to say it may replace the rounds played. */
  const [pending, setPending] = useState<{ next: Session; fileName: string } | null>(null);

  const saveFile = () => downloadText(sessionFileText(session), sessionFileName(session), 'application/json');
  const opened = (next: Session, fileName: string) => {
    replace(next);
    setPending(null);
    setMessage({ ok: true, text: `Opened “${next.title}” from ${fileName}.` });
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const next = readSessionText(await file.text());
      if (session.rounds.length > 0 && sessionFileText(next) !== sessionFileText(session)) {
        setPending({ next, fileName: file.name });
        setMessage(null);
      } else opened(next, file.name);
    } catch (error) {
      setMessage({ ok: false, text: `Could not open ${file.name}: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` });
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className="session-bar no-print">
      <nav aria-label="Seminar" className="seminar-nav">
        <ul>
          {PAGES.map((p) => (
            <li key={p.id}>
              <a href={p.hash} aria-current={p.id === page ? 'page' : undefined} data-testid={`seminar-nav-${p.id}`}>
                {p.label}
                {p.id === 'debrief' && !isFinished(session) && <span className="visually-hidden"> (so far)</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="session-file">
        <span className="small autosaved" data-testid="autosaved">
          “{session.title}” · {storage.snapshot.state === 'saved' ? 'saved in this browser' : 'not saved in this browser (see below)'}
        </span>
        <button type="button" className="small-button" data-testid="save-session" onClick={saveFile}>
          Save session file
        </button>
        <button type="button" className="small-button" onClick={() => fileInput.current?.click()}>
          Open session file
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="open-session" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        {confirmNew ? (
          <span className="confirm-new" role="group" aria-label="Start a new session?" data-testid="confirm-new">
            <span className="small">{SEMINAR_TEXTS.confirmNew(session.rounds.length)}</span>
            <button
              type="button"
              className="small-button"
              onClick={() => {
                startNew();
                setConfirmNew(false);
                setMessage(null);
                window.location.hash = '#/seminar';
              }}
            >
              Yes, start a new session
            </button>
            <button type="button" className="small-button" onClick={() => setConfirmNew(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="small-button" data-testid="new-session" onClick={() => setConfirmNew(true)}>
            New session
          </button>
        )}
      </div>
      {pending && (
        <div className="notice" role="alertdialog" aria-label={SEMINAR_TEXTS.confirmOpen(session.title, session.rounds.length, pending.next.title, pending.fileName)} data-testid="confirm-open">
          <p className="notice-title">{SEMINAR_TEXTS.confirmOpen(session.title, session.rounds.length, pending.next.title, pending.fileName)}</p>
          <div className="notice-actions">
            <button type="button" className="small-button" data-testid="confirm-open-save-first" onClick={saveFile}>
              {SEMINAR_TEXTS.saveFirst}
            </button>
            <button type="button" className="small-button" data-testid="confirm-open-yes" onClick={() => opened(pending.next, pending.fileName)}>
              {SEMINAR_TEXTS.replaceWithFile}
            </button>
            <button type="button" className="small-button" onClick={() => setPending(null)}>
              {SEMINAR_TEXTS.cancel}
            </button>
          </div>
        </div>
      )}
      {(message || notice) && (
        <div className={message && !message.ok ? 'notice sem-notice-error' : 'notice'} role="status" data-testid="session-message">
          {notice && <p>{notice}</p>}
          {message && <p>{message.text}</p>}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setMessage(null);
              dismissNotice();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      <StorageNotice
        feature="seminar"
        snapshot={storage.snapshot}
        onDiscard={storage.discard}
        onDiscardHeld={storage.discardHeld}
        onDownloadCurrent={storage.snapshot.state === 'saved' ? undefined : saveFile}
        onReload={() => window.location.reload()}
      />
    </div>
  );
}
