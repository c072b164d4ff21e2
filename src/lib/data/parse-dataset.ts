import { isEndNotBeforeStart, parsePartialDate, type PartialDate } from '../dates/partial-date';
import { FIRST_PLAUSIBLE_YEAR, lastPlausibleYear } from '../dates/plausible-year';
import type { DatasetFile, EventRecord } from './dataset';
import { OBJECT_MEMBERS } from './object-members';
import { isKebabCase } from '../text/kebab-case';
import { withoutInvisible } from '../text/invisible';
import { directionControlField } from './direction-control-field';
import { formatCount } from '../text/format-count';

export interface SkippedEvent {
  index: number;
  id?: string;
  reason: string;
}

export type ParseResult =
  { ok: true; dataset: DatasetFile; skipped: SkippedEvent[] } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

const isStringList = (v: unknown) => Array.isArray(v) && v.every(isString);
const isListOf = (v: unknown, item: (x: Record<string, unknown>) => boolean) =>
  Array.isArray(v) && v.every((x) => isObject(x) && item(x));
const optional = (v: unknown, ok: (x: unknown) => boolean) => v === undefined || ok(v);
// A head count: "-5.5 returned to Russia" or a 309-digit number is no count.
const isCount = (v: unknown) =>
  v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000);
const isDate = (v: unknown) => parsePartialDate(v) !== null;

const MAX_TITLE = 10_000;

