import type { SkippedEvent } from '../../lib/data/parse-dataset';
import { IsolatedQuotes } from '../../lib/react/IsolatedQuotes';
import { eventCount, isOrAre } from '../../lib/text/count-phrase';
import { cutText } from '../../lib/text/cut-text';
import { formatCount } from '../../lib/text/format-count';

/** "1 event in the data file could not be shown because it is malformed:" */
export function skippedLead(count: number): string {
  return `${eventCount(count)} in the data file could not be shown because ${count === 1 ? 'it' : 'they'} ${isOrAre(count)} malformed:`;
}

/** How many of the malformed events the notice names; the rest are counted. */
export const SKIPPED_LISTED = 20;

/** "and 37 more, 57 in all" under a list that names `listed` of `total`; undefined when it names them all. */
export function skippedRest(total: number, listed = SKIPPED_LISTED): string | undefined {
  const rest = total - listed;
  return rest > 0 ? `and ${formatCount(rest)} more, ${formatCount(total)} in all` : undefined;
}

/** An id as long as a line at most, cut where a character ends, and said to be cut. */
const shortId = (id: string) => {
  const cut = cutText(id, 80);
  return cut === id ? id : `${cut}…`;
};

/** Says which events could not be shown, so that nothing disappears without a word. */
export function SkippedNotice({ skipped }: { skipped: SkippedEvent[] }) {
  if (skipped.length === 0) return null;
  const rest = skippedRest(skipped.length);
  return (
    <div className="notice" role="status">
      <p>{skippedLead(skipped.length)}</p>
      <ul>
        {skipped.slice(0, SKIPPED_LISTED).map((s) => (
          <li key={s.index}>
            {s.id ? (
              <>
                “<bdi>{shortId(s.id)}</bdi>”
              </>
            ) : (
              `entry ${s.index + 1}`
            )}
            : <IsolatedQuotes text={s.reason} />
          </li>
        ))}
      </ul>
      {rest && (
        <p>
          {/* A screen reader would say "dot dot dot": the words alone carry the count. */}
          <span aria-hidden="true">…</span>
          {rest}
        </p>
      )}
    </div>
  );
}
