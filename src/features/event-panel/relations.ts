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

/**
 * Every event linked to this one, by its own links and by links that point at it, once each. Where two
 * events are linked both ways, the specific link is the one shown: "See also" from one end says less
 * than "Cancelled" from the other. Between two specific links, this event's own wins.
 */
export function relatedEntries(
  event: EventRecord,
  all: ReadonlyMap<string, EventRecord>,
  backlinks: ReadonlyMap<string, { from: string; relation: string }[]>,
): RelatedEntry[] {
  const candidates = [
    ...(event.related ?? []).map((link) => ({ id: link.id, relation: link.relation, labels: FORWARD })),
    ...(backlinks.get(event.id) ?? []).map((back) => ({
      id: back.from,
      relation: back.relation,
      labels: BACKWARD,
    })),
  ];
  const vague = (relation: string) => (relation === 'see-also' ? 1 : 0);
  // A stable sort: own links before backlinks within each rank.
  candidates.sort((a, b) => vague(a.relation) - vague(b.relation));
  const entries: RelatedEntry[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const other = all.get(c.id);
    if (!other || seen.has(other.id)) continue;
    seen.add(other.id);
    // Own members only: "__proto__" as a relation found Object's prototype, and React cannot show that.
    entries.push({
      label: Object.hasOwn(c.labels, c.relation) ? c.labels[c.relation]! : c.relation,
      event: other,
    });
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
