import type { DataSet } from 'vis-data/esnext';
import { isCluster, type FeedItem } from './window-feed';

// What vis-timeline draws from: the event record, or for a cluster its id alone (lane and span).
// A cluster's count is written into its node directly, so a new count needs no redraw.
const signature = (item: FeedItem): unknown => (isCluster(item) ? item.id : item.event);

/**
 * Brings the DataSet to exactly `next`, touching only what changed: vis-timeline lays out every item
 * it is given, so a bulk reset costs far more than a small update, and updates keep the window.
 *
 * An item whose look changed is removed and added again rather than updated: vis-timeline redraws
 * and measures an updated item on the spot, one forced layout each, while added items are drawn
 * together in the next redraw (see batch-redraws.ts).
 */
export function syncItems(dataset: DataSet<FeedItem, 'id'>, next: readonly FeedItem[]): void {
  const wanted = new Map(next.map((item) => [item.id, item]));
  const stale = dataset.getIds().filter((id) => !wanted.has(String(id)));
  const added: FeedItem[] = [];
  for (const item of next) {
    const current = dataset.get(item.id);
    if (current && signature(current) === signature(item)) continue;
    if (current) stale.push(item.id);
    added.push(item);
  }
  if (stale.length > 0) dataset.remove(stale);
  if (added.length > 0) dataset.add(added);
}
