/**
 * Keeps a failure in one part of the page (a chart that cannot draw, a chunk that did not load)
 * from blanking the whole page: that part is replaced by a short message and a way to retry. A
 * boundary can say what still works around it (`hint`), and clears itself when `resetKey`
 * changes (the seminar's: a new or another session), so the part is tried again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from './i18n/i18n';

interface ErrorBoundaryProps {
  /** What failed, for the message: "this chart", "the explorer". */
  readonly what: string;
  /** What the user can still do, after the message. */
  readonly hint?: string;
  /** When it changes, the failed part is shown again. */
  readonly resetKey?: unknown;
  /** Label of a button that tries the part again without reloading (otherwise: Reload the page). */
  readonly retryLabel?: string;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
  readonly resetKey: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Crossings: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { retryLabel, hint } = this.props;
    return (
      <div className="status status-error" role="alert" data-testid="error-boundary">
        <span>
          {i18n.t('common:error.couldNotShow', { what: this.props.what, reason: error.message })}
          {hint ? ` ${hint}` : ''}
        </span>
        {retryLabel ? (
          <button type="button" className="small-button" onClick={() => this.setState({ error: null })}>
            {retryLabel}
          </button>
        ) : (
          <button type="button" className="small-button" onClick={() => window.location.reload()}>
            {i18n.t('common:error.reload')}
          </button>
        )}
      </div>
    );
  }
}
