import { FIRST_PLAUSIBLE_YEAR, PLAUSIBLE_YEARS_AHEAD } from '../../lib/dates/plausible-year';
import { DAY_MS, MAX_SPAN_MS, MAX_SPAN_YEARS, MIN_SPAN_MS } from '../../lib/dates/zoom-limits';
import { EMPTY_FILTERS, type Filters, type ListFilterKey } from '../filters/filters';
import { dayMonthYear, yearText as year } from '../../lib/dates/month-names';
import { cutText } from '../../lib/text/cut-text';
import { DIRECTION_CONTROL_CHARACTERS } from '../../lib/text/invisible';
import { quoteValue } from '../../lib/text/quote-value';
import { findEventId, resolveEventId, type FoundEventId } from './find-event-id';
import { readLinkDate } from './link-dates';
import { formatCount } from '../../lib/text/format-count';

export type ViewMode = 'timeline' | 'list';

/** A stretch of time in milliseconds, as the timeline's visible window. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** Everything a shared link reproduces. */
export interface UrlState {
  filters: Filters;
  event: string | null;
  /** null: the reader did not choose; the app picks by screen width. */
  view: ViewMode | null;
  /** The timeline's visible span, to the day; null until the reader moves the timeline. */
  span: TimeSpan | null;
}

/** The values a link may name; anything else is dropped with a notice. */
export interface KnownValues {
  kinds: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
  parties: ReadonlySet<string>;
  tracks: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  /** An id an event had before, or one of an event merged into it → that event's id now. */
  formerIds: ReadonlyMap<string, string>;
  /** Ids of events the data file holds but the app left out as malformed: not "renamed or removed". */
  skippedIds?: ReadonlySet<string>;
}

export const EMPTY_URL_STATE: UrlState = { filters: EMPTY_FILTERS, event: null, view: null, span: null };

const LISTS: [param: string, key: ListFilterKey, noun: string, nouns: string][] = [
  ['kind', 'kinds', 'kind', 'kinds'],
  ['status', 'statuses', 'status', 'statuses'],
  ['party', 'parties', 'party', 'parties'],
  ['track', 'tracks', 'track', 'tracks'],
  ['tag', 'tags', 'tag', 'tags'],
];
/** Parameters that hold one value: a second one is ignored, with a notice. */
const SINGLE = ['q', 'partymode', 'from', 'to', 'thread', 'view', 'event', 'span'];
const PARAMS = ['q', ...LISTS.map(([p]) => p), 'partymode', 'from', 'to', 'thread', 'view', 'event', 'span'];
/** Values named in one notice before "and N more": a hostile link must not flood the page. */
const LISTED = 5;
const MAX_Q = 200;
const MAX_ITEMS = 50;

/** A value from the link, quoted in a notice as the reader can see it. */
const show = quoteValue;

/** Marks and embeddings of direction, the list the validator refuses: no search term holds one. */
const DIRECTION_CONTROLS = new RegExp(`[${DIRECTION_CONTROL_CHARACTERS}]`, 'g');

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Values a notice names: how many, and the first LISTED of them. A hostile link may hold a hundred
 * thousand, and nothing past those first few is ever shown.
 */
class Listed {
  count = 0;
  readonly first: string[] = [];
  add(value: string) {
    this.count += 1;
    if (this.first.length < LISTED) this.first.push(value);
  }
}

/** A value as the known set writes it, when it differs only in case; otherwise as given. */
function inKnownCase(value: string, known: ReadonlySet<string>): string {
  if (known.has(value)) return value;
  const lower = value.toLowerCase();
  for (const k of known) if (k.toLowerCase() === lower) return k;
  return value;
}

/** "the unknown kind “x”" or "3 unknown kinds: “x”, “y”, “z”", at most LISTED of them named. */
function some({ count, first }: Listed, one: string, many: string): string {
  if (count === 1) return `the ${one} ${show(first[0]!)}`;
  const rest = count > LISTED ? ` and ${formatCount(count - LISTED)} more` : '';
  return `${formatCount(count)} ${many}: ${first.map(show).join(', ')}${rest}`;
}

/**
 * A link's date bound as the month the date inputs can show: a year stands for its first month in
 * "from" and its last in "to" (the same range); a day is widened to its month, and said so.
 */
