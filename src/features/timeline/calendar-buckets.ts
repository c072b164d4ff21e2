import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  startOfDay,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from 'date-fns';

/** A stretch of the calendar a cluster stands for. */
export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year';

interface Unit {
  unit: BucketUnit;
  /** About how long one is, to choose the unit for a window. */
  days: number;
  /** The local midnight the one holding `date` begins at. */
  start: (date: Date) => Date;
  /** The one `n` after the one beginning at `start`. */
  add: (start: Date, n: number) => Date;
}

// Weeks begin on Monday, as in the ISO calendar and in most of the countries in the data.
const startOfHalfYear = (date: Date) => addMonths(startOfYear(date), date.getMonth() < 6 ? 0 : 6);

/**
 * Calendar units from a day to a year, in local time like the axis: a cluster stands for a month or a
 * quarter as the axis draws it, and two clusters never share a day.
 */
const UNITS: readonly Unit[] = [
  { unit: 'day', days: 1, start: startOfDay, add: addDays },
  { unit: 'week', days: 7, start: (d) => startOfWeek(d, { weekStartsOn: 1 }), add: addWeeks },
  { unit: 'month', days: 30.4375, start: startOfMonth, add: addMonths },
  { unit: 'quarter', days: 91.3125, start: startOfQuarter, add: addQuarters },
  { unit: 'half-year', days: 182.625, start: startOfHalfYear, add: (d, n) => addMonths(d, 6 * n) },
  { unit: 'year', days: 365.25, start: startOfYear, add: addYears },
];

const DAY_MS = 864e5;

/** The shortest unit at least `ms` long, or a year: the buckets of a window `buckets` times that. */
export function bucketUnitFor(ms: number): BucketUnit {
  return (UNITS.find((u) => u.days * DAY_MS >= ms) ?? UNITS.at(-1)!).unit;
}

const unitOf = (unit: BucketUnit) => UNITS.find((u) => u.unit === unit)!;

/** The bucket of `unit` that holds the instant `ms`: its first and its next one's first instant. */
export function bucketAt(unit: BucketUnit, ms: number): { start: number; end: number } {
  const u = unitOf(unit);
  const start = u.start(new Date(ms));
  return { start: start.getTime(), end: u.add(start, 1).getTime() };
}

/**
 * The boundaries of the buckets of `unit` that cover `from` to `to`: the first at or before `from`, the
 * last after `to`, so that bucket i runs from boundaries[i] to boundaries[i + 1]. Worked out once per
 * window, they place each item by a binary search instead of calendar arithmetic per item.
 */
export function bucketBoundaries(unit: BucketUnit, from: number, to: number): Float64Array {
  const u = unitOf(unit);
  const first = u.start(new Date(from));
  const bounds = [first.getTime()];
  // From the first each time: adding a month to 31 January and then another would drift to the 28th.
  for (let n = 1; bounds.at(-1)! <= to; n++) bounds.push(u.add(first, n).getTime());
  return Float64Array.from(bounds);
}

/** The bucket that holds `ms`: i with boundaries[i] <= ms < boundaries[i + 1]; -1 outside them all. */
export function bucketIndex(boundaries: Float64Array, ms: number): number {
  let lo = 0;
  let hi = boundaries.length - 1;
  if (!(ms >= boundaries[0]! && ms < boundaries[hi]!)) return -1;
  // boundaries[lo] <= ms < boundaries[hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]! <= ms) lo = mid;
    else hi = mid;
  }
  return lo;
}
