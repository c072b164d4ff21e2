import type { EventRecord } from '../../src/lib/data/dataset';

// Expected results computed here, independently of the app's own filter code.
const lastDayOf = (value: string) => {
  if (value.length === 10) return value;
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return `${value}-12-31`;
};
const firstDayOf = (value: string) =>
  value.length === 10 ? value : value.length === 7 ? `${value}-01` : `${value}-01-01`;

/** Events whose days overlap [from, to], both given as dataset dates. */
export function overlapping(events: EventRecord[], from: string, to: string): EventRecord[] {
  return events.filter(
    (e) => firstDayOf(e.start) <= lastDayOf(to) && lastDayOf(e.end ?? e.start) >= firstDayOf(from),
  );
}

/** Lower case without accents, for checking the search. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The words a search looks in, lower case without accents: what a reader sees of an event and of its
 * sources (party names aside), not addresses or the ids of related events: a search for "burgenstock"
 * is not meant to find every event that links to the Bürgenstock summit.
 */
export const searchedWords = (e: EventRecord) =>
  fold(
    [
      e.title,
      e.summary,
      e.id,
      e.location?.place,
      e.location?.venue,
      ...(e.participants ?? []).flatMap((p) => [p.name, p.role]),
      ...(e.outcomes ?? []),
      ...e.sources.flatMap((s) => [s.publisher, s.title]),
      ...(e.tags ?? []),
    ].join('\n'),
  );
