/** What the page shows while a run it needs is in the worker (or why it failed). */
import type { RunProgress } from '../../runner/index';
import { useTranslation } from 'react-i18next';

interface RunWaitProps {
  readonly what: string;
  readonly error: string | null;
  readonly progress: RunProgress | null;
}

export function RunWait({ what, error, progress }: RunWaitProps) {
  const { t } = useTranslation('seminar');
  if (error)
    return (
      <p className="status status-error" role="alert" data-testid="run-status" data-status="error">
        {t('wait.failed', { error })}
      </p>
    );
  return (
    <p className="status" role="status" data-testid="run-status" data-status="running">
      {t('wait.running', { what })}
      {progress && (
        <progress max={progress.total} value={progress.month} aria-label={t('wait.month', { month: progress.month, total: progress.total })}>
          {t('wait.of', { month: progress.month, total: progress.total })}
        </progress>
      )}
    </p>
  );
}
