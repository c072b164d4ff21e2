import { isSmallDataset } from '../../lib/data/small-dataset';
import type { ListRow } from './list-rows';

/**
 * A list this short is drawn whole: every entry is on the page for find-in-page and for printing. A
 * small dataset's list, the real one's among them, is drawn whole however long (see small-dataset.ts).
 */
export const WHOLE_LIST = 150;

/** Whether the list of `shown` events, from a dataset of `total`, is drawn whole rather than windowed. */
export function listDrawnWhole(shown: number, total: number): boolean {
  return shown <= WHOLE_LIST || isSmallDataset(total);
}

/** Pixels drawn beyond each edge of the screen, so that a scroll seldom shows a blank before drawing. */
export const OVERSCAN_PX = 600;

/** Heights used for rows not drawn yet, until rows of their type have been measured. */
export const DEFAULT_HEIGHT: Record<ListRow['type'], number> = { year: 52, month: 38, entry: 58 };

/**
 * Whether a scroll that began with the page `heightBefore` tall, and ended with the bottom of the
 * screen at `bottom`, was a jump to the end of the page that the page outgrew on the way: the End key
 * or a scrollbar dragged down aims at the bottom the page had when it began, and the rows measured on
 * the way (taller than estimated) moved the end of the list below it. The reader meant the end.
 */
export function outgrewJumpToEnd(bottom: number, heightBefore: number, heightNow: number): boolean {
  return bottom >= heightBefore - 1 && heightNow > bottom + 1;
}

/** `offsets[i]` is the top of row i, `offsets[rows.length]` the height of the whole list. */
export function rowOffsets(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The first row whose bottom is below `y`; `n` if there is none. */
function firstEndingBelow(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Rows [first, last) that overlap the band from `top` to `bottom` (pixels from the list's top). */
export function rowsBetween(offsets: Float64Array, top: number, bottom: number): [number, number] {
  const n = offsets.length - 1;
  if (n <= 0 || bottom <= top) return [0, 0];
  const first = Math.min(firstEndingBelow(offsets, top), n - 1);
  let last = first;
  while (last < n && offsets[last]! < bottom) last++;
  return [first, Math.max(last, first + 1)];
}

export interface EntryAt {
  row: Extract<ListRow, { type: 'entry' }>;
  /** Its index in the list's rows, which the drawn element carries to be measured. */
  at: number;
}

export interface MonthBlock {
  key: string;
  label: string;
  /** The row of the month's heading, if it is drawn; if not, the month is named by a label. */
  heading: number | null;
  size: number;
  entries: EntryAt[];
}

export interface YearBlock {
  year: string;
  heading: number | null;
  months: MonthBlock[];
}

/**
 * Rows [first, last) nested back into years and months, for sections with headings. A block that began
 * above the drawn rows is still a section, named after its year or month.
 */
export function nestRows(rows: readonly ListRow[], first: number, last: number): YearBlock[] {
  const years: YearBlock[] = [];
  let month: MonthBlock | undefined;
  const openMonth = (row: Extract<ListRow, { type: 'month' }>, heading: number | null) => {
    month = { key: row.key.slice(2), label: row.label, heading, size: row.size, entries: [] };
    years.at(-1)!.months.push(month);
  };
  for (let i = first; i < last; i++) {
    const row = rows[i]!;
    if (row.type === 'year') {
      years.push({ year: row.year, heading: i, months: [] });
      month = undefined;
    } else if (row.type === 'month') {
      if (!years.length) years.push({ year: row.year, heading: null, months: [] });
      openMonth(row, i);
    } else {
      if (!month) {
        // The drawn rows begin inside a month: find it (and its year) above them.
        let m = i - 1;
        while (m >= 0 && rows[m]!.type !== 'month') m--;
        const monthRow = rows[m] as Extract<ListRow, { type: 'month' }>;
        if (!years.length) years.push({ year: monthRow.year, heading: null, months: [] });
        openMonth(monthRow, null);
      }
      month!.entries.push({ row, at: i });
    }
  }
  return years;
}