function monthBound(value: string, bound: 'from' | 'to'): { month?: string; note?: string } {
  const read = readLinkDate(value);
  if (!('date' in read))
    return {
      note: `Ignored the date ${show(value)} for “${bound}”: ${read.why ?? 'use YYYY, YYYY-MM or YYYY-MM-DD'}.`,
    };
  const { date } = read;
  const month = date.month ?? (bound === 'from' ? 1 : 12);
  const text = `${year(date.year)}-${pad(month)}`;
  if (date.precision === 'month') return { month: text };
  const named = dayMonthYear({ year: date.year, month });
  return {
    month: text,
    note:
      date.precision === 'year'
        ? `Read the date ${show(value)} for “${bound}” as ${named}: the date filter works by month, and this is the same range.`
        : `Read the date ${show(value)} for “${bound}” as ${named}: the date filter works by month, so the whole month is included.`,
  };
}
/** A local calendar day, rounded to the nearest midnight: the timeline draws dates at local midnight. */
function dayText(ms: number): string {
  const d = new Date(ms);
  if (d.getHours() >= 12) d.setDate(d.getDate() + 1);
  return `${year(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * "2025-01-15,2025-06-30" as the span between those two local midnights, or what is wrong with it:
 * in words when a part is written as a day that does not exist, null when the span is not written
 * as two days in order.
 */
function parseSpan(value: string): TimeSpan | { why: string | null } {
  const parts = value.split(',').map((part) => readLinkDate(part.trim()));
  for (const part of parts) if ('why' in part && part.why !== null) return part;
  const days = parts.flatMap((p) => ('date' in p && p.date.precision === 'day' ? [p.date] : []));
  if (parts.length !== 2 || days.length !== 2) return { why: null };
  const [start, end] = days.map((d) => {
    // Not new Date(year, …), which reads the years 0 to 99 as 1900 to 1999.
    const midnight = new Date(2000, 0, 1);
    midnight.setFullYear(d.year, d.month! - 1, d.day);
    return midnight.getTime();
  }) as [number, number];
  return start < end ? { start, end } : { why: null };
}

const MIN_SPAN_DAYS = MIN_SPAN_MS / DAY_MS;

/** Local midnight of a day, `days` after the one given (negative: before). */
function dayAfter(ms: number, days: number): number {
  const d = new Date(ms);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/**
 * The span, or what the timeline shows instead with the notice that says so. It shows no more than
 * MAX_SPAN_YEARS and no less than MIN_SPAN_DAYS; a span none of whose days can hold an event is empty.
 */
function fitSpan(span: TimeSpan, text: string): { span?: TimeSpan; note?: string } {
  const ignored = `Ignored the time span ${show(text)}`;
  // The timeline would show 12 years around the middle instead: another span than the link names. Two
  // days of slack: a link written at the widest zoom has its ends rounded to days.
  if (span.end - span.start > MAX_SPAN_MS + 2 * DAY_MS)
    return { note: `${ignored}: the timeline shows at most ${MAX_SPAN_YEARS} years at once.` };
  const today = new Date();
  const first = new Date(FIRST_PLAUSIBLE_YEAR, 0, 1);
  const last = new Date(today.getFullYear() + PLAUSIBLE_YEARS_AHEAD, today.getMonth(), today.getDate());
  if (span.end <= first.getTime() || span.start >= last.getTime()) {
    const [from, to] = [first, last].map((d) =>
      dayMonthYear({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }),
    );
    return { note: `${ignored}: it lies wholly outside ${from} to ${to}, the dates the timeline covers.` };
  }
  // Rounded: a day across a change of the clocks is 23 or 25 hours.
  const days = Math.round((span.end - span.start) / DAY_MS);
  // A day of slack: a link written at the narrowest zoom across a change of the clocks has its ends
  // rounded to days six apart. The timeline widens that by half a day each side.
  if (days >= MIN_SPAN_DAYS - 1) return { span };
  const start = dayAfter(span.start, -Math.floor((MIN_SPAN_DAYS - days) / 2));
  const wide = { start, end: dayAfter(start, MIN_SPAN_DAYS) };
  return {
    span: wide,
    note: `Widened the time span ${show(text)} to “${spanText(wide)}”: the timeline shows at least ${MIN_SPAN_DAYS} days at once.`,
  };
}

/** The span as a link writes it. */
export const spanText = (span: TimeSpan | null): string =>
  span ? `${dayText(span.start)},${dayText(span.end)}` : '';

export { resolveEventId } from './find-event-id';

/** What parseUrlState read from a link, and what it could not use. */
export interface ReadLink {
  state: UrlState;
  /** Words for a notice about each parameter left out or read otherwise than written. */
  problems: string[];
  /** The earlier id the link named its event by, now opened by its id now. */
  formerId?: string;
  /** The link's event id was written with something around it or in other capitals: the address is tidied. */
  tidiedEvent?: true;
  /** The same for the thread's event, or it was named by an earlier id: the address is rewritten. */
  rewrittenThread?: true;
  /** Ids not found that are nearly an event's: the problem that says so of each, and what to offer. */
  offers?: LinkOffer[];
}

/**
 * An event a notice offers in place of an id a link nearly gives: to open it (`event=`), or to show
 * its thread (`thread=`).
 */
export interface LinkOffer {
  problem: string;
  eventId: string;
  as: 'event' | 'thread';
}

/**
 * Words for an event id a link gives that no event has (`lead` says which and where), and the event
 * it nearly names to offer instead, if one is: a slip of the hand or of copying is said as such rather
 * than as an event gone.
 */
function notFound(
  lead: string,
  id: Extract<FoundEventId, { found: null }>,
  as: LinkOffer['as'],
): { problem: string; offer?: LinkOffer } {
  if (id.nearest === undefined) return { problem: `${lead}; it may have been renamed or removed.` };
  const problem = `${lead}. Did you mean “${id.nearest}”?`;
  return { problem, offer: { problem, eventId: id.nearest, as } };
}

/**
 * Reads a query string into view state. It never throws: whatever cannot be used is left out and
 * described in `problems`, for a visible notice. An event named by an earlier id is opened by its id
 * now, said in `problems` too, and that earlier id is `formerId`.
 */
export function parseUrlState(search: string, known?: KnownValues): ReadLink {
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      state: EMPTY_URL_STATE,
      problems: ['The link’s parameters could not be read and were ignored.'],
    };
  }
  const filters: Filters = { ...EMPTY_FILTERS };
  const unknownKeys = new Listed();
  for (const key of new Set(params.keys())) if (!PARAMS.includes(key)) unknownKeys.add(key);
  if (unknownKeys.count > 0)
    problems.push(`Ignored ${some(unknownKeys, 'unknown link parameter', 'unknown link parameters')}.`);
  for (const key of SINGLE) {
    const count = params.getAll(key).length;
    if (count > 1)
      problems.push(`The link gives “${key}” ${formatCount(count)} times: only the first was read.`);
  }

  const q = params.get('q');
  if (q !== null) {
    // Broken percent-encoding ("%E0%A4%A") is read as U+FFFD: nobody searches for that.
    let readable = q.replace(/\uFFFD/g, '');
    if (readable !== q)
      problems.push('Dropped characters of the search text in the link that could not be read.');
    // The search box would draw "\u202Enamor" as "roman" while the search looks for "namor": a link
    // could show one word and filter by another.
    const unturned = readable.replace(DIRECTION_CONTROLS, '');
    if (unturned !== readable)
      problems.push('Dropped characters that turn the direction of text from the search text in the link.');
    readable = unturned;
    filters.q = cutText(readable, MAX_Q);
    if (filters.q !== readable) problems.push(`The search text in the link was cut to ${MAX_Q} characters.`);
  }

  for (const [param, key, noun, nouns] of LISTS) {
    const seen = new Set<string>();
    const values: string[] = [];
    const unknown = new Listed();
    const extra = new Listed();
    for (const part of params.getAll(param))
      for (const untrimmed of part.split(',')) {
        // A link typed by hand in the wrong case ("party=ua", "kind=Summit") means the value it names.
        const value = known ? inKnownCase(untrimmed.trim(), known[key]) : untrimmed.trim();
        if (value === '' || seen.has(value)) continue;
        seen.add(value);
        if (known && !known[key].has(value)) unknown.add(value);
        else if (values.length >= MAX_ITEMS) extra.add(value);
        else values.push(value);
      }
    if (unknown.count > 0) problems.push(`Ignored ${some(unknown, `unknown ${noun}`, `unknown ${nouns}`)}.`);
    if (extra.count > 0)
      problems.push(`Ignored ${some(extra, noun, nouns)}: a link holds at most ${MAX_ITEMS} ${nouns}.`);
    filters[key] = values;
  }

  // "All" is written only when chosen, even with no party ticked: the Party menu then reopens as it was.
  const rawMode = params.get('partymode');
  const modeWord = rawMode?.trim().toLowerCase();
  if (modeWord === 'any' || modeWord === 'all') filters.partyMode = modeWord;
  else if (rawMode)
    problems.push(
      `Ignored the party mode ${show(rawMode)}: use “all” for events involving every chosen party, or “any”.`,
    );

  // A reversed range is kept as it is: the filter bar says that no event can match, as it does when
  // the reader sets it, so a link shows what its sender saw.
  for (const bound of ['from', 'to'] as const) {
    // Spaces around a date are a slip of copying, as around the span's days and the list values.
    const value = params.get(bound)?.trim();
    if (!value) continue;
    const read = monthBound(value, bound);
    if (read.month) filters[bound] = read.month;
    if (read.note) problems.push(read.note);
  }

  const rawThread = params.get('thread');
  const read: Omit<ReadLink, 'state' | 'problems'> = {};
  const offers: LinkOffer[] = [];
  const missing = (said: ReturnType<typeof notFound>) => {
    problems.push(said.problem);
    if (said.offer) offers.push(said.offer);
  };
  if (rawThread !== null && rawThread !== '') {
    if (!known) filters.thread = rawThread;
    else {
      // Read as `event` is (below), but a thread is a filter: an id not found is dropped, and the event
      // it nearly names is only offered.
      const id = findEventId(rawThread, known);
      if (id.found === null && known.skippedIds?.has(rawThread.trim()))
        problems.push(
          `Ignored the thread of ${show(rawThread)} in the link: the data file holds that event, but it is malformed.`,
        );
      else if (id.found === null)
        missing(
          notFound(
            `Ignored the thread of ${show(rawThread)} in the link: no event has that id`,
            id,
            'thread',
          ),
        );
      else {
        const now = resolveEventId(id.found, known)!;
        if (now !== id.found)
          problems.push(
            `This link named the event of its thread by an earlier id, “${id.found}”; it is now “${now}”.`,
          );
        if (id.tidied || now !== id.found) read.rewrittenThread = true;
        filters.thread = now;
      }
    }
  }

  let view: ViewMode | null = null;
  const rawView = params.get('view');
  const viewWord = rawView?.trim().toLowerCase();
  if (viewWord === 'timeline' || viewWord === 'list') view = viewWord;
  else if (rawView !== null) problems.push(`Ignored the view ${show(rawView)}: use “timeline” or “list”.`);

  let span: TimeSpan | null = null;
  const rawSpan = params.get('span');
  if (rawSpan !== null && rawSpan !== '') {
    const read = parseSpan(rawSpan);
    if ('why' in read)
      problems.push(
        `Ignored the time span ${show(rawSpan)}: ${read.why ?? 'use span=YYYY-MM-DD,YYYY-MM-DD, the first day before the last'}.`,
      );
    else {
      const fit = fitSpan(read, rawSpan);
      span = fit.span ?? null;
      if (fit.note) problems.push(fit.note);
    }
  }

  let event: string | null = params.get('event');
  if (event === '') event = null;
  if (event !== null && known) {
    const id = findEventId(event, known);
    if (id.found === null) {
      if (known.skippedIds?.has(event.trim()))
        problems.push(
          `The event ${show(event)} in the link is in the data file but could not be shown: it is malformed.`,
        );
      else missing(notFound(`The event ${show(event)} in the link was not found`, id, 'event'));
      event = null;
    } else {
      // Punctuation a chat or mail program took into the link, or capitals: the event meant, said nothing of.
      if (id.tidied) read.tidiedEvent = true;
      const now = resolveEventId(id.found, known)!;
      if (now !== id.found) {
        // Both ids in full: they are the dataset's, and the reader may want to note the new one.
        problems.push(`This link named the event by an earlier id, “${id.found}”; it is now “${now}”.`);
        read.formerId = id.found;
      }
      event = now;
    }
  }

  if (offers.length > 0) read.offers = offers;
  return { state: { filters, event, view, span }, problems, ...read };
}

function encode(value: string): string {
  // A lone surrogate cannot be encoded; it can only have come from a mangled link.
  const text = value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  // Keep the address readable: commas, colons and spaces as people type them.
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%20/g, '+');
}

/** Writes view state as a readable query string ("" when there is nothing to say). */
export function serialiseUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.filters.q !== '') parts.push(`q=${encode(state.filters.q)}`);
  for (const [param, key] of LISTS) {
    const values = state.filters[key].filter((v) => v !== '' && !v.includes(','));
    if (values.length > 0) parts.push(`${param}=${values.map(encode).join(',')}`);
    if (key === 'parties' && state.filters.partyMode === 'all') parts.push('partymode=all');
  }
  if (state.filters.from) parts.push(`from=${encode(state.filters.from)}`);
  if (state.filters.to) parts.push(`to=${encode(state.filters.to)}`);
  if (state.filters.thread) parts.push(`thread=${encode(state.filters.thread)}`);
  if (state.view) parts.push(`view=${state.view}`);
  if (state.event) parts.push(`event=${encode(state.event)}`);
  if (state.span) parts.push(`span=${spanText(state.span)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * The state a link opens on. A span is the timeline's: a link that names one and no view opens on the
 * timeline even where the list is the default (a phone), since its sender was looking at the timeline
 * (the view a laptop shows unnamed). A link that names the list keeps the list.
 */
export function withImpliedView(state: UrlState): UrlState {
  return state.view === null && state.span !== null ? { ...state, view: 'timeline' } : state;
}
