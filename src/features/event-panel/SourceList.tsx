import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { languageName } from '../../lib/language-name';
import { safeHref } from '../../lib/safe-url';

function ExternalLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  if (!href) return <span className="source__unsafe">{children} (address withheld: not a web link)</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function SourceList({ sources }: { sources: EventRecord['sources'] }) {
  return (
    <ol className="sources">
      {sources.map((s, i) => {
        const href = safeHref(s.url);
        const archived = s.archiveUrl ? safeHref(s.archiveUrl) : null;
        return (
          <li key={`${i}-${s.url}`} className="source">
            {/* In its own language, so that a screen reader reads an Indonesian or Russian headline as such. */}
            <ExternalLink href={href}>
              <bdi lang={s.language}>{s.title}</bdi>
            </ExternalLink>
            {/* On paper a link is only its words: the address is printed after them. */}
            {href && <span className="source__address print-only">{href}</span>}
            {/* The publisher isolated: in Arabic script it drew the day of the date after it to its far side. */}
            <span className="source__meta">
              <bdi>{s.publisher}</bdi>
              {s.published ? ` · ${formatDateRange(s.published)}` : ''}
              {s.language ? ` · ${languageName(s.language)}` : ''}
            </span>
            {s.archiveUrl && (
              <span className="source__archive">
                <ExternalLink href={archived}>Archived copy</ExternalLink>
                {archived && <span className="print-only">{archived}</span>}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
