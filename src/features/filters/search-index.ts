import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { normalise } from '../../lib/text/normalise';

/** Every searchable word of an event, normalised once so that each keystroke only scans strings. */
export function searchText(event: EventRecord, vocabulary?: DatasetFile['vocabulary']): string {
  const parts: string[] = [event.title, event.summary, event.id];
  if (event.location) parts.push(event.location.place, event.location.venue ?? '');
  for (const p of event.participants ?? []) parts.push(p.name, p.role);
  parts.push(...(event.outcomes ?? []));
  for (const s of event.sources) parts.push(s.publisher, s.title);
  parts.push(...(event.tags ?? []));
  if (vocabulary) for (const code of event.parties) parts.push(vocabulary.parties[code]?.name ?? code);
  return normalise(parts.join('\n'));
}

export type SearchIndex = Map<EventRecord, string>;

export function buildSearchIndex(
  events: readonly EventRecord[],
  vocabulary?: DatasetFile['vocabulary'],
): SearchIndex {
  return new Map(events.map((e) => [e, searchText(e, vocabulary)]));
}

/** Words of the query; an event must contain all of them. */
export function queryTerms(q: string): string[] {
  return normalise(q).split(/\s+/).filter(Boolean);
}
