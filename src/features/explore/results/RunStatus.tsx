/**
 * One line on the state of the runs: up to date, updating, or — for a run slow enough to report
 * progress (see runner/progress-gate.ts) — a progress bar. The live region stays in place and
 * the month counter is hidden from screen readers, so they hear "Updating…" and then the result,
 * not every month.
 */
import type { LaneState } from '../../../runner/index';
import { formatCount } from '../../../shared/format';
import { useTranslation } from 'react-i18next';

interface RunStatusProps {
  readonly current: LaneState;
  readonly baseline: LaneState;
  /** A run for the latest settings is about to be asked for. */
  readonly waiting?: boolean;
}

export function RunStatus({ current, baseline, waiting = false }: RunStatusProps) {
  const { t } = useTranslation('explore');
  const error = current.error ?? baseline.error;
  if (error) {
    return (
      <p className="status status-error" role="alert" data-testid="run-status" data-status="error">
        {t('status.failed', { error })}
      </p>
    );
  }
  const progress = current.progress ?? baseline.progress;
  const busy = waiting || current.busy || baseline.busy || !current.shown;
  const result = current.shown?.result;
  return (
    <div className="status" role="status" data-testid="run-status" data-status={busy ? 'running' : 'done'}>
      {busy ? (
        <>
          <span className="status-dot" aria-hidden="true" />
          <span>{progress ? t('status.larger') : t('status.updating')}</span>
          {progress && (
            <>
              <span aria-hidden="true">{t('status.monthOf', { month: progress.month, total: progress.total })}</span>
              <progress max={progress.total} value={progress.month} aria-label={t('status.progress')} />
            </>
          )}
        </>
      ) : (
        result && (
          <span>
            {t('status.upToDate', { agents: formatCount(result.agents), months: result.months.length, seed: result.seed, version: result.modelVersion })}
          </span>
        )
      )}
    </div>
  );
}
