/**
 * What an autosave's page says about saving when anything is not as it should be: storage full or
 * missing, another tab saving the same record, an unreadable record held where it was, and every
 * record set aside — each one downloadable as it was stored, and discarded only when the user
 * says so, twice. Nothing is shown while saving works and nothing is set aside.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../export/download';
import type { SlotSnapshot } from './autosave-slot';
import { setAsideFileName, type SetAsideRecord } from './set-aside';
import { shownDate, type AutosaveFeature } from './storage-texts';

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

function downloadRecord(record: SetAsideRecord): void {
  const name = setAsideFileName(record);
  downloadText(record.text, name, name.endsWith('.json') ? 'application/json' : 'text/plain');
}

function RecordLine({ record, sentence, label, onDiscard }: { readonly record: SetAsideRecord; readonly sentence: string; readonly label: string; readonly onDiscard: () => void }) {
  const { t } = useTranslation('common');
  const [confirming, setConfirming] = useState(false);
  return (
    <li data-testid="set-aside-record" data-key={record.key}>
      <span>{sentence}</span>{' '}
      <span className="storage-record-actions">
        <button type="button" className="small-button" data-testid="download-set-aside" onClick={() => downloadRecord(record)}>
          {label}
        </button>
        {confirming ? (
          <span role="group" aria-label={t('storage.confirmDiscard')}>
            <span className="small">{t('storage.confirmDiscard')}</span>{' '}
            <button type="button" className="small-button" data-testid="confirm-discard-set-aside" onClick={onDiscard}>
              {t('storage.yesDiscard')}
            </button>{' '}
            <button type="button" className="small-button" onClick={() => setConfirming(false)}>
              {t('storage.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" data-testid="discard-set-aside" onClick={() => setConfirming(true)}>
            {t('storage.discard')}
          </button>
        )}
      </span>
    </li>
  );
}

export function StorageNotice({ feature, snapshot, onDiscard, onDiscardHeld, onDownloadCurrent, onTakeOver, onReload }: StorageNoticeProps) {
  const { t } = useTranslation('common');
  const k = (name: string) => `storage.${feature}.${name}`;
  const { state, setAside, held } = snapshot;
  const problem = state === 'saved' ? null : t(k(state));
  const download = t(k('download'));
  const recordSentence = (r: SetAsideRecord) => {
    const date = shownDate(r.at);
    // The sentence ends the reason itself: a reason's own full stop would make two.
    const reason = r.reason.replace(/\.\s*$/, '') || t(k('defaultReason'));
    return date ? t(k('setAside'), { date, reason }) : t(k('setAsideUndated'), { reason });
  };
  if (!problem && setAside.length === 0) return null;
  const urgent = state === 'stale' || state === 'held' || state === 'full';
  return (
    <div className={urgent ? 'notice storage-notice storage-notice-urgent' : 'notice storage-notice'} role={urgent ? 'alert' : 'status'} aria-label={t('storage.region')} data-testid={`storage-notice-${feature}`} data-state={state}>
      {problem && <p className="notice-title">{problem}</p>}
      {problem && (onReload || onDownloadCurrent || onTakeOver) && (
        <div className="notice-actions">
          {state === 'stale' && onReload && (
            <button type="button" className="small-button" data-testid="storage-reload" onClick={onReload}>
              {t('storage.reload')}
            </button>
          )}
          {onDownloadCurrent && (
            <button type="button" className="small-button" data-testid="storage-download-current" onClick={onDownloadCurrent}>
              {t(k('downloadCurrent'))}
            </button>
          )}
          {state === 'stale' && onTakeOver && feature !== 'seminar' && feature !== 'library' && (
            <button type="button" className="small-button" data-testid="storage-take-over" onClick={onTakeOver}>
              {t(k('takeOver'))}
            </button>
          )}
        </div>
      )}
      {(held || setAside.length > 0) && (
        <ul className="storage-records">
          {held && <RecordLine record={held} sentence={t('storage.heldReason', { reason: held.reason || t('storage.unknownReason') })} label={download} onDiscard={onDiscardHeld} />}
          {setAside.map((r) => (
            <RecordLine key={r.key} record={r} sentence={recordSentence(r)} label={download} onDiscard={() => onDiscard(r.key)} />
          ))}
        </ul>
      )}
    </div>
  );
}
