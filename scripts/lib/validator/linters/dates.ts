import {
  comparePartialDates,
  isEndNotBeforeStart,
  parsePartialDate,
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
        .map(([pointer, v]) => error(f.file, pointer, `is not a real calendar date (got ${quote(v)})`));
    }),
};

export const endAfterStart: Linter = {
  name: 'end-after-start',
  description: 'An event does not end before it starts, nor on the day it starts (end is left out then).',
  reads: ['start', 'end'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      if (event.end === undefined) return [];
      if (event.end === event.start)
        return [
          error(f.file, '/end', `equals start ${quote(event.start)}: leave end out for a one-day event`),
        ];
      const start = parsePartialDate(event.start);
      const end = parsePartialDate(event.end);
      if (!start || !end || isEndNotBeforeStart(start, end)) return [];
      return [error(f.file, '/end', `must not be before start "${event.start}" (got ${quote(event.end)})`)];
    }),
};

/**
 * A "2205" typed for "2025" passes every other check while its folder matches. An event that was held, or a
 * source that was published, cannot begin after the day of the check; one day of slack, since a date in
 * Kyiv or Tokyo can be a day ahead of the UTC date the check uses.
 */
export const notInTheFuture: Linter = {
  name: 'not-in-the-future',
  description: 'A held event does not start, and a source is not published, after the day of the check.',
  reads: ['status', 'start', 'sources'],
  check: (context) => {
    const tomorrow = new Date(`${context.today}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const limit = parsePartialDate(tomorrow.toISOString().slice(0, 10))!;
    // After the limit: the period begins later (a month or year that begins on the limit sorts before it).
    // A date beyond plausible-dates' window gets that rule's message alone: "make it planned" would not fix it.
    const after = (value: string | undefined) => {
      const date = value === undefined ? null : parsePartialDate(value);
      return (
        date !== null &&
        comparePartialDates(date, limit) > 0 &&
        implausibleDate(value!, context.today) === undefined
      );
    };
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
