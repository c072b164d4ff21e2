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
