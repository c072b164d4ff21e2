import type { EventRecord } from '../../lib/data/dataset';
import { firstDay, lastDay, parsePartialDate } from '../../lib/dates/partial-date';
import { EMPTY_FILTERS, type Filters, type ListFilterKey } from './filters';
import {
  buildFacetIndex,
  chosenMask,
  eventValues,
  hasAllChosen,
  hasChosen,
  LIST_KEYS,
  type FacetColumn,
  type FacetIndex,
} from './facet-index';
import {
  hasDigit,
  hasWordStarting,
  numberText,
  queryTerms,
  searchText,
  type SearchIndex,
} from './search-index';
import { threadIds } from './thread';

const dayNumber = ([y, m, d]: [number, number, number]) => y * 10000 + m * 100 + d;

/** The calendar days an event covers, at its own precision: "2025-10" covers all of October. */
function eventSpan(e: EventRecord): [number, number] | null {
  const start = parsePartialDate(e.start);
  if (!start) return null;
  const end = (e.end && parsePartialDate(e.end)) || start;
  return [dayNumber(firstDay(start)), dayNumber(lastDay(end))];
}

/** Whether an event needs every chosen value of the facet, not one of them. */
const requiresAll = (filters: Filters, key: ListFilterKey) =>
  key === 'parties' && filters.partyMode === 'all';

/** One facet's choices as the facet index checks them: `needed` > 0 asks for that many of them at once. */
interface FacetCheck {
  column: FacetColumn;
  mask: Uint8Array;
  needed: number;
}

/** The check of a facet's choices, or null when the facet is not restricted. */
function facetCheck(facets: FacetIndex, filters: Filters, key: ListFilterKey): FacetCheck | null {
  const column = facets[key];
  const mask = chosenMask(column, filters[key]);
  if (!mask) return null;
  return { column, mask, needed: requiresAll(filters, key) ? new Set(filters[key]).size : 0 };
}

const passes = ({ column, mask, needed }: FacetCheck, i: number) =>
  needed > 0 ? hasAllChosen(column, mask, needed, i) : hasChosen(column, mask, i);

/**
 * A predicate for the filters, with the work that does not depend on the event done once. A thread
 * is kept to the events of `thread` (threadIds of the dataset), or to none without it.
 */
export function compileFilters(
  filters: Filters,
  index?: SearchIndex,
  except?: ListFilterKey,
  thread?: ReadonlySet<string>,
): (e: EventRecord) => boolean {
  const inThread = filters.thread === null ? null : (thread ?? new Set<string>());
  const terms = queryTerms(filters.q);
  const digits = terms.map(hasDigit);
  const numeric = digits.includes(true);
  const lists = LIST_KEYS.filter((k) => k !== except && filters[k].length > 0).map(
    (k) => [k, new Set(filters[k]), requiresAll(filters, k)] as const,
  );
  const from = filters.from ? parsePartialDate(filters.from) : null;
  const to = filters.to ? parsePartialDate(filters.to) : null;
  const fromDay = from ? dayNumber(firstDay(from)) : -Infinity;
  const toDay = to ? dayNumber(lastDay(to)) : Infinity;
  return (e) => {
    if (inThread && !inThread.has(e.id)) return false;
    for (const [key, wanted, all] of lists) {
      // Within one facet the choices are alternatives ("summit or meeting"), unless the reader asked
      // for events with all the chosen parties; across facets all must hold.
      const values = eventValues(e, key);
      if (all) {
        for (const v of wanted) if (!values.includes(v)) return false;
      } else if (!values.some((v) => wanted.has(v))) return false;
    }
    if (from || to) {
      const span = eventSpan(e);
      if (!span || span[1] < fromDay || span[0] > toDay) return false;
    }
    if (terms.length > 0) {
      const text = index?.get(e) ?? searchText(e);
      const numbers = numeric ? numberText(e, text) : text;
      for (let i = 0; i < terms.length; i++)
        if (!hasWordStarting(digits[i] ? numbers : text, terms[i]!)) return false;
    }
    return true;
  };
}

/** The dataset's events in the thread the filters name, if they name one. */
const threadOfFilters = (events: readonly EventRecord[], filters: Pick<Filters, 'thread'>) =>
  filters.thread === null ? undefined : threadIds(events, filters.thread);

/**
 * Which events the search text, the dates and the thread keep (the filters that are not checkboxes),
 * or null when none is set. Scanning the text is the costly part of filtering, so the app works this
 * out once per change of those filters and shares it between the shown events and the facet counts:
 * ticking a checkbox then never reads the text at all.
 */
export function matchTextAndDates(
  events: readonly EventRecord[],
  filters: Pick<Filters, 'q' | 'from' | 'to' | 'thread'>,
  index?: SearchIndex,
): Uint8Array | null {
  const { q, from, to, thread } = filters;
  if (q.trim() === '' && from === null && to === null && thread === null) return null;
  const keep = compileFilters(
    { ...EMPTY_FILTERS, q, from, to, thread },
    index,
    undefined,
    threadOfFilters(events, filters),
  );
  const matches = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) matches[i] = keep(events[i]!) ? 1 : 0;
  return matches;
}

