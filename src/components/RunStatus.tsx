/**
 * A status line for a model run: progress while it runs, a short note when it is done. The same
 * live region stays in place across both, and the month counter is hidden from screen readers,
 * so they announce "Running…" and then the result instead of 120 month ticks.
 */
import type { RunState } from '../use-model-run';
import { formatCount } from '../format';

export function RunStatus({ state }: { readonly state: RunState }) {
  if (state.status === 'error') {
    return (
      <p className="status status-error" role="alert" data-testid="run-status" data-status="error">
        The simulation failed: {state.message}
      </p>
    );
  }
  return (
    <div className="status" role="status" data-testid="run-status" data-status={state.status}>
      {state.status === 'running' ? (
        <>
          <span>Running…</span>
          <span aria-hidden="true">
            month {state.month} of {state.total}
          </span>
          <progress max={state.total} value={state.month} aria-label="Simulation progress" />
        </>
      ) : (
        <span>
          Simulated {state.result.months.length} months with {formatCount(state.result.agents)} agents (seed{' '}
          {state.result.seed}, model version {state.result.modelVersion}), entirely in your browser.
        </span>
      )}
    </div>
  );
}
