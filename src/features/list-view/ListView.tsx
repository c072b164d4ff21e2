import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef } from 'react';
import type { EventRecord } from '../../lib/data/dataset';
import { usePrinting } from '../../lib/react/use-printing';
import { noEventsMessage } from '../../lib/text/no-events';
import { ListEntry } from './ListEntry';
import { listRowsOf } from './list-rows';
import { listDrawnWhole, nestRows } from './list-window';
import { scrollIntoMiddle } from './scroll-into-middle';
import { useListWindow } from './use-list-window';
import './list-view.css';

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/**
 * The chronology as text, equal to the timeline: same events, same selection, full keyboard use.
 * A long list draws only the rows near the screen, with blank space standing for the rest, so that its
 * cost does not grow with the number of events; a short one, and any list being printed, is drawn whole.
 */
export default function ListView({
  events,
  total,
  selectedId,
  filtering,
}: {
  events: readonly EventRecord[];
  /** How many events the dataset has, filters aside: a small dataset is always listed whole. */
  total: number;
  selectedId: string | null;
  /** Whether filters are narrowing the events, for the words shown when none is left. */
  filtering: boolean;
}) {
  // Printing gives the whole chronology, with each event's sources, not the part on screen.
  const printing = usePrinting();
  const list = listRowsOf(events);
  const root = useRef<HTMLDivElement>(null);
  const windowed = !printing && !listDrawnWhole(events.length, total);
  const { first, last, above, below, reveal } = useListWindow(root, list.rows, windowed);
  const blocks = useMemo(() => nestRows(list.rows, first, last), [list.rows, first, last]);

  const entryElement = (id: string) =>
    root.current?.querySelector<HTMLElement>(`[data-list-event-id="${CSS.escape(id)}"]`) ?? null;

  // Arrow keys move between entries, Home and End jump to the ends; Tab still leaves the list.
  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>) => {
    if (!KEYS.includes(e.key)) return;
    const end = list.entries.length - 1;
    let next: number;
    if (document.activeElement === e.currentTarget) {
      // The list itself holds the focus (its entry scrolled away): start from the screen.
      next = e.key === 'Home' ? 0 : e.key === 'End' ? end : firstOnScreen();
    } else {
      const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
        '[data-list-event-id]',
      );
      if (!current || !e.currentTarget.contains(current)) return;
      const at = list.entries.findIndex((x) => x.id === current.dataset.listEventId);
      if (at === -1) return;
      next = e.key === 'Home' ? 0 : e.key === 'End' ? end : at + (e.key === 'ArrowDown' ? 1 : -1);
    }
    e.preventDefault();
    next = Math.max(0, Math.min(end, next));
    const id = list.entries[next]!.id;
    reveal(list.entryRow[next]!, () =>
      entryElement(id)?.querySelector<HTMLElement>('[data-list-entry]')?.focus(),
    );
  };

  const firstOnScreen = () => {
    for (const el of root.current?.querySelectorAll<HTMLElement>('[data-list-event-id]') ?? []) {
      if (el.getBoundingClientRect().bottom > 0) {
        const index = list.entries.findIndex((x) => x.id === el.dataset.listEventId);
        if (index !== -1) return index;
      }
    }
    return 0;
  };

  // An entry with the keyboard focus that scrolls far away is no longer drawn, and the browser would
  // give the focus to the page: the list keeps it instead, and the arrow keys go on from the screen.
  const focusedId = useRef<string | null>(null);
  const onFocus = (e: React.FocusEvent<HTMLElement>) => {
    focusedId.current =
      (e.target as HTMLElement).closest<HTMLElement>('[data-list-event-id]')?.dataset.listEventId ?? null;
  };
  useLayoutEffect(() => {
    const id = focusedId.current;
    if (!id || (document.activeElement !== document.body && document.activeElement !== null)) return;
    if (!entryElement(id)) root.current?.focus({ preventScroll: true });
  });

  // A selection made in the timeline, the panel or the address is brought onto the screen.
  const revealSelected = useEffectEvent((id: string) => {
    const index = list.entries.findIndex((e) => e.id === id);
    if (index === -1) return;
    reveal(list.entryRow[index]!, () => {
      const el = entryElement(id);
      if (el) scrollIntoMiddle(el);
    });
  });
  useEffect(() => {
    if (selectedId) revealSelected(selectedId);
  }, [selectedId]);

  if (events.length === 0) {
    return (
      // Focusable, so that "Skip to events" can land on the reason there are none.
      <p className="list-empty" data-testid="list-empty" tabIndex={-1}>
        {noEventsMessage(filtering)}
      </p>
    );
  }

  return (
    // The list handles arrow keys for the entries inside it; the entries themselves are buttons. It is the
    // chronology's one landmark, named, and takes the focus itself when the focused entry scrolls away.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="list-view"
      ref={root}
      role="region"
      aria-label="Events by year and month"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      tabIndex={-1}
      data-testid="list-view"
    >
      {above > 0 && <div className="list-view__space" style={{ height: above }} aria-hidden="true" />}
      {/* Years and months are plain blocks, not sections: a named section is a region landmark, and one
          per month flooded a screen reader's list of landmarks. Their headings give the structure. */}
      {blocks.map((year) => (
        <div key={year.year} className="list-view__year-block">
          {year.heading !== null && (
            <h2
              id={`list-year-${year.year}`}
              className="list-view__year"
              data-row={year.heading}
              tabIndex={-1}
            >
              {year.year}
            </h2>
          )}
          {year.months.map((month) => (
            <div key={month.key} className="list-view__month-block">
              {month.heading !== null && (
                <h3
                  id={`list-month-${month.key}`}
                  className="list-view__month"
                  data-row={month.heading}
                  tabIndex={-1}
                >
                  {month.label}
                </h3>
              )}
              {month.entries.length > 0 && (
                <ol
                  className="list-view__events"
                  aria-label={month.heading === null ? month.label : undefined}
                >
                  {month.entries.map(({ row, at }) => (
                    <ListEntry
                      key={row.event.id}
                      event={row.event}
                      selected={row.event.id === selectedId}
                      withSources={printing}
                      row={at}
                      position={row.position}
                      monthSize={month.size}
                    />
                  ))}
                </ol>
              )}
            </div>
          ))}
        </div>
      ))}
      {below > 0 && <div className="list-view__space" style={{ height: below }} aria-hidden="true" />}
    </div>
  );
}
