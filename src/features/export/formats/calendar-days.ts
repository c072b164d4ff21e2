import type { EventRecord } from '../../../lib/data/dataset';
import { firstDay, isEndNotBeforeStart, parsePartialDate } from '../../../lib/dates/partial-date';

export type Day = [number, number, number];

/**
 * First and last day of an event dated to the day; null when start or end is only a month or a year,
 * which a calendar cannot place on a day without inventing one. Kept apart from to-ics.ts so that the
 * export menu can tell, before the reader clicks, whether a calendar would hold anything, without
 * loading the formats' code.
 */
export function calendarDays(event: EventRecord): { first: Day; last: Day } | null {
  const start = parsePartialDate(event.start);
  if (start?.precision !== 'day') return null;
  if (event.end === undefined) return { first: firstDay(start), last: firstDay(start) };
  const end = parsePartialDate(event.end);
  if (end?.precision !== 'day') return null;
  // The validator rejects an end before the start; should one get through, it is a one-day event.
  return { first: firstDay(start), last: firstDay(isEndNotBeforeStart(start, end) ? end : start) };
}
