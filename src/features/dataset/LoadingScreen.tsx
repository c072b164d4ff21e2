import { useEffect, useState } from 'react';

/** After this long without the data, the page says it is taking long and offers to start again. */
export const SLOW_AFTER_MS = 15_000;

export function LoadingScreen({ progress }: { progress: number | null }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="screen" role="status" aria-live="polite">
      <p>Loading the chronology…</p>
      {progress === null ? (
        <progress aria-label="Loading the data" />
      ) : (
        <progress aria-label="Loading the data" max={1} value={progress}>
          {Math.round(progress * 100)} %
        </progress>
      )}
      {/* A stalled connection never ends on its own: the page keeps waiting, and says so. */}
      {slow && (
        <p>
          This is taking longer than usual: the connection may be slow or stalled. The page keeps waiting.{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
