import { describe, expect, it } from 'vitest';
import { clusterLabel, clusterLabelParts, spanLabel } from './cluster-element';
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
  expect(clusterLabel(cluster, 'US–Russia')).toBe('12 events in US–Russia, September 2025');
  expect(clusterLabel({ ...cluster, id: 'cluster:one', count: 1 }, 'US–Russia')).toBe(
    '1 event in US–Russia, September 2025',
  );
  expect(clusterLabel({ ...cluster, id: 'cluster:many', count: 1234 }, 'US–Russia')).toBe(
    '1,234 events in US–Russia, September 2025',
  );
  // The lane's name is the dataset's text: the tooltip isolates it from the words around it.
  expect(clusterLabelParts(cluster, 'ארה״ב–רוסיה')).toEqual([
    '12 events in ',
    'ארה״ב–רוסיה',
    ', September 2025',
  ]);
});

describe('spanLabel', () => {
  const at = (y: number, m: number, d = 1) => new Date(y, m - 1, d);

  it('names whole years, half-years, quarters and months as the calendar does', () => {
    expect(spanLabel(at(2021, 1), at(2022, 1))).toBe('2021');
    expect(spanLabel(at(2021, 1), at(2021, 7))).toBe('January–June 2021');
    expect(spanLabel(at(2021, 7), at(2022, 1))).toBe('July–December 2021');
    expect(spanLabel(at(2025, 4), at(2025, 7))).toBe('April–June 2025');
    expect(spanLabel(at(2025, 3), at(2025, 4))).toBe('March 2025');
    expect(spanLabel(at(2024, 11), at(2025, 2))).toBe('November 2024 – January 2025');
    expect(spanLabel(at(2020, 1), at(2022, 1))).toBe('2020–2021');
  });

  it('names weeks and days by their days, the last one included', () => {
    expect(spanLabel(at(2025, 3, 3), at(2025, 3, 10))).toBe('3–9 Mar 2025');
    expect(spanLabel(at(2025, 2, 24), at(2025, 3, 3))).toBe('24 Feb – 2 Mar 2025');
    expect(spanLabel(at(2024, 12, 30), at(2025, 1, 6))).toBe('30 Dec 2024 – 5 Jan 2025');
    expect(spanLabel(at(2025, 10, 16), at(2025, 10, 17))).toBe('16 Oct 2025');
  });

  it('never gives two neighbouring spans a day in common', () => {
    const weeks = [at(2025, 3, 24), at(2025, 3, 31), at(2025, 4, 7)];
    expect(spanLabel(weeks[0]!, weeks[1]!)).toBe('24–30 Mar 2025');
    expect(spanLabel(weeks[1]!, weeks[2]!)).toBe('31 Mar – 6 Apr 2025');
  });
});
