import type { DataSet } from 'vis-data/esnext';
import type { TimelineItem } from './to-timeline-item';

/**
 * Brings the DataSet to exactly `next`, touching only what changed: a bulk reset would make
 * vis-timeline lay out every item again and lose nothing but time, while updates keep the window.
 */
export function syncItems(dataset: DataSet<TimelineItem, 'id'>, next: readonly TimelineItem[]): void {
  const wanted = new Map(next.map((item) => [item.id, item]));
  const stale = dataset.getIds().filter((id) => !wanted.has(String(id)));
  if (stale.length > 0) dataset.remove(stale);
  const changed = next.filter((item) => dataset.get(item.id)?.event !== item.event);
  if (changed.length > 0) dataset.update(changed);
}
