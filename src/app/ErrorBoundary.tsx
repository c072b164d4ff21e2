import { Component, type ReactNode } from 'react';
import { ErrorScreen } from '../features/dataset/ErrorScreen';

/** Whatever fails while drawing the data ends on an error screen, never on a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <ErrorScreen
          message="Something in the data could not be shown."
          detail={`${this.state.error.name}: ${this.state.error.message}`}
          onRetry={() => window.location.reload()}
        />
      );
    }
    return this.props.children;
  }
}
