/**
 * Keeps a failure in one part of the page (a chart that cannot draw, a chunk that did not load)
 * from blanking the whole page: that part is replaced by a short message and a way to retry.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from './i18n/i18n';

interface ErrorBoundaryProps {
  /** What failed, for the message: "this chart", "the explorer". */
  readonly what: string;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Crossings: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="status status-error" role="alert">
        <span>{i18n.t('common:error.couldNotShow', { what: this.props.what, reason: error.message })}</span>
        <button type="button" className="small-button" onClick={() => window.location.reload()}>
          {i18n.t('common:error.reload')}
        </button>
      </div>
    );
  }
}
