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
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { useRoleText } from './role-text';
import { PROJECTOR_WINDOW } from './projector/projector-channel';

export type SeminarPage = 'session' | 'cards' | 'guide' | 'debrief';

/** Each page's name is the catalogue's `bar.pages.<id>`. */
const PAGES: readonly { id: SeminarPage; hash: string }[] = [
  { id: 'session', hash: '#/seminar' },
  { id: 'cards', hash: '#/seminar/cards' },
  { id: 'guide', hash: '#/seminar/guide' },
  { id: 'debrief', hash: '#/seminar/debrief' },
];

/** The projector window beside this one (one window: opening it again brings it forward). */
function openProjector(): void {
  window.open(`${window.location.pathname}${window.location.search}#/seminar/projector`, PROJECTOR_WINDOW, 'popup,width=1280,height=720');
}

export function SessionBar({ page }: { readonly page: SeminarPage }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
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
    setMessage({ ok: true, text: t('bar.opened', { title: next.title, file: fileName }) });
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
      setMessage({ ok: false, text: t('bar.openFailed', { file: file.name, reason: error instanceof Error ? error.message : String(error) }) });
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className="session-bar no-print">
      <nav aria-label={t('bar.nav')} className="seminar-nav">
        <ul>
          {PAGES.map((p) => (
            <li key={p.id}>
              <a href={p.hash} aria-current={p.id === page ? 'page' : undefined} data-testid={`seminar-nav-${p.id}`}>
                {t(`bar.pages.${p.id}`)}
                {p.id === 'debrief' && !isFinished(session) && <span className="visually-hidden"> {t('bar.soFar')}</span>}
              </a>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" data-testid="open-projector" onClick={openProjector}>
              {t('projector.open')}
            </button>
          </li>
        </ul>
      </nav>
      <div className="session-file">
        <span className="small autosaved" data-testid="autosaved">
          {storage.snapshot.state === 'saved' ? t('bar.saved', { title: roles.sessionTitle(session.title) }) : t('common:sessionSafety.notSaved', { title: roles.sessionTitle(session.title) })}
        </span>
        <button type="button" className="small-button" data-testid="save-session" onClick={saveFile}>
          {t('bar.save')}
        </button>
        <button type="button" className="small-button" onClick={() => fileInput.current?.click()}>
          {t('bar.open')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="open-session" onChange={(e) => void open(e.currentTarget.files?.[0])} />
        {confirmNew ? (
          <span className="confirm-new" role="group" aria-label={t('bar.newQuestion')} data-testid="confirm-new">
            <span className="small">{session.rounds.length > 0 ? t('common:sessionSafety.confirmNew', { count: session.rounds.length }) : t('common:sessionSafety.confirmNewEmpty')}</span>
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
              {t('bar.newYes')}
            </button>
            <button type="button" className="small-button" onClick={() => setConfirmNew(false)}>
              {t('bar.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="small-button" data-testid="new-session" onClick={() => setConfirmNew(true)}>
            {t('bar.new')}
          </button>
        )}
      </div>
      {pending && (
        <div className="notice" role="alertdialog" aria-labelledby="confirm-open-text" data-testid="confirm-open">
          <p className="notice-title" id="confirm-open-text">
            {t('common:sessionSafety.confirmOpen', { current: session.title, count: session.rounds.length, next: pending.next.title, file: pending.fileName })}
          </p>
          <div className="notice-actions">
            <button type="button" className="small-button" data-testid="confirm-open-save-first" onClick={saveFile}>
              {t('common:sessionSafety.saveFirst')}
            </button>
            <button type="button" className="small-button" data-testid="confirm-open-yes" onClick={() => opened(pending.next, pending.fileName)}>
              {t('common:sessionSafety.replaceWithFile')}
            </button>
            <button type="button" className="small-button" onClick={() => setPending(null)}>
              {t('common:sessionSafety.cancel')}
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
            {t('common:app.dismiss')}
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
