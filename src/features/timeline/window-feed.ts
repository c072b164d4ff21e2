import { isSmallDataset } from '../../lib/data/small-dataset';
import { bucketAt, bucketBoundaries, bucketIndex, bucketUnitFor } from './calendar-buckets';
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

  // Clusters stand for days, weeks, months, quarters, half-years or years of the calendar, in local
  // time: they line up with the axis, and neighbours never share a day.
  const unit = bucketUnitFor(width / buckets);
  // Clustered, the margin shrinks to a quarter window: clusters are cheap to redraw after a pan.
  const clusterFrom = window.start - width / 4;
  const clusterTo = window.end + width / 4;
  const bounds = bucketBoundaries(unit, clusterFrom, clusterTo);
  // Per lane, the items of each bucket by its index; an item that began before the first bucket (a long
  // one, still under way in the window) by its own bucket's start.
  const lanes = new Map<string, { cells: TimelineItem[][]; earlier: Map<number, TimelineItem[]> }>();
  for (const item of near) {
    const start = item.start.getTime();
    if (start >= clusterTo || (item.end ?? item.start).getTime() < clusterFrom) continue;
    if (item === selected) continue;
    let lane = lanes.get(item.group);
    if (!lane) lanes.set(item.group, (lane = { cells: [], earlier: new Map() }));
    const index = bucketIndex(bounds, start);
    let cell: TimelineItem[] | undefined;
    if (index !== -1) cell = lane.cells[index] ??= [];
    else {
      const from = bucketAt(unit, start).start;
      cell = lane.earlier.get(from);
      if (!cell) lane.earlier.set(from, (cell = []));
    }
    cell.push(item);
  }
  const feed: FeedItem[] = selected ? [selected] : [];
  const add = (group: string, cell: TimelineItem[], start: number, end: number) => {
    if (cell.length === 1) {
      feed.push(cell[0]!);
      return;
    }
    feed.push({
      // The lane and the bucket: an id names one span, which its node and its label keep.
      id: `${CLUSTER_PREFIX}${group}:${start}:${unit}`,
      group,
      start: new Date(start),
      end: new Date(end),
      type: 'range',
      className: 'tl-cluster',
      content: '',
      count: cell.length,
      cluster: true,
    });
  };
  for (const [group, { cells, earlier }] of lanes) {
    for (const [start, cell] of earlier) add(group, cell, start, bucketAt(unit, start).end);
    cells.forEach((cell, i) => add(group, cell, bounds[i]!, bounds[i + 1]!));
  }
  return feed;
}
