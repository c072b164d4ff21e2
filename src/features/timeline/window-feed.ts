import { isSmallDataset } from '../../lib/data/small-dataset';
import type { TimelineItem } from './to-timeline-item';

export interface ClusterItem {
  id: string;
  group: string;
  start: Date;
  end: Date;
  type: 'range';
  className: string;
  content: string;
  /** How many events the cluster stands for. */
  count: number;
  cluster: true;
}

export type FeedItem = TimelineItem | ClusterItem;

export const CLUSTER_PREFIX = 'cluster:';

export function isCluster(item: FeedItem | undefined): item is ClusterItem {
  return item !== undefined && 'cluster' in item;
}

const DAY = 864e5;
// Bucket widths from a day to a year: clusters line up with the axis at every zoom.
const BUCKETS = [1, 2, 7, 14, 30.4375, 91.3125, 182.625, 365.25].map((d) => d * DAY);

export interface FeedOptions {
  /** Above this many items in and near the window, lanes are drawn as clusters. */
  maxItems: number;
  /** How many buckets about span the window when clustering. */
  buckets: number;
  /** How many events the whole dataset has, filters aside: a small one is never clustered. */
  datasetSize: number;
}

// 150: a dense window costs vis-timeline no more than a short layout per change. A small dataset, the
// real one among them, is drawn whole at every zoom whatever this says (see small-dataset.ts).
export const FEED_MAX_ITEMS = 150;

const DEFAULTS: FeedOptions = { maxItems: FEED_MAX_ITEMS, buckets: 20, datasetSize: Infinity };

/**
 * What the timeline's DataSet should hold for a window: every item in and near it (one window width
 * either side, so that panning shows items at once) when they are few enough for vis-timeline to lay
 * out quickly, else one cluster per lane and bucket ("37 events") and single items where a bucket
 * holds just one. The selected item is always there, on its own. vis-timeline lays out each item it
 * holds, so this keeps its work in step with the screen, not with the size of the dataset.
 */
export function windowFeed(
  items: readonly TimelineItem[],
  window: { start: number; end: number } | null,
  selectedId: string | null,
  options: Partial<FeedOptions> = {},
): FeedItem[] {
  const { maxItems, buckets, datasetSize } = { ...DEFAULTS, ...options };
  if (items.length <= maxItems || isSmallDataset(datasetSize)) return [...items];
  // Until the window is known, hold nothing rather than everything.
  if (!window) return selectedId ? items.filter((i) => i.id === selectedId) : [];
  const width = Math.max(window.end - window.start, DAY);
  const from = window.start - width;
  const to = window.end + width;
  const near = items.filter((i) => i.start.getTime() < to && (i.end ?? i.start).getTime() >= from);
  const selected = selectedId ? items.find((i) => i.id === selectedId) : undefined;
  if (near.length <= maxItems) return selected && !near.includes(selected) ? [...near, selected] : near;

  const bucket = BUCKETS.find((b) => b >= width / buckets) ?? BUCKETS.at(-1)!;
  // Clustered, the margin shrinks to a quarter window: clusters are cheap to redraw after a pan.
  const clusterFrom = window.start - width / 4;
  const clusterTo = window.end + width / 4;
  const cells = new Map<string, TimelineItem[]>();
  for (const item of near) {
    if (item.start.getTime() >= clusterTo || (item.end ?? item.start).getTime() < clusterFrom) continue;
    if (item === selected) continue;
    const key = `${item.group}\u0000${Math.floor(item.start.getTime() / bucket)}`;
    const cell = cells.get(key);
    if (cell) cell.push(item);
    else cells.set(key, [item]);
  }
  const feed: FeedItem[] = selected ? [selected] : [];
  for (const [key, cell] of cells) {
    if (cell.length === 1) {
      feed.push(cell[0]!);
      continue;
    }
    const index = Number(key.slice(key.indexOf('\u0000') + 1));
    const group = cell[0]!.group;
    feed.push({
      id: `${CLUSTER_PREFIX}${group}:${index}:${bucket}`,
      group,
      start: new Date(index * bucket),
      end: new Date((index + 1) * bucket),
      type: 'range',
      className: 'tl-cluster',
      content: '',
      count: cell.length,
      cluster: true,
    });
  }
  return feed;
}
