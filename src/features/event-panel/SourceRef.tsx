import type { EventRecord } from '../../lib/data/dataset';
import { safeHref } from '../../lib/safe-url';

/**
 * Which of the event's sources makes a claim: its publisher, linking to the article, and its number in the
 * list of sources below, which tells two articles of one publisher apart.
 */
export function SourceRef({ url, sources }: { url: string; sources: EventRecord['sources'] }) {
  const at = sources.findIndex((s) => s.url === url);
  const source = sources[at];
  if (!source) return <span className="panel__subnote">(source)</span>;
  const href = safeHref(source.url);
  return (
    <span className="panel__subnote">
      (
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          <bdi>{source.publisher}</bdi>
        </a>
      ) : (
        <bdi>{source.publisher}</bdi>
      )}
      , source {at + 1})
    </span>
  );
}
