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

/** Threads kept per dataset: the filter's, the open event's and a few more, each walked once. */
const KEPT = 8;

/** The graph of each dataset, and the threads asked for lately: a filter change reads them without a walk. */
const cache = new WeakMap<
  readonly EventRecord[],
  { graph: ThreadGraph; threads: Map<string, ReadonlySet<string>> }
>();

/** threadOf for the dataset's events, worked out once per (dataset, id) while it is among the last asked for. */
export function threadIds(events: readonly EventRecord[], id: string): ReadonlySet<string> {
  let entry = cache.get(events);
  if (!entry) {
    entry = { graph: buildThreadGraph(events), threads: new Map() };
    cache.set(events, entry);
  }
  let thread = entry.threads.get(id);
  if (thread) entry.threads.delete(id);
  else thread = threadOf(entry.graph, id);
  // Last asked for, last in the map's order: the first is the one asked for longest ago.
  entry.threads.set(id, thread);
  if (entry.threads.size > KEPT) entry.threads.delete(entry.threads.keys().next().value!);
  return thread;
}
