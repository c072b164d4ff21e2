import { afterEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { toTimelineItem, type TimelineItem } from './to-timeline-item';
import { spanLabel } from './cluster-element';
import { isCluster, windowFeed, type ClusterItem } from './window-feed';

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

describe('windowFeed clusters', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  /** 10,000 events from 1 January 2021 to 31 December 2025 in local time, a few a day, in five lanes. */
  function fiveYears(): TimelineItem[] {
    const lanes = ['a', 'b', 'c', 'd', 'e'];
    return Array.from({ length: 10_000 }, (_, i) => {
      const day = new Date(2021, 0, 1 + Math.floor((i * 1826) / 10_000));
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      return toTimelineItem({
        id: `e${i}`,
        start: iso,
        track: lanes[i % lanes.length]!,
        kind: 'meeting',
        status: 'held',
      } as EventRecord)!;
    });
  }
  const local = (y: number, m: number, d = 1) => new Date(y, m - 1, d).getTime();

  for (const zone of ['Europe/Kyiv', 'America/New_York', 'UTC']) {
    it(`stand for whole months, quarters, half-years or years of the local calendar, never sharing a day (${zone})`, () => {
      process.env.TZ = zone;
      const all = fiveYears();
      const first = all[0]!.start.getTime();
      for (const [start, end] of [
        [local(2020, 12, 1), local(2026, 2, 1)],
        [local(2021, 1, 1), local(2023, 1, 1)],
        [local(2022, 3, 1), local(2022, 9, 1)],
      ] as const) {
        const clusters = windowFeed(all, { start, end }, null).filter(isCluster);
        expect(clusters.length).toBeGreaterThan(0);
        for (const c of clusters) {
          // Local midnight of the first of a month.
          for (const d of [c.start, c.end])
            expect([d.getDate(), d.getHours(), d.getMinutes()]).toEqual([1, 0, 0]);
          // The data begins on 1 January 2021: no cluster begins before it, in 2020.
          expect(c.start.getTime()).toBeGreaterThanOrEqual(first);
        }
        for (const lane of ['a', 'b', 'c', 'd', 'e']) {
          const spans = clusters.filter((c) => c.group === lane).sort((x, y) => +x.start - +y.start);
          for (let i = 1; i < spans.length; i++)
            expect(spans[i]!.start.getTime()).toBeGreaterThanOrEqual(spans[i - 1]!.end.getTime());
        }
      }
    });
  }

  it('are labelled with spans that do not overlap, as the issue found they did', () => {
    process.env.TZ = 'Europe/Kyiv';
    // The whole chronology at 1366 px: half-years, which read "31 Dec 2020 – 2 Jul 2021", "2 Jul 2021 – 31 Dec 2021".
    const clusters = windowFeed(fiveYears(), { start: local(2020, 7), end: local(2026, 7) }, null)
      .filter(isCluster)
      .filter((c) => c.group === 'a')
      .sort((x, y) => +x.start - +y.start);
    expect(clusters.map((c) => spanLabel(c.start, c.end)).slice(0, 4)).toEqual([
      'January–June 2021',
      'July–December 2021',
      'January–June 2022',
      'July–December 2022',
    ]);
  });

  it('count every event of the window once, whatever the zoom', () => {
    const all = fiveYears();
    for (const days of [1, 10, 40, 100, 400, 2000]) {
      const window = { start: local(2023, 6, 1), end: local(2023, 6, 1) + days * DAY };
      const feed: (TimelineItem | ClusterItem)[] = windowFeed(all, window, null);
      const width = window.end - window.start;
      const from = window.start - width / 4;
      const to = window.end + width / 4;
      const inMargin = all.filter((i) => i.start.getTime() < to && (i.end ?? i.start).getTime() >= from);
      if (!feed.some(isCluster)) continue;
      expect(feed.reduce((n, i) => n + (isCluster(i) ? i.count : 1), 0)).toBe(inMargin.length);
    }
  });
});
