import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';
import { kindLabel } from '../../../lib/data/labels';
import { formatPartialDate } from '../../../lib/dates/format-partial-date';
import { parsePartialDate } from '../../../lib/dates/partial-date';
import { exportedAddress } from '../../../lib/safe-url';
import { calendarDays, type Day } from './calendar-days';
import { foldIcsLine } from './fold-ics-lines';
import { fileInSlices, inParts, type Pause } from './slices';

export interface IcsOptions {
  /** When the file is made: RFC 5545 requires it on every event (DTSTAMP). Passed in to keep this pure. */
  stamp: Date;
  /** Absolute address of an event's page, for URL and the description. A relative one is refused. */
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

const STATUS: Record<string, string> = {
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
 * A lone CR would break the line structure, and RFC 5545 text may not contain other control characters:
 * CRs become line breaks (then written as \n) and the rest are dropped.
 */
function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks written as \n. */
function escapeText(text: string): string {
  return cleanText(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

// Categories are joined with commas, so a comma inside one is escaped; a category is one line.
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

/** YYYYMMDD, a DATE value. */
const dateValue = ([y, m, d]: Day) => `${y}${pad(m)}${pad(d)}`;
const pad = (n: number) => String(n).padStart(2, '0');

/** YYYYMMDDTHHMMSSZ in UTC, a DATE-TIME value (DTSTAMP). */
function stampValue(stamp: Date): string {
  const [y, m, d] = [stamp.getUTCFullYear(), stamp.getUTCMonth() + 1, stamp.getUTCDate()];
  return `${dateValue([y, m, d])}T${pad(stamp.getUTCHours())}${pad(stamp.getUTCMinutes())}${pad(stamp.getUTCSeconds())}Z`;
}

/**
 * An absolute address, as a calendar's URL property must be: a scheme and "://" then no space. A relative
 * one is refused rather than written, since a calendar app would resolve it against nothing.
 */
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/** An entry's lines, unfolded: VEVENT's properties in the order the `ics` package (3.12) wrote them. */
function entryLines(event: EventRecord, span: { first: Day; last: Day }, options: IcsOptions): string[] {
  const permalink = options.permalink?.(event.id);
  if (permalink !== undefined && !ABSOLUTE_URL.test(permalink))
    throw new Error(
      `Could not write the calendar: the address of ${event.id} is not absolute (${permalink})`,
    );
  const title = cleanText((TITLE_PREFIX[event.status] ?? '') + event.title);
  const place = cleanText(location(event, options.vocabulary) ?? '');
  const lines = [
    'BEGIN:VEVENT',
    // A slug, as the validator has it, has nothing to escape; a served file need not have come through it.
    `UID:${escapeText(firstId(event))}@diplomatic-timeline`,
  ];
  if (title) lines.push(`SUMMARY:${escapeText(title)}`);
  lines.push(
    `DTSTAMP:${stampValue(options.stamp)}`,
    // VALUE=DATE: a calendar day, free of any time zone.
    `DTSTART;VALUE=DATE:${dateValue(span.first)}`,
    `DTEND;VALUE=DATE:${dateValue(nextDay(span.last))}`,
    `DESCRIPTION:${escapeText(description(event, permalink, options.datasetVersion))}`,
  );
  if (permalink) lines.push(`URL:${permalink}`);
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  lines.push(
    `STATUS:${STATUS[event.status] ?? 'CONFIRMED'}`,
    `CATEGORIES:${escapeCategory(kindLabel(event.kind))}`,
    // Someone else's summit should not mark the reader as busy in their own calendar.
    'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  );
  return lines;
}

/**
 * An iCalendar file of the events dated to the day, as all-day entries spanning their days. Events known
 * only to the month or year cannot be placed on a day without inventing one, so they are left out and
 * returned in `skipped` for the interface to mention.
 */
export function eventsToIcs(events: readonly EventRecord[], options: IcsOptions): IcsExport {
  const skipped: EventRecord[] = [];
  return { text: [...icsFragments(events, options, skipped)].join(''), skipped };
}

/** eventsToIcs's file, written in slices with a pause between them (see fileInSlices). */
export async function eventsToIcsInSlices(
  events: readonly EventRecord[],
  options: IcsOptions,
  pause: Pause,
): Promise<{ file: Blob; skipped: EventRecord[] }> {
  const skipped: EventRecord[] = [];
  const file = await fileInSlices(
    icsFragments(events, options, skipped),
    'text/calendar;charset=utf-8',
    pause,
  );
  return { file, skipped };
}

/** Folded content lines, each with its CRLF. */
const contentLines = (lines: readonly string[]) => lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');

/**
 * The file in fragments, one after the other: the calendar's head, the entries of each part of the events,
 * the calendar's end. The events no calendar can hold go to `skipped`.
 */
function* icsFragments(
  events: readonly EventRecord[],
  options: IcsOptions,
  skipped: EventRecord[],
): Generator<string> {
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:-//Diplomatic Timeline//Export//EN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${(options.calendarName ?? 'Diplomatic Timeline').replace(/\r?\n/g, '\\n')}`,
    'X-PUBLISHED-TTL:PT1H',
  ];
  const calDesc = calendarDescription(options);
  if (calDesc) head.push(calDesc);
  yield contentLines(head);
  for (const part of inParts(events)) {
    const lines: string[] = [];
    for (const event of part) {
      const span = calendarDays(event);
      if (span) lines.push(...entryLines(event, span, options));
      else skipped.push(event);
    }
    yield contentLines(lines);
  }
  yield 'END:VCALENDAR\r\n';
}
