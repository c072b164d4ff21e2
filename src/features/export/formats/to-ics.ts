import { createEvents, type EventAttributes, type EventStatus } from 'ics';
import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';
import { kindLabel } from '../../../lib/data/labels';
import { formatPartialDate } from '../../../lib/dates/format-partial-date';
import { parsePartialDate } from '../../../lib/dates/partial-date';
import { exportedAddress } from '../../../lib/safe-url';
import { calendarDays, type Day } from './calendar-days';
import { foldIcsLines } from './fold-ics-lines';

export interface IcsOptions {
  /** When the file is made: RFC 5545 requires it on every event (DTSTAMP). Passed in to keep this pure. */
  stamp: Date;
  /** Absolute address of an event's page, for URL and the description. `ics` rejects a relative one. */
  permalink?: (id: string) => string;
  /** Gives the country in LOCATION its name rather than its code. */
  vocabulary?: DatasetFile['vocabulary'];
  calendarName?: string;
  /** The dataset version, named in the calendar's description and in every entry's. */
  datasetVersion?: string;
  /** The view the events were exported from: its filters in words and the address that reopens it. */
  view?: { description: string; address: string };
}

export interface IcsExport {
  text: string;
  /** Events not in the calendar because their date is only a month or a year (or not a date at all). */
  skipped: EventRecord[];
}

const STATUS: Record<string, EventStatus> = {
  held: 'CONFIRMED',
  planned: 'TENTATIVE',
  // A postponed event will not happen on the date it carries; it may still happen later.
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

const CHANGE_WORD: Record<string, string> = { cancelled: 'Cancelled', postponed: 'Postponed' };

// Several calendar apps hide or grey out STATUS:CANCELLED without a word, so the title says it too.
const TITLE_PREFIX: Record<string, string> = { cancelled: 'Cancelled: ', postponed: 'Postponed: ' };

/** The day after, for DTEND: an all-day DTEND is exclusive (RFC 5545 §3.6.1). */
function nextDay([y, m, d]: Day): Day {
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * `ics` escapes backslash, comma, semicolon and CRLF/LF in text, but passes a lone CR through, which
 * would break the line structure, and other control characters, which RFC 5545 text may not contain.
 */
function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');
}

/** RFC 5545 §3.3.11 TEXT, for what `ics` does not escape itself. */
function escapeText(text: string): string {
  return cleanText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

// `ics` joins categories with commas without escaping them; a category is one line.
const escapeCategory = (text: string) => escapeText(cleanText(text).replace(/\n/g, ' '));

/** "Diplomatic Timeline, dataset version 2026.11.27", or the name alone without a version. */
function fromDataset(version?: string): string {
  return version === undefined ? 'Diplomatic Timeline' : `Diplomatic Timeline, dataset version ${version}`;
}

/**
 * X-WR-CALDESC, the calendar's description (Apple Calendar, Google Calendar and Thunderbird show it): the
 * release and the view the file came from, so that the file says what it holds once saved or shared.
 */
function calendarDescription(options: IcsOptions): string | null {
  if (options.datasetVersion === undefined && !options.view) return null;
  const parts = [`${fromDataset(options.datasetVersion)}.`];
  if (options.view?.description) parts.push(`View: ${options.view.description}.`);
  if (options.view) parts.push(options.view.address);
  return `X-WR-CALDESC:${escapeText(parts.join(' '))}`;
}

function location(event: EventRecord, vocabulary?: DatasetFile['vocabulary']): string | undefined {
  const loc = event.location;
  if (!loc) return undefined;
  const country = vocabulary?.parties[loc.country]?.name ?? loc.country;
  return [loc.venue, loc.place, country].filter(Boolean).join(', ');
}

function description(event: EventRecord, permalink?: string, datasetVersion?: string): string {
  const parts = [event.summary];
  if (event.statusChange) {
    const date = parsePartialDate(event.statusChange.date);
    const when = date ? formatPartialDate(date) : event.statusChange.date;
    parts.push(`${CHANGE_WORD[event.status] ?? 'Status changed'} (${when}): ${event.statusChange.reason}`);
  }
  parts.push(
    ['Sources:', ...event.sources.map((s) => `${s.publisher}: ${exportedAddress(s.url)}`)].join('\n'),
  );
  if (permalink) parts.push(`In the ${fromDataset(datasetVersion)}: ${permalink}`);
  else if (datasetVersion !== undefined) parts.push(`From the ${fromDataset(datasetVersion)}.`);
  return parts.join('\n\n');
}

/**
 * The id the event was first published under: the first of its former ids (editors add an old id at the end),
 * else its id. The UID is made from it, so that a calendar that imported the event before a rename updates
 * that entry instead of adding a second one. No other event has it: an old id belongs to one event only.
 */
function firstId(event: EventRecord): string {
  return event.formerIds?.[0] ?? event.id;
}

function toAttributes(event: EventRecord, span: { first: Day; last: Day }, options: IcsOptions) {
  const permalink = options.permalink?.(event.id);
  const attributes: EventAttributes & { timestamp: number } = {
    uid: `${firstId(event)}@diplomatic-timeline`,
    // Three-part dates make `ics` write DTSTART;VALUE=DATE: a calendar day, free of any time zone.
    start: span.first,
    end: nextDay(span.last),
    title: cleanText((TITLE_PREFIX[event.status] ?? '') + event.title),
    description: cleanText(description(event, permalink, options.datasetVersion)),
    location: cleanText(location(event, options.vocabulary) ?? '') || undefined,
    url: permalink,
    status: STATUS[event.status] ?? 'CONFIRMED',
    categories: [escapeCategory(kindLabel(event.kind))],
    // Someone else's summit should not mark the reader as busy in their own calendar.
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    // Not in the package's types, but honoured: without it DTSTAMP is the clock at call time.
    timestamp: options.stamp.getTime(),
  };
  return attributes;
}

/**
 * An iCalendar file of the events dated to the day, as all-day entries spanning their days. Events known
 * only to the month or year cannot be placed on a day without inventing one, so they are left out and
 * returned in `skipped` for the interface to mention.
 */
export function eventsToIcs(events: readonly EventRecord[], options: IcsOptions): IcsExport {
  const skipped: EventRecord[] = [];
  const entries: EventAttributes[] = [];
  for (const event of events) {
    const span = calendarDays(event);
    if (span) entries.push(toAttributes(event, span, options));
    else skipped.push(event);
  }
  const { error, value } = createEvents(entries, {
    productId: '-//Diplomatic Timeline//Export//EN',
    calName: options.calendarName ?? 'Diplomatic Timeline',
  });
  // `ics` validates its input (a relative URL, for one); a half-written calendar is worse than none.
  if (error || value === null) {
    throw new Error(`Could not write the calendar: ${error?.message ?? 'no output'}`);
  }
  // `ics` writes no calendar description: it goes at the end of the header, before the first entry.
  const calDesc = calendarDescription(options);
  const at = value.includes('BEGIN:VEVENT\r\n')
    ? value.indexOf('BEGIN:VEVENT\r\n')
    : value.lastIndexOf('END:VCALENDAR');
  const text = calDesc ? `${value.slice(0, at)}${calDesc}\r\n${value.slice(at)}` : value;
  return { text: foldIcsLines(text), skipped };
}
