import type { EventRecord } from '../../lib/data/dataset';

/**
 * "See also" is a loose pointer between events on different matters: followed like the others, it
 * would join most of the dataset into one thread.
 */
const LOOSE = 'see-also';

/** Each event's neighbours by a specific link, read both ways; links to ids no event has are left out. */
export type ThreadGraph = ReadonlyMap<string, readonly string[]>;

export function buildThreadGraph(events: readonly EventRecord[]): ThreadGraph {
  const graph = new Map<string, string[]>(events.map((e) => [e.id, []]));
  for (const e of events)
    for (const link of e.related ?? []) {
      if (link.relation === LOOSE || link.id === e.id) continue;
      const there = graph.get(link.id);
      if (!there) continue;
      graph.get(e.id)!.push(link.id);
      there.push(e.id);
    }
  return graph;
}

/**
 * The ids of the events connected to `id` through specific links, in both directions and at any
 * distance, `id` among them; empty when no event has that id.
 */
export function threadOf(graph: ThreadGraph, id: string): ReadonlySet<string> {
  if (!graph.has(id)) return new Set();
  const seen = new Set([id]);
  const queue = [id];
  // A queue read by index: shift() is linear, and a long thread would make the walk quadratic.
  for (let head = 0; head < queue.length; head++)
    for (const next of graph.get(queue[head]!)!)
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  return seen;
}

/** The graph of each dataset, and the thread asked for last: a filter change reads it without a walk. */
const cache = new WeakMap<
  readonly EventRecord[],
  { graph: ThreadGraph; id?: string; thread?: ReadonlySet<string> }
>();

/** threadOf for the dataset's events, worked out once per (dataset, id). */
export function threadIds(events: readonly EventRecord[], id: string): ReadonlySet<string> {
  let entry = cache.get(events);
  if (!entry) {
    entry = { graph: buildThreadGraph(events) };
    cache.set(events, entry);
  }
  if (entry.id !== id || !entry.thread) {
    entry.thread = threadOf(entry.graph, id);
    entry.id = id;
  }
  return entry.thread;
}
