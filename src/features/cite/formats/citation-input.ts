import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';
import { statusLabel } from '../../../lib/data/labels';
import { formatDateRange, formatPartialDate } from '../../../lib/dates/format-partial-date';
import { parsePartialDate } from '../../../lib/dates/partial-date';
import { eventCount } from '../../../lib/text/count-phrase';
import type { ListFilterKey } from '../../filters/filters';
import { parseUrlState, serialiseUrlState } from '../../url-state/url-state';

/** Everything a citation needs, passed in: no globals, no window.location, so every format is pure. */
export interface CitationInput {
  /** The event cited; without it the dataset (or the current view of it) is cited. */
  event?: EventRecord;
  datasetVersion: string;
  /** Absolute address of what is cited: the event's page, or the view with its filters. */
  permalink: string;
  accessed: Date;
  /** In words, the filter of the view cited, e.g. "Kind: summit; 2025". */
  viewDescription?: string;
  /** How many events the view shows. */
  eventCount?: number;
  /** Gives the event's country its name rather than its code, where a format names the place. */
  vocabulary?: DatasetFile['vocabulary'];
}

export const AUTHOR = 'Diplomatic Timeline';
export const DATASET_TITLE =
  'Diplomatic Timeline: a source-linked chronology of Russia–Ukraine war diplomacy';

export type DateParts = [number, number, number];

/**
 * The reader's calendar day of access. Local parts on purpose: someone reading at 00:30 on
 * 28 November in Kyiv accessed it on the 28th, whatever the UTC date.
 */
export function accessedParts(accessed: Date): DateParts {
  return [accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()];
}

/**
 * The release date of the dataset: versions are the date of the change, "2026.11.27" (data/CHANGELOG.md),
 * with ".2" for a second release that day. Null for any other version: no date is made up.
 */
export function releaseParts(version: string): DateParts | null {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})(?:\.\d+)?$/.exec(version);
  const date = m ? parsePartialDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
  return date?.month && date.day ? [date.year, date.month, date.day] : null;
}

/** "27 November 2026". */
export function formatDay([year, month, day]: DateParts): string {
  return formatPartialDate({ year, month, day, precision: 'day' });
}

/** "2026-11-27", for fields that want an ISO date, such as BibTeX's urldate. */
export function isoDay([year, month, day]: DateParts): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "16 May 2025", or "October 2025, cancelled" when the event did not take place as dated. */
function eventDateText(event: EventRecord): string {
  const date = formatDateRange(event.start, event.end);
  return event.status === 'held' ? date : `${date}, ${statusLabel(event.status).toLowerCase()}`;
}

/** "Istanbul, Türkiye": the place of an event, with the country named when the vocabulary knows it. */
export function eventPlace(event: EventRecord, vocabulary?: DatasetFile['vocabulary']): string | null {
  const loc = event.location;
  if (!loc) return null;
  return oneLine(`${loc.place}, ${vocabulary?.parties[loc.country]?.name ?? loc.country}`);
}

/**
 * "Event <id>, 16 May 2025, Istanbul, Türkiye": the event's id, date and, where it has one, its place (RIS's
 * N1 and BibTeX's note).
 */
export function eventNoteText(event: EventRecord, vocabulary?: DatasetFile['vocabulary']): string {
  const place = eventPlace(event, vocabulary);
  return `Event ${event.id}, ${eventDateText(event)}${place ? `, ${place}` : ''}`;
}

/** One line: the view and its size, e.g. "view: Kind: summit; 2025 (12 events)". */
export function viewText(input: Pick<CitationInput, 'viewDescription' | 'eventCount'>): string | null {
  const count = input.eventCount === undefined ? null : eventCount(input.eventCount);
  const description = input.viewDescription ? oneLine(input.viewDescription) : '';
  if (description && count) return `view: ${description} (${count})`;
  if (description) return `view: ${description}`;
  if (count) return `a view of ${count}`;
  return null;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Text on one line: citations and RIS fields cannot hold a line break. Control characters go with the
 * breaks, since readers split lines at more than CR and LF: Python's str.splitlines() at FS, GS, RS and NEL
 * too, which a search from a link could otherwise put in a RIS record to start lines of its own.
 */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

const LIST_KEYS: ListFilterKey[] = ['kinds', 'statuses', 'parties', 'tracks', 'tags'];

/**
 * The view a permalink opens, written one way: the address's own query string read as the app reads it and
 * written back with each list in a fixed order. Links that open the same view may differ in parameter
 * order ("?span=…&kind=summit" as pasted, "?kind=summit&span=…" as the app writes it), in the order the
 * filters were ticked ("kind=summit,call"), in encoding ("+" or "%20") or in a parameter the app ignores.
 * The fragment is left out: the app does not read it.
 */
function canonicalQuery(permalink: string): string {
  const beforeHash = permalink.split('#', 1)[0]!;
  const query = beforeHash.includes('?') ? beforeHash.slice(beforeHash.indexOf('?')) : '';
  const { state } = parseUrlState(query);
  const filters = { ...state.filters };
  // Ticked order changes nothing in what is shown, each list being a set of values any of which matches.
  for (const key of LIST_KEYS) filters[key] = [...filters[key]].sort();
  return serialiseUrlState({ ...state, filters });
}

/**
 * The key of a dataset citation: "diplomatic-timeline-2026.11.27" for the whole dataset; for any other
 * view (filters, an open event, a span of the timeline), that with a short code of the view its permalink
 * opens, so that two views cited in one bibliography do not share a key, while the same view cited twice
 * keeps one.
 */
export function datasetCitationId(input: Pick<CitationInput, 'datasetVersion' | 'permalink'>): string {
  const base = `diplomatic-timeline-${input.datasetVersion}`;
  const query = canonicalQuery(input.permalink);
  if (!query) return base;
  // FNV-1a, 32 bits: stable across browsers and sessions, unlike anything random.
  let hash = 0x811c9dc5;
  for (let i = 0; i < query.length; i++) {
    hash ^= query.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${base}-view-${(hash >>> 0).toString(36).padStart(7, '0')}`;
}
