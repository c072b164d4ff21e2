import { compareDateStrings, parsePartialDate } from '../../lib/dates/partial-date';
import { EMPTY_FILTERS, type Filters, type ListFilterKey } from '../filters/filters';

export type ViewMode = 'timeline' | 'list';

/** Everything a shared link reproduces. */
export interface UrlState {
  filters: Filters;
  event: string | null;
  /** null: the reader did not choose; the app picks by screen width. */
  view: ViewMode | null;
}

/** The values a link may name; anything else is dropped with a notice. */
export interface KnownValues {
  kinds: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
  parties: ReadonlySet<string>;
  tracks: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
}

export const EMPTY_URL_STATE: UrlState = { filters: EMPTY_FILTERS, event: null, view: null };

const LISTS: [param: string, key: ListFilterKey, noun: string][] = [
  ['kind', 'kinds', 'kind'],
  ['status', 'statuses', 'status'],
  ['party', 'parties', 'party'],
  ['track', 'tracks', 'track'],
  ['tag', 'tags', 'tag'],
];
const PARAMS = ['q', ...LISTS.map(([p]) => p), 'from', 'to', 'view', 'event'];
const MAX_Q = 200;
const MAX_ITEMS = 50;

const show = (v: string) => `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;

/**
 * Reads a query string into view state. It never throws: whatever cannot be used is left out and
 * described in `problems`, for a visible notice.
 */
export function parseUrlState(search: string, known?: KnownValues): { state: UrlState; problems: string[] } {
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
  const seenKeys = new Set<string>();
  for (const key of params.keys()) {
    if (!PARAMS.includes(key) && !seenKeys.has(key))
      problems.push(`Ignored the unknown link parameter ${show(key)}.`);
    seenKeys.add(key);
  }

  const q = params.get('q');
  if (q !== null) {
    filters.q = q.slice(0, MAX_Q);
    if (q.length > MAX_Q) problems.push(`The search text in the link was cut to ${MAX_Q} characters.`);
  }

  for (const [param, key, noun] of LISTS) {
    const raw = params.getAll(param).flatMap((v) => v.split(','));
    const values: string[] = [];
    for (const value of raw.map((v) => v.trim()).filter(Boolean)) {
      if (values.includes(value)) continue;
      if (known && !known[key].has(value)) problems.push(`Ignored the unknown ${noun} ${show(value)}.`);
      else if (values.length >= MAX_ITEMS)
        problems.push(`Ignored ${noun} ${show(value)}: too many in one link.`);
      else values.push(value);
    }
    filters[key] = values;
  }

  for (const bound of ['from', 'to'] as const) {
    const value = params.get(bound);
    if (value === null || value === '') continue;
    if (parsePartialDate(value)) filters[bound] = value;
    else problems.push(`Ignored the date ${show(value)} for “${bound}”: use YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  if (filters.from && filters.to && compareDateStrings(filters.from, filters.to) > 0) {
    problems.push(`“from” (${filters.from}) came after “to” (${filters.to}); the two were swapped.`);
    [filters.from, filters.to] = [filters.to, filters.from];
  }

  let view: ViewMode | null = null;
  const rawView = params.get('view');
  if (rawView === 'timeline' || rawView === 'list') view = rawView;
  else if (rawView !== null) problems.push(`Ignored the view ${show(rawView)}: use “timeline” or “list”.`);

  let event: string | null = params.get('event');
  if (event === '') event = null;
  if (event !== null && known && !known.eventIds.has(event)) {
    problems.push(`The event ${show(event)} in the link was not found; it may have been renamed or removed.`);
    event = null;
  }

  return { state: { filters, event, view }, problems };
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
  }
  if (state.filters.from) parts.push(`from=${encode(state.filters.from)}`);
  if (state.filters.to) parts.push(`to=${encode(state.filters.to)}`);
  if (state.view) parts.push(`view=${state.view}`);
  if (state.event) parts.push(`event=${encode(state.event)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
