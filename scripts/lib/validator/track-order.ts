import { error, escapePointerSegment, quote, type Problem } from './problem.ts';

/**
 * Two tracks with one "order": the timeline sorts its lanes by it, and leaves two lanes of one order in
 * whichever order its sort gives them. Each track after the first of an order is named, with the first.
 */
export function sharedTrackOrders(file: string, vocabulary: unknown): Problem[] {
  const tracks = (vocabulary as { tracks?: unknown } | null)?.tracks;
  if (tracks === null || typeof tracks !== 'object') return [];
  const entries = Object.entries(tracks).flatMap(([key, track]): [string, number][] => {
    const order = (track as { order?: unknown } | null)?.order;
    return typeof order === 'number' && Number.isFinite(order) ? [[key, order]] : [];
  });
  const free = Math.max(...entries.map(([, order]) => order)) + 1;
  const first = new Map<number, string>();
  const problems: Problem[] = [];
  for (const [key, order] of entries) {
    const other = first.get(order);
    if (other === undefined) {
      first.set(order, key);
      continue;
    }
    problems.push(
      error(
        file,
        `/tracks/${escapePointerSegment(key)}/order`,
        `is ${order}, as is the order of the track ${quote(other)}: the timeline would put their two lanes in either order; give each track an order of its own, e.g. ${free} to put ${quote(key)} last`,
      ),
    );
  }
  return problems;
}
