import { useEffect, useMemo, useRef, useState } from 'react';
import type { EventRecord } from '../../lib/data/dataset';
import { usePrinting } from '../../lib/react/use-printing';
import { groupByYearAndMonth } from './group-by-month';
import { ListEntry } from './ListEntry';
import { entriesToDraw, LIST_PAGE } from './list-page';
import './list-view.css';

const ENTRY = '[data-list-entry]';

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
  // Printing gives the whole chronology, with each event's sources, not the part scrolled so far.
  const printing = usePrinting();
  const drawn = printing ? events.length : entriesToDraw(events.length, limit, selectedIndex);
  const groups = useMemo(() => groupByYearAndMonth(events.slice(0, drawn)), [events, drawn]);
  const root = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const more = drawn < events.length;

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !more) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit(drawn + LIST_PAGE);
      },
      { rootMargin: '800px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, drawn]);

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
                  <ListEntry key={e.id} event={e} selected={e.id === selectedId} withSources={printing} />
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
            <button type="button" onClick={() => setLimit(drawn + LIST_PAGE)}>
              Show {entriesToDraw(events.length, drawn + LIST_PAGE) - drawn} more
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
