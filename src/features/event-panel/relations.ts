import type { EventRecord } from '../../lib/data/dataset';
import { compareKeys } from '../../lib/text/compare-text';

const FORWARD: Record<string, string> = {
  follows: 'Follows',
  'part-of': 'Part of',
  'led-to': 'Led to',
  'result-of': 'Came out of',
  'announced-by': 'Announced by',
  'cancelled-by': 'Cancelled by',
  'responds-to': 'Responds to',
  'see-also': 'See also',
};

// The same link read from the other end, so a thread can be followed both ways.
const BACKWARD: Record<string, string> = {
  follows: 'Followed by',
  'part-of': 'Includes',
  'led-to': 'Came out of',
  'result-of': 'Led to',
  'announced-by': 'Announced',
  'cancelled-by': 'Cancelled',
  'responds-to': 'Answered by',
  'see-also': 'See also',
};

export interface RelatedEntry {
  label: string;
  event: EventRecord;
}

/** Every event linked to this one, by its own links and by links that point at it, once each. */
export function relatedEntries(
  event: EventRecord,
  all: ReadonlyMap<string, EventRecord>,
  backlinks: ReadonlyMap<string, { from: string; relation: string }[]>,
): RelatedEntry[] {
  const entries: RelatedEntry[] = [];
  const seen = new Set<string>();
  for (const link of event.related ?? []) {
    const target = all.get(link.id);
    if (!target || seen.has(target.id)) continue;
    seen.add(target.id);
    entries.push({ label: FORWARD[link.relation] ?? link.relation, event: target });
  }
  for (const back of backlinks.get(event.id) ?? []) {
    const source = all.get(back.from);
    if (!source || seen.has(source.id)) continue;
    seen.add(source.id);
    entries.push({ label: BACKWARD[back.relation] ?? back.relation, event: source });
  }
  return entries.sort((a, b) => compareKeys(a.event.start, b.event.start));
}

export function buildBacklinks(
  events: readonly EventRecord[],
): Map<string, { from: string; relation: string }[]> {
  const map = new Map<string, { from: string; relation: string }[]>();
  for (const e of events) {
    for (const link of e.related ?? [])
      map.set(link.id, [...(map.get(link.id) ?? []), { from: e.id, relation: link.relation }]);
  }
  return map;
}
