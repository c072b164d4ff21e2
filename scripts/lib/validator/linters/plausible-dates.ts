import {
  firstDay,
  lastDay,
  parsePartialDate,
  type PartialDate,
} from '../../../../src/lib/dates/partial-date.ts';
import { FIRST_PLAUSIBLE_YEAR, PLAUSIBLE_YEARS_AHEAD } from '../../../../src/lib/dates/plausible-year.ts';
import { error, quote } from '../problem.ts';
import { DATE_FIELDS, eachEvent, eventDates, type Linter } from '../linter.ts';

/** The war's diplomacy begins with the annexation of Crimea and the Minsk talks of 2014. */
export const EARLIEST_DATE = `${FIRST_PLAUSIBLE_YEAR}-01-01`;
/** A planned event can be announced months or a few years ahead, never decades. */
export const YEARS_AHEAD = PLAUSIBLE_YEARS_AHEAD;

const key = ([y, m, d]: [number, number, number]) => y * 10000 + m * 100 + d;
const EARLIEST_KEY = Number(EARLIEST_DATE.replaceAll('-', ''));

/** The last day a date may begin on: `today` plus YEARS_AHEAD years, "YYYY-MM-DD". */
export function latestDate(today: string): string {
  const shifted = `${Number(today.slice(0, 4)) + YEARS_AHEAD}${today.slice(4, 10)}`;
  // 29 February plus five years is a year without one.
  return parsePartialDate(shifted) ? shifted : shifted.replace(/-29$/, '-28');
}

// A period is outside only when all of it is: "2014" and "2031" (for a limit in mid-2031) are both in.
function inWindow(date: PartialDate, latest: number): boolean {
  return key(lastDay(date)) >= EARLIEST_KEY && key(firstDay(date)) <= latest;
}

/**
 * Years one slip away from `year` (one digit changed, or two neighbours swapped, "2205" for "2025") with which
 * the date would fall in the window. Offered only when there are at most two, so that the hint stays a hint.
 */
function nearbyYears(value: string, latest: number): string[] {
  const year = value.slice(0, 4);
  const candidates = new Set<string>();
  for (let i = 0; i < 4; i++) {
    for (const digit of '0123456789') candidates.add(year.slice(0, i) + digit + year.slice(i + 1));
    if (i < 3) candidates.add(year.slice(0, i) + year[i + 1]! + year[i]! + year.slice(i + 2));
  }
  candidates.delete(year);
  const fits = [...candidates]
    .filter((y) => {
      const date = parsePartialDate(y + value.slice(4));
      return date !== null && inWindow(date, latest);
    })
    .sort();
  return fits.length <= 2 ? fits : [];
}

/**
 * Why a date lies outside the dates this timeline can hold, with the fix, or undefined when it is inside (or is
 * not a real date: the calendar rule says so). Shared with new-event, whose questions read the same.
 */
export function implausibleDate(value: string, today: string): string | undefined {
  const date = parsePartialDate(value);
  const latestDay = latestDate(today);
  const latest = Number(latestDay.replaceAll('-', ''));
  if (date === null || inWindow(date, latest)) return undefined;
  const guesses = nearbyYears(value, latest);
  const fix = guesses.length > 0 ? `did you mean ${guesses.join(' or ')}?` : 'check the year';
  return key(lastDay(date)) < EARLIEST_KEY
    ? `is before ${EARLIEST_DATE} (got ${quote(value)}): the timeline begins in 2014, with Crimea and the Minsk talks; ${fix}`
    : `is more than ${YEARS_AHEAD} years after today, past ${latestDay} (got ${quote(value)}): a planned event can be in the future, but not decades ahead; ${fix}`;
}

/**
 * A typed year such as "9999", "2205" or "0000" passed every other rule while the folder matched, and a
 * planned event far ahead made the site draw one bar per month up to it. Every date of an event must lie
 * between 2014 and a few years after the day of the check.
 */
export const plausibleDates: Linter = {
  name: 'plausible-dates',
  description: `Every date lies between ${EARLIEST_DATE} and ${YEARS_AHEAD} years after the day of the check.`,
  reads: DATE_FIELDS,
  check: (context) =>
    eachEvent(context, (event, f) => {
      return eventDates(event).flatMap(([pointer, value]) => {
        const why = value === undefined ? undefined : implausibleDate(value, context.today);
        return why === undefined ? [] : [error(f.file, pointer, why)];
      });
    }),
};
