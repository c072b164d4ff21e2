import type { EventRecord } from '../../lib/data/dataset';
import { firstDay, lastDay, parsePartialDate } from '../../lib/dates/partial-date';
import type { Filters, ListFilterKey } from './filters';
import { queryTerms, searchText, type SearchIndex } from './search-index';

const dayNumber = ([y, m, d]: [number, number, number]) => y * 10000 + m * 100 + d;

/** The calendar days an event covers, at its own precision: "2025-10" covers all of October. */
function eventSpan(e: EventRecord): [number, number] | null {
  const start = parsePartialDate(e.start);
  if (!start) return null;
  const end = (e.end && parsePartialDate(e.end)) || start;
  return [dayNumber(firstDay(start)), dayNumber(lastDay(end))];
}

function values(e: EventRecord, key: ListFilterKey): readonly string[] {
  switch (key) {
    case 'kinds':
      return [e.kind];
    case 'statuses':
      return [e.status];
    case 'tracks':
      return [e.track];
    case 'parties':
      return e.parties;
    case 'tags':
      return e.tags ?? [];
  }
}

const LIST_KEYS: ListFilterKey[] = ['kinds', 'statuses', 'tracks', 'parties', 'tags'];

/** A predicate for the filters, with the work that does not depend on the event done once. */
export function compileFilters(
  filters: Filters,
  index?: SearchIndex,
  except?: ListFilterKey,
): (e: EventRecord) => boolean {
  const terms = queryTerms(filters.q);
  const lists = LIST_KEYS.filter((k) => k !== except && filters[k].length > 0).map(
    (k) => [k, new Set(filters[k])] as const,
  );
  const from = filters.from ? parsePartialDate(filters.from) : null;
  const to = filters.to ? parsePartialDate(filters.to) : null;
  const fromDay = from ? dayNumber(firstDay(from)) : -Infinity;
  const toDay = to ? dayNumber(lastDay(to)) : Infinity;
  return (e) => {
    for (const [key, wanted] of lists) {
      // Within one facet the choices are alternatives ("summit or meeting"); across facets all must hold.
      if (!values(e, key).some((v) => wanted.has(v))) return false;
    }
    if (from || to) {
      const span = eventSpan(e);
      if (!span || span[1] < fromDay || span[0] > toDay) return false;
    }
    if (terms.length > 0) {
      const text = index?.get(e) ?? searchText(e);
      for (const term of terms) if (!text.includes(term)) return false;
    }
    return true;
  };
}

export function filterEvents(
  events: readonly EventRecord[],
  filters: Filters,
  index?: SearchIndex,
): EventRecord[] {
  return events.filter(compileFilters(filters, index));
}

/**
 * How many events each choice of a facet would give with every other filter kept: the number shown
 * beside each checkbox. The app uses allFacetCounts (one pass for every facet); this plain version is
 * the reference its property test checks against.
 */
export function facetCounts(
  events: readonly EventRecord[],
  filters: Filters,
  key: ListFilterKey,
  index?: SearchIndex,
): Map<string, number> {
  const keep = compileFilters(filters, index, key);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!keep(e)) continue;
    for (const v of new Set(values(e, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/**
 * The counts of every facet in one pass over the events: the same numbers as facetCounts for each
 * key, at the cost of a single filtering, since typing recomputes them on every keystroke.
 */
export function allFacetCounts(
  events: readonly EventRecord[],
  filters: Filters,
  index?: SearchIndex,
): Record<ListFilterKey, Map<string, number>> {
  const sets = LIST_KEYS.map((k) => (filters[k].length > 0 ? new Set(filters[k]) : null));
  const rest = compileFilters(
    { ...filters, kinds: [], statuses: [], tracks: [], parties: [], tags: [] },
    index,
  );
  const counts = LIST_KEYS.map(() => new Map<string, number>());
  const pass: boolean[] = LIST_KEYS.map(() => true);
  for (const e of events) {
    if (!rest(e)) continue;
    let failures = 0;
    for (let i = 0; i < LIST_KEYS.length; i++) {
      const wanted = sets[i];
      pass[i] = !wanted || values(e, LIST_KEYS[i]!).some((v) => wanted.has(v));
      if (!pass[i]) failures++;
    }
    // A choice's count needs every other facet to hold; its own may fail.
    if (failures > 1) continue;
    for (let i = 0; i < LIST_KEYS.length; i++) {
      if (failures === 1 && pass[i]) continue;
      const map = counts[i]!;
      for (const v of new Set(values(e, LIST_KEYS[i]!))) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  return Object.fromEntries(LIST_KEYS.map((k, i) => [k, counts[i]!])) as Record<
    ListFilterKey,
    Map<string, number>
  >;
}
