import { useEffect, useRef } from 'react';
import { problemPlace, type DatasetProblem } from './invalid-dataset';

/**
 * What is wrong with the event files, as the development server found it: each file, where in it, the field and
 * what to change, as text (the data is never read as markup), and that fixing the file and reloading is the way on.
 */
function InvalidData({ problems }: { problems: readonly DatasetProblem[] }) {
  return (
    <>
      <p>
        The development server checks the event files each time the page loads, and they do not pass the
        validator. Fix what is listed below, save the file, and reload the page (or press Try again).{' '}
        <code>npm run validate</code> lists the same in the terminal.
      </p>
      <ul className="screen__problems">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{problemPlace(p)}</code>
            <br />
            {p.field ? (
              <>
                Field <code>{p.field}</code>: {p.message}
              </>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorScreen({
  message,
  detail,
  problems,
  onRetry,
}: {
  message: string;
  detail: string;
  problems?: readonly DatasetProblem[] | undefined;
  onRetry: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Only the development server lists problems: a build leaves the list, and its words, out.
  const invalid = import.meta.env.DEV ? problems : undefined;
  return (
    <div className="screen screen--error" role="alert">
      <h2 ref={heading} tabIndex={-1}>
        {message}
      </h2>
      {invalid && invalid.length > 0 ? (
        <InvalidData problems={invalid} />
      ) : (
        <p>The chronology cannot be shown until the data loads. Reload the page, or try again in a moment.</p>
      )}
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
