import type { EventRecord } from '../../lib/data/dataset';
import { groupByYearAndMonth } from './group-by-month';

export type ListRow =
  | { type: 'year'; key: string; year: string }
  | { type: 'month'; key: string; label: string; year: string; size: number }
  | {
      type: 'entry';
      event: EventRecord;
      /** 1-based place in its month, for assistive technology when only part of the month is drawn. */
      position: number;
    };

export interface ListRows {
  rows: ListRow[];
  /** The row of each event, in the order the list shows them (which `entries` also follows). */
  entryRow: Int32Array;
  entries: EventRecord[];
}

/**
 * The list as one column of rows, year headings, month headings and events, in the order they are
 * shown, so that the rows near the screen can be drawn alone. Built on every filter change, for up to
 * every event: no string is built per event.
 */
export function listRows(events: readonly EventRecord[]): ListRows {
  const rows: ListRow[] = [];
  const entryRow = new Int32Array(events.length);
  const entries: EventRecord[] = [];
  for (const y of groupByYearAndMonth(events)) {
    rows.push({ type: 'year', key: `y:${y.year}`, year: y.year });
    for (const m of y.months) {
      rows.push({ type: 'month', key: `m:${m.key}`, label: m.label, year: y.year, size: m.events.length });
      for (let i = 0; i < m.events.length; i++) {
        const event = m.events[i]!;
        entryRow[entries.length] = rows.length;
        entries.push(event);
        rows.push({ type: 'entry', event, position: i + 1 });
      }
    }
  }
  return { rows, entryRow, entries };
}

/** What a row's measured height is kept under: the event itself, or the heading's key. */
export function heightKey(row: ListRow): EventRecord | string {
  return row.type === 'entry' ? row.event : row.key;
}

const built = new WeakMap<readonly EventRecord[], ListRows>();

/**
 * listRows, kept for as long as the array of events lives. With no filter the views are given the
 * dataset's own array, so clearing every filter finds the whole list's rows already built.
 */
export function listRowsOf(events: readonly EventRecord[]): ListRows {
  let rows = built.get(events);
  if (!rows) built.set(events, (rows = listRows(events)));
  return rows;
}
