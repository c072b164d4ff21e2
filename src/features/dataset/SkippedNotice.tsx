import type { SkippedEvent } from '../../lib/data/parse-dataset';
import { IsolatedQuotes } from '../../lib/react/IsolatedQuotes';
import { eventCount, isOrAre } from '../../lib/text/count-phrase';

/** "1 event in the data file could not be shown because it is malformed:" */
export function skippedLead(count: number): string {
  return `${eventCount(count)} in the data file could not be shown because ${count === 1 ? 'it' : 'they'} ${isOrAre(count)} malformed:`;
}

/** Says which events could not be shown, so that nothing disappears without a word. */
export function SkippedNotice({ skipped }: { skipped: SkippedEvent[] }) {
  if (skipped.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{skippedLead(skipped.length)}</p>
      <ul>
        {skipped.slice(0, 20).map((s) => (
          <li key={s.index}>
            {s.id ? (
              <>
                “<bdi>{s.id.slice(0, 80)}</bdi>”
              </>
            ) : (
              `entry ${s.index + 1}`
            )}
            : <IsolatedQuotes text={s.reason} />
          </li>
        ))}
      </ul>
    </div>
  );
}
