import type { EventRecord } from '../../lib/data/dataset';
import type { EventKind } from '../../lib/data/event.generated';
import { KIND_LABELS } from '../../lib/data/labels';
import { firstDay, lastDay, parsePartialDate } from '../../lib/dates/partial-date';

export interface MonthBucket {
  /** "2025-05" */
  month: string;
  total: number;
  /** Every known kind, zero when absent, so stacks line up from month to month. */
  byKind: Record<EventKind, number>;
  /** Events of a kind this app does not know (a newer dataset): in `total`, not in `byKind`. */
  other: number;
}

/** Events dated only to a year: they belong to no month, so they are counted apart. */
export interface YearCount {
  year: number;
  count: number;
}

export interface Density {
  months: MonthBucket[];
  yearOnly: YearCount[];
  /** Events outside the range asked for, or without a readable start date. */
  outOfRange: number;
}

/** The months to cover, as partial dates: "2025-03-10" to "2025-06" covers March to June 2025. */
export interface DensityRange {
  from: string;
  to: string;
}

const KINDS = Object.keys(KIND_LABELS) as EventKind[];

type Month = [number, number];

const monthIndex = ([y, m]: Month) => y * 12 + (m - 1);
const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

function zeroKinds(): Record<EventKind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
}

function isKnownKind(kind: string): kind is EventKind {
  return Object.hasOwn(KIND_LABELS, kind);
}

/** First and last month index of the range, or null when either end is not a date. */
function rangeMonths(range: DensityRange): [number, number] | null {
  const from = parsePartialDate(range.from);
  const to = parsePartialDate(range.to);
  if (!from || !to) return null;
  const [fy, fm] = firstDay(from);
  const [ty, tm] = lastDay(to);
  return [monthIndex([fy, fm]), monthIndex([ty, tm])];
}

type Start = { year: number } | { month: number } | null;

// Read once per event: the chart is counted again after every filter change.
const starts = new WeakMap<EventRecord, Start>();
function startOf(event: EventRecord): Start {
  let start = starts.get(event);
  if (start === undefined) {
    const date = parsePartialDate(event.start);
    start = !date
      ? null
      : date.precision === 'year'
        ? { year: date.year }
        : { month: monthIndex([date.year, date.month ?? 1]) };
    starts.set(event, start);
  }
  return start;
}

/**
 * Events per month by kind, for every month from the first to the last (or across `range`), empty
 * months included. An event counts once, in the month of its start; a month-precision event counts
 * in that month. Year-precision events are returned in `yearOnly` rather than spread or dropped.
 */
export function monthlyDensity(events: readonly EventRecord[], range?: DensityRange): Density {
  const bounds = range ? rangeMonths(range) : null;
  // Month indexes and kinds side by side, in plain arrays: this runs after every filter change.
  const monthOf = new Int32Array(events.length);
  const kindOf: string[] = new Array<string>(events.length);
  let dated = 0;
  const years = new Map<number, number>();
  let outOfRange = 0;
  const inRange = (first: number, last: number) => !bounds || (last >= bounds[0] && first <= bounds[1]);

  for (const event of events) {
    const start = startOf(event);
    if (!start) {
      outOfRange += 1;
    } else if ('year' in start) {
      // A year overlaps the range when any of its months does.
      if (inRange(monthIndex([start.year, 1]), monthIndex([start.year, 12]))) {
        years.set(start.year, (years.get(start.year) ?? 0) + 1);
      } else outOfRange += 1;
    } else if (inRange(start.month, start.month)) {
      monthOf[dated] = start.month;
      kindOf[dated] = event.kind;
      dated += 1;
    } else outOfRange += 1;
  }

  const yearOnly = [...years].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
  let first = bounds?.[0];
  let last = bounds?.[1];
  // Without a range (or with one that is not made of dates) the span is the events' own.
  if (!bounds) {
    for (let i = 0; i < dated; i++) {
      first = first === undefined ? monthOf[i]! : Math.min(first, monthOf[i]!);
      last = last === undefined ? monthOf[i]! : Math.max(last, monthOf[i]!);
    }
  }
  if (first === undefined || last === undefined || first > last) return { months: [], yearOnly, outOfRange };

  const months: MonthBucket[] = [];
  for (let i = first; i <= last; i++) {
    months.push({ month: monthKey(i), total: 0, byKind: zeroKinds(), other: 0 });
  }
  for (let i = 0; i < dated; i++) {
    const bucket = months[monthOf[i]! - first];
    if (!bucket) continue;
    const kind = kindOf[i]!;
    bucket.total += 1;
    if (isKnownKind(kind)) bucket.byKind[kind] += 1;
    else bucket.other += 1;
  }
  return { months, yearOnly, outOfRange };
}
