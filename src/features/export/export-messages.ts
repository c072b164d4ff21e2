import { countOf, eventCount, isOrAre } from '../../lib/text/count-phrase';
import { formatCount } from '../../lib/text/format-count';

/** Beside the export buttons, disabled, when the view holds no event. */
export const NOTHING_TO_EXPORT = 'Nothing to export: the view shows no event.';

// The one reason a calendar leaves an event out, in the same words wherever the reader meets it.
const MONTH_OR_YEAR = 'known only to the month or year';

/** Beside the calendar button, disabled, when no shown event is dated to the day. */
export function noCalendarReason(shown: number): string {
  const whose =
    shown === 1 ? "the shown event's date is" : `the dates of all ${formatCount(shown)} shown events are`;
  return `Nothing to put in a calendar: ${whose} ${MONTH_OR_YEAR}.`;
}

/**
 * Beside the calendar button, before a download, when the calendar will hold some but not all of the shown
 * events: how many, and why not the others. Undefined when it holds them all, or none (then the button is off,
 * with noCalendarReason).
 */
export function calendarShortfall(shown: number, inCalendar: number): string | undefined {
  const left = shown - inCalendar;
  if (inCalendar === 0 || left <= 0) return undefined;
  const whose = left === 1 ? 'the date of 1 event is' : `the dates of ${formatCount(left)} events are`;
  return `The calendar will hold ${formatCount(inCalendar)} of the ${formatCount(shown)}: ${whose} ${MONTH_OR_YEAR}.`;
}

/** The calendar's button when it will hold fewer than the shown events: "Calendar (.ics): 217 of 221". */
export function calendarLabel(label: string, shown: number, inCalendar: number): string {
  return `${label}: ${formatCount(inCalendar)} of ${formatCount(shown)}`;
}

/** The words before the export buttons: "Export 1 shown event:". */
export function exportLead(count: number): string {
  return `Export ${countOf(count, 'shown event')}:`;
}

/** When the code that writes the files did not arrive: the connection is to blame, and a new click asks again. */
export const EXPORT_CODE_MISSING =
  'The code that writes the file could not be loaded: check the connection, then try again.';

/** After a download: "Downloaded 1 event as CSV." */
export function downloadedMessage(count: number, as: string): string {
  return `Downloaded ${eventCount(count)} as ${as}.`;
}

/** After a calendar download, with the events a calendar cannot hold named by their number. */
export function calendarMessage(inCalendar: number, left: number): string {
  const note =
    left > 0
      ? ` ${eventCount(left)} ${isOrAre(left)} not in it because ${left === 1 ? 'its date is' : 'their dates are'} ${MONTH_OR_YEAR}.`
      : '';
  return downloadedMessage(inCalendar, 'a calendar') + note;
}
