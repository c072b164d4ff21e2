import { DataSet } from 'vis-data/esnext';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { syncItems } from './sync-items';
import { toTimelineItem, type TimelineItem } from './to-timeline-item';
import { CLUSTER_PREFIX, type ClusterItem, type FeedItem } from './window-feed';

const event = (id: string, title = id): TimelineItem =>
  toTimelineItem({
    id,
    title,
    start: '2025-05-16',
    track: 'russia-ukraine',
    kind: 'meeting',
    status: 'held',
  } as EventRecord)!;

const cluster = (index: number, count: number): ClusterItem => ({
  id: `${CLUSTER_PREFIX}russia-ukraine:${index}:${864e5}`,
  group: 'russia-ukraine',
  start: new Date(index * 864e5),
  end: new Date((index + 1) * 864e5),
  type: 'range',
  className: 'tl-cluster',
  content: '',
  count,
  cluster: true,
});

/** A DataSet that records every event vis-timeline would be told about. */
function watched(initial: FeedItem[]) {
  const set = new DataSet<FeedItem, 'id'>(initial);
  const told: string[] = [];
  const record = (kind: string) => (_event: unknown, params: unknown) =>
    told.push(`${kind}:${(params as { items: unknown[] }).items.join(',')}`);
  set.on('add', record('add'));
  set.on('update', record('update'));
  set.on('remove', record('remove'));
  return { set, told };
}

describe('syncItems', () => {
  it('leaves the DataSet holding exactly the new feed', () => {
    const { set } = watched([event('a'), event('b'), cluster(1, 5)]);
    const next = [event('b'), event('c'), cluster(2, 3)];
    syncItems(set, next);
    expect(set.getIds().map(String).sort()).toEqual(next.map((i) => i.id).sort());
  });

  it('tells vis-timeline nothing when nothing it draws has changed', () => {
    const a = event('a');
    const { set, told } = watched([a, cluster(1, 5)]);
    syncItems(set, [a, cluster(1, 5)]);
    expect(told).toEqual([]);
  });

  it('never sends an update (vis redraws each updated item on its own), only one remove and one add', () => {
    const a = event('a');
    const { set, told } = watched([a, event('b'), cluster(1, 5)]);
    // "b" is the same event in a new record (a corrected title): its drawing must be rebuilt.
    syncItems(set, [a, event('b', 'New title'), event('c'), cluster(1, 5)]);
    expect(told).toEqual(['remove:b', 'add:b,c']);
    expect(set.get('b')).toMatchObject({ event: { title: 'New title' } });
  });

  it('keeps a cluster whose count changed: only its words change, in its node', () => {
    const { set, told } = watched([cluster(1, 5)]);
    syncItems(set, [cluster(1, 9)]);
    expect(told).toEqual([]);
  });
});
