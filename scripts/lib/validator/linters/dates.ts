import { isEndNotBeforeStart, parsePartialDate } from '../../../../src/lib/dates/partial-date.ts';
import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

const DATE_SHAPE = /^\d{4}(-\d{2}){0,2}$/;

export const calendarDates: Linter = {
  name: 'calendar-dates',
  description: 'Every date is a real calendar date (no 30 February).',
  check: (context) =>
    eachEvent(context, (event, f) => {
      const fields: [string, string | undefined][] = [
        ['/start', event.start],
        ['/end', event.end],
        ['/announced', event.announced],
        ['/statusChange/date', event.statusChange?.date],
        ...event.sources.map((s, i): [string, string | undefined] => [
          `/sources/${i}/published`,
          s.published,
        ]),
      ];
      return fields
        .filter(([, v]) => v !== undefined && DATE_SHAPE.test(v) && !parsePartialDate(v))
        .map(([pointer, v]) => error(f.file, pointer, `is not a real calendar date (got ${quote(v)})`));
    }),
};

export const endAfterStart: Linter = {
  name: 'end-after-start',
  description: 'An event does not end before it starts, nor on the day it starts (end is left out then).',
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
