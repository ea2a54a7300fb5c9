/**
 * What happened to the settings on load: parts of a link that could not be used (each naming the
 * field, the value and what is allowed), or that the last session's work was restored from this
 * browser. Dismissable; the page works either way.
 */
import { noticeText, type SettingsNotice } from '../../shared/settings/url';
import type { SettingsSource } from '../../shared/settings/initial-settings';

interface SettingsNoticesProps {
  readonly source: SettingsSource;
  readonly notices: readonly SettingsNotice[];
  readonly onDismiss: () => void;
  readonly onStartFresh: () => void;
}

export function SettingsNotices({ source, notices, onDismiss, onStartFresh }: SettingsNoticesProps) {
  const restored = source === 'autosave';
  if (notices.length === 0 && !restored) return null;
  return (
    <div className="notice" role="status" data-testid="settings-notice">
      {notices.length > 0 && (
        <>
          <p className="notice-title">
            {source === 'autosave' ? 'Some of your saved settings could not be used:' : 'Some settings in this link could not be used as given:'}
          </p>
          <ul>
            {notices.map((n, i) => (
              <li key={i} data-field={n.field}>
                {noticeText(n)}
              </li>
            ))}
          </ul>
          <p>Everything else in the link was applied.</p>
        </>
      )}
      {restored && <p className="notice-title">Welcome back: your last settings in this browser were restored.</p>}
      <div className="notice-actions">
        {restored && (
          <button type="button" className="small-button" onClick={onStartFresh}>
            Start from the scenario as it is
          </button>
        )}
        <button type="button" className="small-button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
