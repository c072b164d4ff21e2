import type { SkippedEvent } from '../../lib/data/parse-dataset';

/** Says which events could not be shown, so that nothing disappears without a word. */
export function SkippedNotice({ skipped }: { skipped: SkippedEvent[] }) {
  if (skipped.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {skipped.length === 1 ? '1 event' : `${skipped.length} events`} in the data file could not be shown
        because they are malformed:
      </p>
      <ul>
        {skipped.slice(0, 20).map((s) => (
          <li key={s.index}>
            {s.id ? `“${s.id.slice(0, 80)}”` : `entry ${s.index + 1}`}: {s.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
