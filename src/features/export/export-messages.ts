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
