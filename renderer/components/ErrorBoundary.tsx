import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Catches a rendering failure and shows what happened with a way back, instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Airgap view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>Something went wrong</h1>
        <p>{this.state.error.message}</p>
        <p>Your highlights and notes are stored separately and are safe.</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            location.hash = '#/';
            this.setState({ error: null });
          }}
        >
          Back to the library
        </button>
      </div>
    );
  }
}
