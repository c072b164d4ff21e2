import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { toTimelineItem, type TimelineItem } from './to-timeline-item';
import { isCluster, windowFeed } from './window-feed';

const DAY = 864e5;
function items(n: number, lanes = ['a', 'b']): TimelineItem[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + i * DAY).toISOString().slice(0, 10);
    return toTimelineItem({
      id: `e${i}`,
      start: day,
      track: lanes[i % lanes.length]!,
      kind: 'meeting',
      status: 'held',
    } as EventRecord)!;
  });
}
const win = (start: string, days: number) => ({
  start: Date.parse(start),
  end: Date.parse(start) + days * DAY,
});

describe('windowFeed', () => {
  it('passes a small dataset through untouched', () => {
    const all = items(100);
    expect(windowFeed(all, win('2024-02-01', 10), null)).toEqual(all);
  });

  it('draws every event of a small dataset one by one, however many fall in the window', () => {
    // 250 events a day apart in one narrow window: a large dataset would cluster them.
    const all = items(250);
    const window = win('2024-01-01', 250);
    expect(windowFeed(all, window, null, { datasetSize: 250 })).toEqual(all);
    // The same events, left by a filter of a dataset of 1,000, are clustered as before.
    expect(windowFeed(all, window, null, { datasetSize: 1000 }).some(isCluster)).toBe(true);
  });

  it('keeps only the items in and near the window when they are few enough', () => {
    const feed = windowFeed(items(2000), win('2024-03-01', 20), null);
    expect(feed.length).toBeGreaterThan(40);
    expect(feed.length).toBeLessThanOrEqual(62);
    expect(feed.some(isCluster)).toBe(false);
    for (const item of feed) expect(item.start.getTime()).toBeGreaterThanOrEqual(Date.parse('2024-02-10'));
  });

  it('clusters by lane and bucket when too many are near, counting every event once', () => {
    const all = items(3000);
    const window = win('2024-01-01', 3000);
    const feed = windowFeed(all, window, null);
    expect(feed.length).toBeLessThanOrEqual(150 + 10);
    expect(feed.some(isCluster)).toBe(true);
    // Every event in the window is counted once (the window here covers them all).
    const counted = feed.reduce((n, i) => n + (isCluster(i) ? i.count : 1), 0);
    expect(counted).toBe(all.length);
    for (const c of feed.filter(isCluster)) expect(['a', 'b']).toContain(c.group);
  });

  it('always holds the selected item on its own, even far from the window or inside a cluster', () => {
    const all = items(3000);
    const far = windowFeed(all, win('2024-01-01', 10), 'e2999');
    expect(far.find((i) => i.id === 'e2999')).toBeDefined();
    const clustered = windowFeed(all, win('2024-01-01', 3000), 'e1500');
    expect(clustered.filter((i) => i.id === 'e1500')).toHaveLength(1);
    expect(clustered.reduce((n, i) => n + (isCluster(i) ? i.count : 1), 0)).toBe(3000);
  });
});
