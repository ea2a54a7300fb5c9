/**
 * One line on the runs: nothing while a batch is quick, then — for anything longer than a
 * moment — a progress bar with the count of runs and Cancel, and afterwards what was run and
 * how long it took (or that it was cancelled, leaving the earlier results). The live region
 * stays in place, so screen readers hear the start and the outcome, not every run.
 */
import type { PoolRunState, TaskKind } from './use-pool-runs';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../shared/format';

/** What each kind of batch is called while it runs: the catalogue's `status.running.<kind>`. */
const whatKey = (kind: TaskKind) => `status.running.${kind}`;

export function PoolStatus({ state, onCancel }: { readonly state: PoolRunState; readonly onCancel: () => void }) {
  const { t: tr } = useTranslation('compare');
  const { running, done, total, showProgress, note } = state;
  const status = running ? 'running' : note?.error ? 'error' : note ? 'done' : 'idle';
  const t = note?.timing;
  // Where the time went, for the benchmark (npm run bench:compare) and the curious.
  const timing = t && !running ? { 'data-wall-ms': Math.round(t.wallMs), 'data-population-ms': Math.round(t.populationMs), 'data-run-ms': Math.round(t.runMs), 'data-draws': t.populationsDrawn, 'data-computed': t.computed } : {};
  return (
    <div className={`pool-status${running && showProgress ? ' active' : ''}`} data-testid="compare-status" data-status={status} data-done={done} data-total={total} data-kind={running ?? note?.kind ?? ''} {...timing}>
      <div role="status" className={note?.error ? 'status status-error' : 'status'}>
        {running ? (
          <>
            <span className="status-dot" aria-hidden="true" />
            <span>{tr(whatKey(running))}…</span>
          </>
        ) : (
          note && <span data-testid="compare-note">{note.text}</span>
        )}
      </div>
      {running && showProgress && (
        <div className="progress-row">
          <progress max={total} value={done} aria-label={tr('status.runsDone', { what: tr(whatKey(running)) })} />
          <span aria-hidden="true" className="progress-count">
            {tr('status.count', { done: formatCount(done), total: formatCount(total) })}
          </span>
          <button type="button" className="small-button" onClick={onCancel} data-testid="cancel-runs">
            {tr('status.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
