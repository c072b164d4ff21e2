import type { EventRecord } from '../../lib/data/dataset';
import { sourceAt } from '../../lib/data/same-address';
import { safeHref } from '../../lib/safe-url';

/**
 * Which of the event's sources makes a claim: its publisher, linking to the article, and its number in the
 * list of sources below, which tells two articles of one publisher apart. The number is part of the link:
 * its name then tells them apart too, and a short name ("UNN", "RT") is not a sliver of a target.
 */
export function SourceRef({ url, sources }: { url: string; sources: EventRecord['sources'] }) {
  const at = sourceAt(url, sources);
  const source = sources[at];
  if (!source) return <span className="panel__subnote">(source)</span>;
  const href = safeHref(source.url);
  // One box, which a finger's target centres as a whole (event-panel.css).
  const words = (
    <span>
      <bdi>{source.publisher}</bdi>, source {at + 1}
    </span>
  );
  return (
    <span className="panel__subnote source-ref">
      (
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {words}
        </a>
      ) : (
        words
      )}
      )
    </span>
  );
}
