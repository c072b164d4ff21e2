import { useEffect, useMemo, useRef, useState } from 'react';
import type { EventRecord } from '../../lib/data/dataset';
import { kindMark } from '../../lib/data/kind-marks';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { safeHref } from '../../lib/safe-url';
import { selectEvent } from '../../store/app-store';
import { groupByYearAndMonth } from './group-by-month';
import './list-view.css';

const ENTRY = '[data-list-entry]';
/** Entries drawn at first and added at a time as the reader scrolls: thousands at once would stall. */
export const LIST_PAGE = 250;

/** Arrow keys move between entries, Home and End jump to the ends; Tab still leaves the list. */
function onListKeyDown(e: React.KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const entries = [...e.currentTarget.querySelectorAll<HTMLElement>(ENTRY)];
  const at = entries.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return;
  e.preventDefault();
  const next =
    e.key === 'Home' ? 0 : e.key === 'End' ? entries.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
  entries[Math.max(0, Math.min(entries.length - 1, next))]?.focus();
}

/** The chronology as text, equal to the timeline: same events, same selection, full keyboard use. */
export function ListView({
  events,
  selectedId,
  filtering,
}: {
  events: EventRecord[];
  selectedId: string | null;
  /** Whether filters are narrowing the events, for the words shown when none is left. */
  filtering: boolean;
}) {
  const [limit, setLimit] = useState(LIST_PAGE);
  const [limitFor, setLimitFor] = useState(events);
  if (limitFor !== events) {
    // New filters: start again from the top page.
    setLimitFor(events);
    setLimit(LIST_PAGE);
  }
  // The selected event is always drawn, however far down it is.
  const selectedIndex = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const drawn = Math.max(limit, selectedIndex + 1);
  const groups = useMemo(() => groupByYearAndMonth(events.slice(0, drawn)), [events, drawn]);
  const root = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const more = drawn < events.length;

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !more) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + LIST_PAGE);
      },
      { rootMargin: '800px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, drawn]);

  useEffect(() => {
    // Printing gives the whole chronology, not the part scrolled so far.
    const all = () => setLimit(Number.POSITIVE_INFINITY);
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);

  useEffect(() => {
    if (!selectedId) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-list-event-id="${CSS.escape(selectedId)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (events.length === 0) {
    return (
      <p className="list-empty" data-testid="list-empty">
        {filtering
          ? 'No event matches these filters. Clear a filter or all of them to see more.'
          : 'There are no events to show.'}
      </p>
    );
  }

  return (
    // The list handles arrow keys for the entries inside it; the entries themselves are buttons.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="list-view" ref={root} onKeyDown={onListKeyDown} data-testid="list-view">
      {groups.map((year) => (
        <section key={year.year} aria-labelledby={`list-year-${year.year}`}>
          <h2 id={`list-year-${year.year}`} className="list-view__year">
            {year.year}
          </h2>
          {year.months.map((month) => (
            <section key={month.key} aria-labelledby={`list-month-${month.key}`}>
              <h3 id={`list-month-${month.key}`} className="list-view__month">
                {month.label}
              </h3>
              <ol className="list-view__events">
                {month.events.map((e) => (
                  <li
                    key={e.id}
                    className={`list-entry tl--kind-${e.kind} list-entry--${e.status}`}
                    data-list-event-id={e.id}
                    aria-current={e.id === selectedId || undefined}
                  >
                    <time dateTime={e.start} className="list-entry__date">
                      {formatDateRange(e.start, e.end)}
                    </time>
                    <button
                      type="button"
                      className="list-entry__title"
                      data-list-entry
                      onClick={() => selectEvent(e.id)}
                    >
                      {e.title}
                    </button>
                    <span className="list-entry__meta">
                      <span className="list-entry__mark" aria-hidden="true">
                        {kindMark(e.kind)}
                      </span>{' '}
                      {kindLabel(e.kind)}
                      {e.status !== 'held' && (
                        <strong className="list-entry__status"> · {statusLabel(e.status)}</strong>
                      )}
                      {e.location && ` · ${e.location.place}`}
                    </span>
                    <ul className="list-entry__sources print-only" aria-label="Sources">
                      {e.sources.map((s) => (
                        <li key={s.url}>
                          {s.publisher}: {safeHref(s.url) ?? '(not a web address)'}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
      {more && (
        <div ref={sentinel} className="list-view__more">
          <p>
            Showing the first {drawn} of {events.length} events.{' '}
            <button type="button" onClick={() => setLimit((l) => l + LIST_PAGE)}>
              Show {Math.min(LIST_PAGE, events.length - drawn)} more
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
