import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef } from 'react';
import type { EventRecord } from '../../lib/data/dataset';
import { formatPartialDate } from '../../lib/dates/format-partial-date';
import { usePrinting } from '../../lib/react/use-printing';
import { eventCount } from '../../lib/text/count-phrase';
import { noEventsMessage } from '../../lib/text/no-events';
import { announce, useAppStore } from '../../store/app-store';
import { headingRowOf, monthRowFrom, yearRows } from './jump-rows';
import { ListEntry } from './ListEntry';
import { listRowsOf, type ListRow } from './list-rows';
import { listDrawnWhole, nestRows } from './list-window';
import { rowOfSavedPlace } from './saved-place';
import { readableBand, scrollIntoMiddle } from './scroll-into-middle';
import { useKeepPlace } from './use-keep-place';
import { useListWindow } from './use-list-window';
import { placeInHistory, usePlaceInHistory } from './use-place-in-history';
import './list-view.css';

const monthLabel = (key: string) => {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return formatPartialDate({ year, month, precision: 'month' });
};

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/** Whether the address's year or month (see below) was gone to: once a page. */
let fragmentHonoured = false;
/** Whether the place kept in the history entry (a reload, Back from another site) was gone to: once a page. */
let placeHonoured = false;

/** Whether no part of an element is in what is read of the screen. */
const offScreen = (el: HTMLElement) => {
  const box = el.getBoundingClientRect();
  const band = readableBand();
  return box.bottom <= band.top || box.top >= band.bottom;
};

/** A month to bring the list to ("2025-10"), from the chart of events per month; `seq` makes each new. */
export interface ListJump {
  month: string;
  /** Asked from the keyboard (the chart's table): the month's heading takes the focus, as a year's does. */
  focus: boolean;
  seq: number;
}

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
  jump = null,
}: {
  events: readonly EventRecord[];
  /** How many events the dataset has, filters aside: a small dataset is always listed whole. */
  total: number;
  selectedId: string | null;
  /** Whether filters are narrowing the events, for the words shown when none is left. */
  filtering: boolean;
  /** A month the list is asked to show (a click on the chart of events per month). */
  jump?: ListJump | null;
}) {
  // Printing gives the whole chronology, with each event's sources, not the part on screen.
  const printing = usePrinting();
  const list = listRowsOf(events);
  const root = useRef<HTMLDivElement>(null);
  const windowed = !printing && !listDrawnWhole(events.length, total);
  const { first, last, above, below, reveal } = useListWindow(root, list.rows, windowed);
  const blocks = useMemo(() => nestRows(list.rows, first, last), [list.rows, first, last]);
  // A reload, or Back from another site, comes back to where the reader was, unless an event is open
  // (its row is brought on screen) or the page is being printed. Once a page: the list drawn again
  // (after the timeline) is a step of its own. Over the address's year or month, as a browser's own
  // restoring of the scroll on a reload is.
  const openingPlace = () => {
    if (placeHonoured) return null;
    placeHonoured = true;
    const saved = selectedId === null && !printing ? placeInHistory() : null;
    const at = saved && rowOfSavedPlace(list.rows, saved);
    if (at) fragmentHonoured = true;
    return at;
  };
  // Turning a phone keeps the reader at the same event.
  const { placed } = useKeepPlace(root, list.rows, reveal, events.length > 0, openingPlace);
  usePlaceInHistory(root, list.rows, events.length > 0 && !printing, selectedId);

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

  // A selection made in the timeline, the panel or the address is brought onto the screen, and so is the
  // open event whenever the rows change under it (other filters, "Clear all filters", a step of history
  // that differs only in its filters): the list would otherwise stay where the old rows had it.
  const revealSelected = useEffectEvent((id: string) => {
    const index = list.entries.findIndex((e) => e.id === id);
    if (index === -1) return;
    reveal(list.entryRow[index]!, () => {
      const el = entryElement(id);
      if (!el) return;
      if (scrollIntoMiddle(el)) placed();
      // The focus stays where the reader is, unless it is on a row now off the screen: it follows.
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.closest('[data-list-event-id]') && offScreen(focused))
        el.querySelector<HTMLElement>('[data-list-entry]')?.focus({ preventScroll: true });
    });
  });
  useEffect(() => {
    if (selectedId) revealSelected(selectedId);
  }, [selectedId, list.rows]);

  // A heading (year or month) brought to the top of the screen, drawn first if the list is windowed;
  // from the keyboard it takes the focus, so that the next Tab or arrow goes on from there.
  const goToHeading = (row: number, focus: boolean) =>
    reveal(row, () => {
      const heading = root.current?.querySelector<HTMLElement>(
        `h2[data-row="${row}"], h3[data-row="${row}"]`,
      );
      if (!heading) return;
      heading.scrollIntoView({ block: 'start', behavior: 'instant' });
      if (focus) heading.focus({ preventScroll: true });
    });

  // A month chosen on the chart: the list goes to it, or to the first month after it with events.
  const handledJump = useRef(jump?.seq);
  const jumpToMonth = useEffectEvent((month: string, focus: boolean) => {
    const row = monthRowFrom(list.rows, month);
    const asked = monthLabel(month);
    if (row === -1) {
      announce(`No event shown from ${asked} on.`);
      return;
    }
    const found = list.rows[row] as Extract<ListRow, { type: 'month' }>;
    goToHeading(row, focus);
    announce(
      found.key.slice(2) === month
        ? `The list shows ${found.label}: ${eventCount(found.size)}.`
        : `No event shown in ${asked}; the list shows ${found.label}: ${eventCount(found.size)}.`,
    );
  });
  useEffect(() => {
    if (!jump || jump.seq === handledJump.current) return;
    handledJump.current = jump.seq;
    jumpToMonth(jump.month, jump.focus);
  }, [jump]);

  // A "Jump to year" link opened as a link (a new tab, a copied address): the list is drawn after the
  // data and its code load, too late for the browser's own jump to the fragment. Once a page, so that
  // the list drawn again (after the timeline) stays where the reader takes it.
  const goToFragment = useEffectEvent(() => {
    if (fragmentHonoured || list.rows.length === 0 || printing) return;
    fragmentHonoured = true;
    const row = headingRowOf(list.rows, window.location.hash);
    if (row !== -1) goToHeading(row, true);
  });
  useEffect(() => goToFragment(), [list.rows]);

  const years = useMemo(() => yearRows(list.rows), [list.rows]);
  // Each year's address names the list, so that opened anywhere (a laptop opens the timeline) it goes there.
  const yearHref = useAppStore((s) => s.eventLinks.yearHref);

  if (events.length === 0) {
    return (
      // Focusable, so that "Skip to events" can land on the reason there are none.
      <p className="list-empty" data-testid="list-empty" tabIndex={-1}>
        {noEventsMessage(filtering)}
      </p>
    );
  }

  return (
    <>
      {/* A quick way through a long list, a phone's above all: each year's heading, drawn if need be. */}
      {years.length > 1 && !printing && (
        <p className="list-jump" data-testid="list-jump">
          <span className="list-jump__label">Jump to year:</span>
          {years.map(({ year, row }) => (
            <a
              key={year}
              href={yearHref(year)}
              className="list-jump__year"
              onClick={(e) => {
                e.preventDefault();
                goToHeading(row, true);
              }}
            >
              {year}
            </a>
          ))}
        </p>
      )}
      {/* The list handles arrow keys for the entries inside it; the entries' titles are links. It is
        the chronology's one landmark, named, and takes the focus itself when the focused entry scrolls
        away. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
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
    </>
  );
}
