import { Component, type ReactNode } from 'react';
import { CodeLoadError } from '../lib/import-again';

interface Props {
  /** What would be here, for the message: "the timeline", "the event panel". */
  part: string;
  /** A way on without this part: "Show the list instead". */
  instead?: { label: string; go: () => void };
  /** Wraps the message, so that it takes the part's place (a panel's frame). */
  frame?: (message: ReactNode) => ReactNode;
  compact?: boolean;
  children: ReactNode;
}

/**
 * Where a part of the page whose code comes on demand would be, says that its code could not be
 * loaded, with "Try again", and leaves the rest of the page as it was. Anything else that goes wrong
 * is passed on to the page's ErrorBoundary.
 */
export class ViewBoundary extends Component<Props, { error: Error | null; attempt: number }> {
  state = { error: null as Error | null, attempt: 0 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error, attempt } = this.state;
    if (error && !(error instanceof CodeLoadError)) throw error;
    if (!error) return <ChildrenAgain key={attempt}>{this.props.children}</ChildrenAgain>;
    const { part, instead, frame, compact } = this.props;
    // A new attempt mounts the part again, which asks for its code again (under a fresh address).
    const retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
    const message = (
      <div
        className={compact ? 'code-error code-error--compact' : 'code-error'}
        role="alert"
        data-testid="code-error"
      >
        <p>
          <strong>The code for {part} could not be loaded.</strong>{' '}
          {attempt > 0
            ? 'It failed again: check the connection, or reload the page.'
            : 'The connection may have dropped; the rest of the page still works.'}
        </p>
        <p className="code-error__actions">
          <button type="button" onClick={retry}>
            Try again
          </button>
          {instead && (
            <button type="button" onClick={instead.go}>
              {instead.label}
            </button>
          )}
          {attempt > 0 && (
            <button type="button" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          )}
        </p>
      </div>
    );
    return frame ? frame(message) : message;
  }
}

function ChildrenAgain({ children }: { children: ReactNode }) {
  return children;
}
