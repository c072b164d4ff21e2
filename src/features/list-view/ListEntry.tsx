import { memo, useId } from 'react';
import type { EventRecord } from '../../lib/data/dataset';
import { kindMark } from '../../lib/data/kind-marks';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { safeHref } from '../../lib/safe-url';
import { EventLink } from '../url-state/EventLink';

// Worked out once per event: a filter change, or a scroll, draws rows anew, and formatting its dates and
// parsing its addresses every time was a good part of that.
interface EntryTexts {
  date: string;
  /** Each source's address, or what says it is none. */
  addresses: string[];
}
const texts = new WeakMap<EventRecord, EntryTexts>();
function entryTexts(e: EventRecord): EntryTexts {
  let t = texts.get(e);
  if (!t) {
    t = {
      date: formatDateRange(e.start, e.end),
      addresses: e.sources.map((s) => safeHref(s.url) ?? '(not a web address)'),
    };
    texts.set(e, t);
  }
  return t;
}

/**
 * One event of the list. Memoised: a filter change re-renders only the entries it adds, and a selection
 * only the two entries whose `selected` changes. Its source addresses are only for paper: drawn while
 * printing (`withSources`), they were a third of the list's nodes on screen.
 */
export const ListEntry = memo(function ListEntry({
  event: e,
  selected,
  withSources,
  row,
  position,
  monthSize,
}: {
  event: EventRecord;
  selected: boolean;
  withSources: boolean;
  /** Its index among the list's rows, by which a long list measures it. */
  row: number;
  /** Place in its month and the month's size: a long list draws only part of a month. */
  position: number;
  monthSize: number;
}) {
  const t = entryTexts(e);
  const id = useId();
  return (
    <li
      className={`list-entry tl--kind-${e.kind} list-entry--${e.status}`}
      data-list-event-id={e.id}
      data-row={row}
      aria-posinset={position}
      aria-setsize={monthSize}
      aria-current={selected || undefined}
    >
      <time id={`${id}-date`} dateTime={e.start} className="list-entry__date">
        {t.date}
      </time>
      <EventLink
        eventId={e.id}
        className="list-entry__title"
        data-list-entry
        // Named by its title, so that it is found by it; moving from entry to entry, a screen reader
        // then reads the date, kind and status (“Cancelled”) shown beside it, which it skipped before.
        aria-describedby={`${id}-date ${id}-meta`}
      >
        {e.title}
      </EventLink>
      <span id={`${id}-meta`} className="list-entry__meta">
        <span className="list-entry__mark" aria-hidden="true">
          {kindMark(e.kind)}
        </span>{' '}
        {kindLabel(e.kind)}
        {e.status !== 'held' && <strong className="list-entry__status"> · {statusLabel(e.status)}</strong>}
        {e.location && (
          <>
            {' · '}
            <bdi>{e.location.place}</bdi>
          </>
        )}
      </span>
      {withSources && (
        <ul className="list-entry__sources print-only" aria-label="Sources">
          {e.sources.map((s, i) => (
            <li key={s.url}>
              <bdi>{s.publisher}</bdi>: {t.addresses[i]}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});
