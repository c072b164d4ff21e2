import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { kindLabel, statusLabel } from '../../lib/data/labels';

function groupByYear(events: EventRecord[]): [string, EventRecord[]][] {
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    const year = e.start.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), e]);
  }
  return [...groups];
}

/** The chronology as plain, accessible text: every event, in order, grouped by year. */
export function ChronologyList({ events }: { events: EventRecord[] }) {
  return (
    <div className="chronology">
      {groupByYear(events).map(([year, items]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="chronology__list">
            {items.map((e) => (
              <li key={e.id} className="chronology__item" data-event-id={e.id}>
                <time dateTime={e.start}>{formatDateRange(e.start, e.end)}</time>
                <span className="chronology__title">{e.title}</span>
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
