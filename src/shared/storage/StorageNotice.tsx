/**
 * What an autosave's page says about saving when anything is not as it should be: storage full or
 * missing, another tab saving the same record, an unreadable record held where it was, and every
 * record set aside — each one downloadable as it was stored, and discarded only when the user
 * says so, twice. Nothing is shown while saving works and nothing is set aside.
 */
import { useState } from 'react';
import { downloadText } from '../export/download';
import type { SlotSnapshot } from './autosave-slot';
import { setAsideFileName, type SetAsideRecord } from './set-aside';
import { shownDate, STORAGE_ACTIONS, STORAGE_TEXTS, type AutosaveFeature } from './storage-texts';

interface StorageNoticeProps {
  readonly feature: AutosaveFeature;
  readonly snapshot: SlotSnapshot;
  readonly onDiscard: (key: string) => void;
  readonly onDiscardHeld: () => void;
  /** Offer the current work as a file (the seminar's session file). */
  readonly onDownloadCurrent?: () => void;
  /** Offer to save this tab's work over the other tab's (explorer, compare). */
  readonly onTakeOver?: () => void;
  /** Offer to reload (the seminar: the other tab's session is then shown). */
  readonly onReload?: () => void;
}

function download(record: SetAsideRecord): void {
  const name = setAsideFileName(record);
  downloadText(record.text, name, name.endsWith('.json') ? 'application/json' : 'text/plain');
}

function RecordLine({ record, sentence, label, onDiscard }: { readonly record: SetAsideRecord; readonly sentence: string; readonly label: string; readonly onDiscard: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li data-testid="set-aside-record" data-key={record.key}>
      <span>{sentence}</span>{' '}
      <span className="storage-record-actions">
        <button type="button" className="small-button" data-testid="download-set-aside" onClick={() => download(record)}>
          {label}
        </button>
        {confirming ? (
          <span role="group" aria-label={STORAGE_ACTIONS.confirmDiscard}>
            <span className="small">{STORAGE_ACTIONS.confirmDiscard}</span>{' '}
            <button type="button" className="small-button" data-testid="confirm-discard-set-aside" onClick={onDiscard}>
              {STORAGE_ACTIONS.yesDiscard}
            </button>{' '}
            <button type="button" className="small-button" onClick={() => setConfirming(false)}>
              {STORAGE_ACTIONS.cancel}
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" data-testid="discard-set-aside" onClick={() => setConfirming(true)}>
            {STORAGE_ACTIONS.discard}
          </button>
        )}
      </span>
    </li>
  );
}

export function StorageNotice({ feature, snapshot, onDiscard, onDiscardHeld, onDownloadCurrent, onTakeOver, onReload }: StorageNoticeProps) {
  const text = STORAGE_TEXTS[feature];
  const { state, setAside, held } = snapshot;
  const problem = state === 'saved' ? null : state === 'held' ? text.held : text[state];
  if (!problem && setAside.length === 0) return null;
  const urgent = state === 'stale' || state === 'held' || state === 'full';
  return (
    <div className={urgent ? 'notice storage-notice storage-notice-urgent' : 'notice storage-notice'} role={urgent ? 'alert' : 'status'} aria-label={STORAGE_ACTIONS.region} data-testid={`storage-notice-${feature}`} data-state={state}>
      {problem && <p className="notice-title">{problem}</p>}
      {problem && (onReload || onDownloadCurrent || onTakeOver) && (
        <div className="notice-actions">
          {state === 'stale' && onReload && (
            <button type="button" className="small-button" data-testid="storage-reload" onClick={onReload}>
              {STORAGE_ACTIONS.reload}
            </button>
          )}
          {onDownloadCurrent && (
            <button type="button" className="small-button" data-testid="storage-download-current" onClick={onDownloadCurrent}>
              {text.downloadCurrent}
            </button>
          )}
          {state === 'stale' && onTakeOver && text.takeOver && (
            <button type="button" className="small-button" data-testid="storage-take-over" onClick={onTakeOver}>
              {text.takeOver}
            </button>
          )}
        </div>
      )}
      {(held || setAside.length > 0) && (
        <ul className="storage-records">
          {held && <RecordLine record={held} sentence={STORAGE_ACTIONS.heldReason(held.reason)} label={text.download} onDiscard={onDiscardHeld} />}
          {setAside.map((r) => (
            <RecordLine key={r.key} record={r} sentence={text.setAside(shownDate(r.at), r.reason)} label={text.download} onDiscard={() => onDiscard(r.key)} />
          ))}
        </ul>
      )}
    </div>
  );
}
