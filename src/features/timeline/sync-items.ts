import type { DataSet } from 'vis-data/esnext';
import { isCluster, type FeedItem } from './window-feed';

// What identifies an item's look: the event record it draws, or a cluster's count.
const signature = (item: FeedItem): unknown => (isCluster(item) ? item.count : item.event);

/**
 * Brings the DataSet to exactly `next`, touching only what changed: vis-timeline lays out every item
 * it is given, so a bulk reset costs far more than a small update, and updates keep the window.
 */
export function syncItems(dataset: DataSet<FeedItem, 'id'>, next: readonly FeedItem[]): void {
  const wanted = new Map(next.map((item) => [item.id, item]));
  const stale = dataset.getIds().filter((id) => !wanted.has(String(id)));
  if (stale.length > 0) dataset.remove(stale);
  const changed = next.filter((item) => {
    const current = dataset.get(item.id);
    return !current || signature(current) !== signature(item);
  });
  if (changed.length > 0) dataset.update(changed);
}
