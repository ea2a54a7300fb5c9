/** What the page shows while a run it needs is in the worker (or why it failed). */
import type { RunProgress } from '../../runner/index';

interface RunWaitProps {
  readonly what: string;
  readonly error: string | null;
  readonly progress: RunProgress | null;
}

export function RunWait({ what, error, progress }: RunWaitProps) {
  if (error)
    return (
      <p className="status status-error" role="alert" data-testid="run-status" data-status="error">
        The model could not run: {error}
      </p>
    );
  return (
    <p className="status" role="status" data-testid="run-status" data-status="running">
      Running {what}…
      {progress && (
        <progress max={progress.total} value={progress.month} aria-label={`Month ${progress.month} of ${progress.total}`}>
          {progress.month} of {progress.total}
        </progress>
      )}
    </p>
  );
}
