/**
 * What happened to the settings on load: parts of a link that could not be used (each naming the
 * field, the value and what is allowed), or that the last session's work was restored from this
 * browser. Dismissable; the page works either way.
 */
import { noticeText, type SettingsNotice } from '../../shared/settings/notice-list';
import type { SettingsSource } from '../../shared/settings/initial-settings';
import { useTranslation } from 'react-i18next';

interface SettingsNoticesProps {
  readonly source: SettingsSource;
  readonly notices: readonly SettingsNotice[];
  readonly onDismiss: () => void;
  readonly onStartFresh: () => void;
}

export function SettingsNotices({ source, notices, onDismiss, onStartFresh }: SettingsNoticesProps) {
  const { t } = useTranslation('explore');
  const restored = source === 'autosave';
  if (notices.length === 0 && !restored) return null;
  return (
    <div className="notice" role="status" data-testid="settings-notice">
      {notices.length > 0 && (
        <>
          <p className="notice-title">
            {source === 'autosave' ? t('notices.savedProblems') : t('notices.linkProblems')}
          </p>
          <ul>
            {notices.map((n, i) => (
              <li key={i} data-field={n.field}>
                {noticeText(n)}
              </li>
            ))}
          </ul>
          <p>{t('notices.restApplied')}</p>
        </>
      )}
      {restored && <p className="notice-title">{t('notices.welcomeBack')}</p>}
      <div className="notice-actions">
        {restored && (
          <button type="button" className="small-button" onClick={onStartFresh}>
            {t('notices.startFresh')}
          </button>
        )}
        <button type="button" className="small-button" onClick={onDismiss}>
          {t('common:app.dismiss')}
        </button>
      </div>
    </div>
  );
}
