import { entryField, withEntryField } from '../../lib/history/entry-state';
import type { ListRow } from './list-rows';

/**
 * Where the reader was in the list, as kept in the history entry (history.state) for a reload or a
 * return with Back from another site: the row at the top of what was read, by its event or heading
 * (a long list is drawn a part at a time, and its rows' pixels are estimates until they are drawn),
 * the month it is in, for when that event is no longer listed, and its top on the screen.
 */
export interface SavedPlace {
  /** "e:<event id>", or a heading's key ("y:2024", "m:2024-03"); null for an id too long to keep. */
  row: string | null;
  /** "2024-03", or "2024" for a year's heading or an event known only to the year. */
  month: string | null;
  top: number;
}

/** The entry's field: other fields of the entry are kept. */
const FIELD = 'listPlace';
/** Longer than any id the validator lets through by far; a longer one is kept by its month alone. */
const MAX_ROW = 1000;
/** Further than any row's top from the screen's. */
const MAX_TOP = 1e6;
const MONTH = /^\d{4}(-\d{2})?$/;

const rowKey = (row: ListRow): string => (row.type === 'entry' ? `e:${row.event.id}` : row.key);

/** The month a row is in: a heading's own, an event's from the month heading above it. */
function monthAt(rows: readonly ListRow[], index: number): string | null {
  for (let i = index; i >= 0; i--) {
    const row = rows[i]!;
    if (row.type === 'year') return row.year;
    if (row.type === 'month') return row.key.slice(2);
  }
  return null;
}

/** The place of row `index` of `rows`, its top `top` pixels from the screen's. */
export function savedPlaceOf(rows: readonly ListRow[], index: number, top: number): SavedPlace | null {
  const row = rows[index];
  if (!row || !Number.isFinite(top)) return null;
  const key = rowKey(row);
  const month = monthAt(rows, index);
  return {
    row: key.length <= MAX_ROW ? key : null,
    month: month !== null && MONTH.test(month) ? month : null,
    top: Math.max(-MAX_TOP, Math.min(MAX_TOP, Math.round(top))),
  };
}

/**
 * The row to put back where it was: the same event or heading; if it is no longer listed, the heading
 * of its month, or of the first month listed after it; failing that the last row, the list's end.
 */
export function rowOfSavedPlace(
  rows: readonly ListRow[],
  place: SavedPlace,
): { row: number; top: number } | null {
  if (rows.length === 0) return null;
  const { top } = place;
  if (place.row !== null) {
    const row = rows.findIndex((r) => rowKey(r) === place.row);
    if (row !== -1) return { row, top };
  }
  // Month keys compare as text: "2024" (known only to the year) comes before "2024-01", as listed.
  if (place.month !== null) {
    const month = place.month;
    const row = rows.findIndex((r) => r.type === 'month' && r.key.slice(2) >= month);
    if (row !== -1) return { row, top };
  }
  return { row: rows.length - 1, top };
}

/** The place kept in a history entry's state, if it holds one as written above. */
export function readSavedPlace(state: unknown): SavedPlace | null {
  const place = entryField(state, FIELD);
  if (!place) return null;
  const { row, month, top } = place;
  if (!(row === null || (typeof row === 'string' && row.length <= MAX_ROW))) return null;
  if (!(month === null || (typeof month === 'string' && MONTH.test(month)))) return null;
  if (typeof top !== 'number' || !Number.isFinite(top) || Math.abs(top) > MAX_TOP) return null;
  return { row, month, top };
}

/** A history entry's state with the place in it, and whatever else it held. */
export function stateWithPlace(state: unknown, place: SavedPlace): Record<string, unknown> {
  return withEntryField(state, FIELD, place);
}
