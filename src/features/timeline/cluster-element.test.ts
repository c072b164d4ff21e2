import { expect, it } from 'vitest';
import { clusterLabel } from './cluster-element';
import type { ClusterItem } from './window-feed';

it('names a cluster by its count, lane and the days it spans, in local time', () => {
  const cluster: ClusterItem = {
    id: 'cluster:us-russia:1:test',
    group: 'us-russia',
    start: new Date(2025, 8, 1),
    end: new Date(2025, 9, 1),
    type: 'range',
    className: 'tl-cluster',
    content: '',
    count: 12,
    cluster: true,
  };
  expect(clusterLabel(cluster, 'US–Russia')).toBe('12 events in US–Russia, 1 Sep 2025 – 30 Sep 2025');
  expect(clusterLabel({ ...cluster, id: 'cluster:one', count: 1 }, 'US–Russia')).toBe(
    '1 event in US–Russia, 1 Sep 2025 – 30 Sep 2025',
  );
});
