import { useEffect, useRef } from 'react';

export function ErrorScreen({
  message,
  detail,
  onRetry,
}: {
  message: string;
  detail: string;
  onRetry: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="screen screen--error" role="alert">
      <h2 ref={heading} tabIndex={-1}>
        {message}
      </h2>
      <p>The chronology cannot be shown until the data loads. Reload the page, or try again in a moment.</p>
      <details>
        <summary>Technical detail</summary>
        <pre>{detail}</pre>
      </details>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
