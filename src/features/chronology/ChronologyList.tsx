import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { selectEvent } from '../../store/app-store';

function groupByYear(events: EventRecord[]): [string, EventRecord[]][] {
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    const year = e.start.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), e]);
  }
  return [...groups];
}

/** The chronology as plain, accessible text: every event, in order, grouped by year. */
export function ChronologyList({ events, selectedId }: { events: EventRecord[]; selectedId: string | null }) {
  return (
    <div className="chronology">
      {groupByYear(events).map(([year, items]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="chronology__list">
            {items.map((e) => (
              <li
                key={e.id}
                className="chronology__item"
                data-list-event-id={e.id}
                aria-current={e.id === selectedId || undefined}
              >
                <time dateTime={e.start}>{formatDateRange(e.start, e.end)}</time>
                <button
                  type="button"
                  className={`link-button chronology__title chronology__title--${e.status}`}
                  onClick={() => selectEvent(e.id)}
                >
                  {e.title}
                </button>
                <span className="chronology__meta">
                  {kindLabel(e.kind)}
                  {e.status !== 'held' ? ` · ${statusLabel(e.status)}` : ''}
                  {e.location ? ` · ${e.location.place}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