/** Why an event cannot be shown, or null. Every field the views read is checked for its type. */
function eventProblem(e: unknown, lastYear: number): string | null {
  if (!isObject(e)) return 'not an object';
  for (const field of ['id', 'title', 'summary', 'kind', 'status', 'track', 'start'] as const) {
    if (!isString(e[field]) || e[field] === '') return `"${field}" is missing or not text`;
  }
  // Zero-width characters alone drew a row whose one link had no words, under a blank panel heading.
  if (withoutInvisible(e.title as string).trim() === '') return '"title" has no visible text';
  // The schema allows 140 letters. A title of 100,000 without a space held the page for a minute while
  // vis-timeline measured it; 10,000 still draw in a moment, and wrap (e2e/hardening.spec.ts).
  if ((e.title as string).length > MAX_TITLE)
    return `"title" is longer than ${formatCount(MAX_TITLE)} characters`;
  // The id, kind, status and track are keys into tables (vis-timeline's items and lanes, labels, marks):
  // "constructor" as a track, or "toString" as an id, stopped the timeline.
  for (const field of ['id', 'kind', 'status', 'track'] as const) {
    if (OBJECT_MEMBERS.has(e[field] as string)) return `"${field}" cannot be "${e[field] as string}"`;
  }
  // Kind and status also name CSS classes (tl--kind-summit): "summit visually-hidden" would hide the event,
  // and the build never writes anything but lower-case words joined by hyphens. A track is only ever text
  // and a lane's key, so an unknown one, whatever it holds, still gets a lane.
  for (const field of ['kind', 'status'] as const) {
    if (!isKebabCase(e[field] as string)) return `"${field}" is not a lower-case word with hyphens`;
  }
  const dates: Partial<Record<'start' | 'end' | 'announced', PartialDate>> = {};
  for (const field of ['start', 'end', 'announced'] as const) {
    if (e[field] === undefined) continue;
    const date = parsePartialDate(e[field]);
    if (!date) return `"${field}" is not a date`;
    if (date.year < FIRST_PLAUSIBLE_YEAR || date.year > lastYear)
      return `"${field}" is not between ${FIRST_PLAUSIBLE_YEAR} and ${lastYear}`;
    dates[field] = date;
  }
  if (dates.end && !isEndNotBeforeStart(dates.start!, dates.end)) return '"end" is before "start"';
  if (!optional(e.dateNote, isString)) return '"dateNote" is not text';
  if (!isStringList(e.parties)) return '"parties" is not a list of codes';
  if (!Array.isArray(e.sources) || e.sources.length === 0) return '"sources" is missing';
  const sourceOk = (s: Record<string, unknown>) =>
    isString(s.url) &&
    isString(s.title) &&
    isString(s.publisher) &&
    optional(s.language, isString) &&
    optional(s.published, isDate) &&
    optional(s.archiveUrl, isString);
  if (!isListOf(e.sources, sourceOk))
    return 'a source lacks url, title or publisher, or has a field of the wrong type';
  if (
    !optional(
      e.location,
      (l) => isObject(l) && isString(l.place) && isString(l.country) && optional(l.venue, isString),
    )
  ) {
    return '"location" has the wrong shape';
  }
  if (
    !optional(e.participants, (v) =>
      isListOf(v, (p) => isString(p.name) && isString(p.role) && isString(p.party)),
    )
  ) {
    return '"participants" has the wrong shape';
  }
  for (const field of ['formerIds', 'outcomes', 'tags'] as const) {
    if (!optional(e[field], isStringList)) return `"${field}" is not a list of text`;
  }
  if (!optional(e.related, (v) => isListOf(v, (r) => isString(r.id) && isString(r.relation))))
    return '"related" has the wrong shape';
  if (
    !optional(
      e.statusChange,
      (c) => isObject(c) && isDate(c.date) && isString(c.reason) && isString(c.source),
    )
  ) {
    return '"statusChange" has the wrong shape';
  }
  if (
    !optional(
      e.exchange,
      (x) => isObject(x) && isCount(x.toUkraine) && isCount(x.toRussia) && optional(x.note, isString),
    )
  ) {
    return '"exchange" has the wrong shape';
  }
  const accountsOk = (d: Record<string, unknown>) =>
    isString(d.topic) && isListOf(d.accounts, (a) => isString(a.claim) && isString(a.source));
  if (!optional(e.discrepancies, (v) => isListOf(v, accountsOk)))
    return '"discrepancies" has the wrong shape';
  // An override or isolate runs on past its field into the app's words beside it: U+202E at the start
  // of a place printed the country after it backwards, in a publisher the source's date. The validator
  // refuses them in every event file; a served file that did not come through it is refused the same way.
  const control = directionControlField(e);
  if (control)
    return `"${control.path}" contains the direction control U+${control.control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return null;
}

/**
 * A table of names (parties, tracks) with only the entries the views can show: a name that was an
 * object crashed every view that prints it. An entry left out shows as its code, as an unknown code
 * does. The table has no prototype, so that a code such as "constructor" finds nothing in it rather
 * than Object's own member.
 */
function namesTable(table: Record<string, unknown>): Record<string, unknown> {
  const names: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [code, entry] of Object.entries(table)) {
    if (
      isObject(entry) &&
      isString(entry.name) &&
      optional(entry.order, (o) => typeof o === 'number' && Number.isFinite(o))
    )
      names[code] = entry;
  }
  return names;
}

/**
 * Checks what arrived as data/events.json before the app relies on it. The file is built by the
 * project, but it is served over the network and may be stale, truncated or tampered with: a wrong
 * overall shape is an error; a malformed event is left out and reported, never silently dropped.
 */
export function parseDataset(json: unknown): ParseResult {
  if (!isObject(json)) return { ok: false, reason: 'The file does not hold a dataset object.' };
  if (!isString(json.version)) return { ok: false, reason: 'The dataset has no version.' };
  if (!Array.isArray(json.events)) return { ok: false, reason: 'The dataset has no list of events.' };
  const vocabulary = json.vocabulary;
  if (!isObject(vocabulary) || !isObject(vocabulary.parties) || !isObject(vocabulary.tracks)) {
    return { ok: false, reason: 'The dataset lacks the names of its parties and tracks.' };
  }
  const events: EventRecord[] = [];
  const skipped: SkippedEvent[] = [];
  const seen = new Set<string>();
  // Once per file: tens of thousands of events, each with up to three dates.
  const lastYear = lastPlausibleYear();
  json.events.forEach((e: unknown, index) => {
    const problem = eventProblem(e, lastYear);
    const id = isObject(e) && isString(e.id) ? e.id : undefined;
    if (problem) skipped.push({ index, id, reason: problem });
    else if (seen.has(id!)) skipped.push({ index, id, reason: 'its id is used twice' });
    else {
      seen.add(id!);
      events.push(e as unknown as EventRecord);
    }
  });
  // The views read the events in date order (the list's years, the summary's first and last date), as the
  // build writes them. For "YYYY", "YYYY-MM" and "YYYY-MM-DD" text order is date order, a whole month
  // before its days, so checking costs one comparison per event; a file out of order is put in order.
  if (events.some((e, i) => i > 0 && events[i - 1]!.start > e.start))
    events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return {
    ok: true,
    dataset: {
      version: json.version,
      generatedAt: isString(json.generatedAt) ? json.generatedAt : '',
      vocabulary: {
        parties: namesTable(vocabulary.parties),
        tracks: namesTable(vocabulary.tracks),
      } as DatasetFile['vocabulary'],
      events,
    },
    skipped,
  };
}
