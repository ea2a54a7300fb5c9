/**
 * What happened to the setup on load: parts of a link or of the autosave that could not be used
 * (each naming the field, the value and what is allowed), or a mix added from the explorer.
 * Dismissable; the page works either way.
 */
import { noticeText, type SettingsNotice } from '../../shared/settings/url';
import { useTranslation } from 'react-i18next';

interface CompareNoticesProps {
  readonly notices: readonly SettingsNotice[];
  readonly message: string | null;
  readonly onDismiss: () => void;
}

export function CompareNotices({ notices, message, onDismiss }: CompareNoticesProps) {
  const { t } = useTranslation('compare');
  if (notices.length === 0 && !message) return null;
  return (
    <div className="notice" role="status" data-testid="compare-notice">
      {message && <p className="notice-title">{message}</p>}
      {notices.length > 0 && (
        <>
          <p className="notice-title">{t('notices.problems')}</p>
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
      <div className="notice-actions">
        <button type="button" className="small-button" onClick={onDismiss}>
          {t('common:app.dismiss')}
        </button>
      </div>
    </div>
  );
}
