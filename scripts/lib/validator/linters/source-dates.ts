import { firstDay, lastDay, parsePartialDate } from '../../../../src/lib/dates/partial-date.ts';
import { DAY_MS } from '../../../../src/lib/dates/zoom-limits.ts';
import { quote, warning } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';
import { implausibleDate } from './plausible-dates.ts';

/** In the dataset the first report comes within three weeks of the event; a retrospective alone is rare. */
const LATE_DAYS = 180;

const utc = ([y, m, d]: [number, number, number]) => Date.UTC(y, m - 1, d);
const shown = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A wrong year that is still plausible ("2020" for "2022") passes every date rule, and the folder moves with
 * it. The sources' own dates give it away: they cluster on the event. Warnings, not errors: a page may carry a
 * wrong date of its own, and the editor is the one to tell.
 */
export const sourceDates: Linter = {
  name: 'source-dates',
  description: "An event's dates fit the dates of its sources (a warning: a year that is off by one or two).",
  reads: ['status', 'start', 'end', 'sources'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      const start = parsePartialDate(event.start);
      const end = parsePartialDate(event.end ?? event.start);
      const dated = event.sources.map((s) => parsePartialDate(s.published)).filter((d) => d !== null);
      // A year far out of range is plausible-dates' error; a warning on top would only repeat it.
      const outOfRange = [event.start, event.end, ...event.sources.map((s) => s.published)].some(
        (v) => v !== undefined && implausibleDate(v, context.today) !== undefined,
      );
      if (!start || !end || dated.length === 0 || outOfRange) return [];
      const earliest = Math.min(...dated.map((d) => utc(firstDay(d))));
      const latest = Math.max(...dated.map((d) => utc(lastDay(d))));
      const begins = utc(firstDay(start));
      const ends = utc(lastDay(end));
      // One day of slack: a report dated in Washington can be a day behind the place of the event.
      if (event.status === 'held' && latest < begins - DAY_MS)
        return [
          warning(
            f.file,
            '/start',
            `is ${quote(event.start)}, but every dated source was published before it (the latest on ${shown(latest)}): a source cannot report as held what had not yet happened; check the year`,
          ),
        ];
      if (earliest > ends + LATE_DAYS * DAY_MS)
        return [
          warning(
            f.file,
            '/start',
            `is ${quote(event.start)}, but the earliest dated source was published on ${shown(earliest)}, more than ${LATE_DAYS} days after the event: check the year, or add a source from the time`,
          ),
        ];
      return [];
    }),
};
