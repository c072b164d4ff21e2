import {
  comparePartialDates,
  firstDay,
  lastDay,
  parsePartialDate,
  type PartialDate,
} from '../../../../src/lib/dates/partial-date.ts';
import { error, quote } from '../problem.ts';
import { DATE_FIELDS, eachEvent, eventDates, type Linter } from '../linter.ts';
import { implausibleDate } from './plausible-dates.ts';

const DATE_SHAPE = /^\d{4}(-\d{2}){0,2}$/;

export const calendarDates: Linter = {
  name: 'calendar-dates',
  description: 'Every date is a real calendar date (no 30 February).',
  reads: DATE_FIELDS,
  check: (context) =>
    eachEvent(context, (event, f) => {
      return eventDates(event)
        .filter(([, v]) => v !== undefined && DATE_SHAPE.test(v) && !parsePartialDate(v))
        .map(([pointer, v]) =>
          error(f.file, pointer, `is not a real calendar date (got ${quote(v)}): ${notADate(v!)}`),
        );
    }),
};

const MONTHS = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** Why a date of the schema's shape is no day of the calendar ("2025-02-30"), and what to do. */
export function notADate(value: string): string {
  const [year = 0, month = 0] = value.split('-').map(Number);
  // The schema lets through only months 1 to 12 and days 1 to 31: the day is past the month's end.
  if (month < 1 || month > 12) return 'check the date on the source';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const name = MONTHS.format(new Date(Date.UTC(2000, month - 1, 1)));
  return `${name} ${year} has ${days} days; check the date on the source`;
}

const dayKey = ([y, m, d]: [number, number, number]) => y * 10000 + m * 100 + d;
/** Whether every day `a` may mean comes before every day `b` may mean: certain at the precisions given. */
export const whollyBefore = (a: PartialDate, b: PartialDate) => dayKey(lastDay(a)) < dayKey(firstDay(b));

/**
 * What is wrong with an end date given the start, or undefined when the end certainly comes after the start:
 * its first possible day is later than the start's last one. An end inside the start's period ("2025-06" to
 * "2025-06-03"), or one that holds the start ("2025-06-10" to "2025-06"), would be drawn as "June 2025 – 3
 * June 2025". Shared with new-event, whose question reads the same. `start` is named as the editor knows it.
 */
export function endAdvice(startValue: string, endValue: string, startName = 'start'): string | undefined {
  if (endValue === startValue)
    return `equals ${startName} ${quote(startValue)}: leave end out for a one-day event`;
  const start = parsePartialDate(startValue);
  const end = parsePartialDate(endValue);
  if (!start || !end || whollyBefore(start, end)) return undefined;
  if (whollyBefore(end, start))
    return `must not be before ${startName} "${startValue}" (got ${quote(endValue)}): check both dates on the sources; leave end out for a one-day event`;
  const [first, last] = [shownDay(firstDay(start)), shownDay(lastDay(start))];
  if (comparePrecision(end, start) > 0)
    return `lies within ${startName} ${quote(startValue)}, which covers ${first} to ${last} (got ${quote(endValue)}): give ${startName} at the precision of end (the first day, e.g. "${first}"), or leave end out`;
  return `${quote(endValue)} holds ${startName} ${quote(startValue)} and cannot say when the event ended after it: give end at the precision of ${startName} (the last day, after ${startValue}), or leave it out`;
}

const RANK = { year: 0, month: 1, day: 2 } as const;
const comparePrecision = (a: PartialDate, b: PartialDate) => RANK[a.precision] - RANK[b.precision];
const pad = (n: number) => String(n).padStart(2, '0');
const shownDay = ([y, m, d]: [number, number, number]) => `${y}-${pad(m)}-${pad(d)}`;

export const endAfterStart: Linter = {
  name: 'end-after-start',
  description:
    'An event ends after its start: the first day end may mean comes after the last day start may mean (end is left out for one day).',
  reads: ['start', 'end'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      if (event.end === undefined) return [];
      const advice = endAdvice(event.start, event.end);
      return advice === undefined ? [] : [error(f.file, '/end', advice)];
    }),
};

/**
 * The dates of a plan follow one another: it is announced before it happens, and changed (postponed, called
 * off) only once announced. Flagged only when certain at the precisions given: "2025-06" announced for a
 * "2025-06-10" event may well be earlier.
 */
export const planDatesInOrder: Linter = {
  name: 'plan-dates-in-order',
  description: 'An event is not announced after it starts, nor its plan changed before it was announced.',
  reads: ['start', 'announced', 'statusChange'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      const usable = (value: string | undefined) =>
        value === undefined || implausibleDate(value, context.today) !== undefined
          ? null
          : parsePartialDate(value);
      const start = usable(event.start);
      const announced = usable(event.announced);
      const changed = usable(event.statusChange?.date);
      const problems = [];
      if (start && announced && whollyBefore(start, announced))
        problems.push(
          error(
            f.file,
            '/announced',
            `is after the start "${event.start}" (got ${quote(event.announced!)}): an event is announced before it happens; check both dates, and leave announced out if this is only the date of a report of the event`,
          ),
        );
      if (announced && changed && whollyBefore(changed, announced))
        problems.push(
          error(
            f.file,
            '/statusChange/date',
            `is before announced "${event.announced}" (got ${quote(event.statusChange!.date)}): a plan can be postponed or called off only once it has been announced; check both dates`,
          ),
        );
      return problems;
    }),
};

/**
 * A "2205" typed for "2025" passes every other check while its folder matches. An event that was held, or a
 * source that was published, cannot begin after the day of the check; one day of slack, since a date in
 * Kyiv or Tokyo can be a day ahead of the UTC date the check uses.
 */
/**
 * Whether a date begins after the day of the check, one day of slack aside: the period begins later (a month
 * or year that begins on the limit sorts before it). A date beyond plausible-dates' window is not: that rule's
 * message alone fits it ("make it planned" would not fix it). Shared with new-event's questions.
 */
export function isAfterToday(value: string | undefined, today: string): boolean {
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const limit = parsePartialDate(tomorrow.toISOString().slice(0, 10))!;
  const date = value === undefined ? null : parsePartialDate(value);
  return (
    date !== null && comparePartialDates(date, limit) > 0 && implausibleDate(value!, today) === undefined
  );
}

export const notInTheFuture: Linter = {
  name: 'not-in-the-future',
  description: 'A held event does not start, and a source is not published, after the day of the check.',
  reads: ['status', 'start', 'sources'],
  check: (context) => {
    const after = (value: string | undefined) => isAfterToday(value, context.today);
    return eachEvent(context, (event, f) => [
      ...(event.status === 'held' && after(event.start)
        ? [
            error(
              f.file,
              '/start',
              `is after today (${context.today}) but status is "held" (got ${quote(event.start)}): check the year, or make the status "planned"`,
            ),
          ]
        : []),
      ...event.sources.flatMap((s, i) =>
        after(s.published)
          ? [
              error(
                f.file,
                `/sources/${i}/published`,
                `is after today (${context.today}) (got ${quote(s.published!)}): check the year`,
              ),
            ]
          : [],
      ),
    ]);
  },
};