/**
 * The events the filters keep. With the dataset's facet index the checkboxes are integer lookups,
 * and `textAndDates` (from matchTextAndDates, for the same filters) saves scanning the text again.
 */
export function filterEvents(
  events: readonly EventRecord[],
  filters: Filters,
  index?: SearchIndex,
  facets?: FacetIndex,
  textAndDates: Uint8Array | null = matchTextAndDates(events, filters, index),
): readonly EventRecord[] {
  if (!facets)
    return events.filter(compileFilters(filters, index, undefined, threadOfFilters(events, filters)));
  const checks = LIST_KEYS.flatMap((k) => facetCheck(facets, filters, k) ?? []);
  // No filter: the same array, so that views can keep what they worked out for every event.
  if (!textAndDates && checks.length === 0) return events;
  const out: EventRecord[] = [];
  for (let i = 0; i < events.length; i++) {
    if (textAndDates && !textAndDates[i]) continue;
    if (!checks.every((check) => passes(check, i))) continue;
    out.push(events[i]!);
  }
  return out;
}

/**
 * How many events each choice of a facet would give with every other filter kept: the number shown
 * beside each checkbox. With "all of the chosen parties" a party's number is what ticking it would
 * show: the events of every filter, the chosen parties included, that involve it too (a chosen
 * party's is what the page shows). The app uses allFacetCounts (one pass for every facet); this plain
 * version is the reference its property test checks against.
 */
export function facetCounts(
  events: readonly EventRecord[],
  filters: Filters,
  key: ListFilterKey,
  index?: SearchIndex,
): Map<string, number> {
  const keep = compileFilters(
    filters,
    index,
    requiresAll(filters, key) ? undefined : key,
    threadOfFilters(events, filters),
  );
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!keep(e)) continue;
    for (const v of new Set(eventValues(e, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** The number beside each choice of every facet (see facetCounts). */
export type AllFacetCounts = Record<ListFilterKey, Map<string, number>> & {
  /**
   * Each party's number as "any of the chosen parties" gives it, whichever mode is chosen: it does not
   * change as parties are ticked, so the Party menu, ordered by it, keeps its choices in place under
   * the reader's pointer and focus.
   */
  partiesBeside: Map<string, number>;
};

/**
 * The counts of every facet in one pass over the events: the same numbers as facetCounts for each
 * key, at the cost of a single filtering, since typing recomputes them on every keystroke. With the
 * dataset's facet index the pass touches only small integer arrays (and the search text, if any).
 */
export function allFacetCounts(
  events: readonly EventRecord[],
  filters: Filters,
  index?: SearchIndex,
  facets: FacetIndex = buildFacetIndex(events),
  textAndDates: Uint8Array | null = matchTextAndDates(events, filters, index),
): AllFacetCounts {
  const columns = LIST_KEYS.map((k) => facets[k]);
  const checks = LIST_KEYS.map((k) => facetCheck(facets, filters, k));
  const tallies = columns.map((c) => new Uint32Array(c.values.length));
  const P = LIST_KEYS.indexOf('parties');
  // With "all of them" the parties' own numbers need the parties' check to hold; the numbers beside
  // the other filters alone are then a tally of their own.
  const beside = checks[P]?.needed ? new Uint32Array(columns[P]!.values.length) : tallies[P]!;
  const tally = (counts: Uint32Array, k: number, i: number) => {
    const { offsets, ids } = columns[k]!;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) counts[ids[j]!]!++;
  };
  for (let i = 0; i < events.length; i++) {
    if (textAndDates && !textAndDates[i]) continue;
    let failed = -1;
    let failures = 0;
    for (let k = 0; k < checks.length && failures < 2; k++) {
      const check = checks[k];
      if (check && !passes(check, i)) {
        failed = k;
        failures++;
      }
    }
    // A choice's count needs every other facet to hold; its own may fail (but for "all of the
    // chosen parties", whose numbers are in `tallies` only when it holds).
    if (failures > 1) continue;
    if (failures === 0) {
      for (let k = 0; k < columns.length; k++) tally(tallies[k]!, k, i);
      if (beside !== tallies[P]) tally(beside, P, i);
    } else tally(failed === P ? beside : tallies[failed]!, failed, i);
  }
  const toMap = (counts: Uint32Array, k: number) => {
    const map = new Map<string, number>();
    counts.forEach((n, id) => n > 0 && map.set(columns[k]!.values[id]!, n));
    return map;
  };
  return {
    ...(Object.fromEntries(LIST_KEYS.map((key, k) => [key, toMap(tallies[k]!, k)])) as Record<
      ListFilterKey,
      Map<string, number>
    >),
    partiesBeside: toMap(beside, P),
  };
}
