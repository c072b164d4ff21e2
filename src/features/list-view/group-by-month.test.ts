import { expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { groupByYearAndMonth } from './group-by-month';

const e = (id: string, start: string) => ({ id, start }) as EventRecord;

it('groups by year and month, with year-only events first in their year', () => {
  const groups = groupByYearAndMonth([
    e('a', '2024-12-30'),
    e('b', '2025'),
    e('c', '2025-05'),
    e('d', '2025-05-16'),
    e('f', '2025-10-16'),
  ]);
  expect(groups.map((y) => [y.year, y.months.map((m) => [m.label, m.events.map((x) => x.id)])])).toEqual([
    ['2024', [['December 2024', ['a']]]],
    [
      '2025',
      [
        ['Sometime in 2025', ['b']],
        ['May 2025', ['c', 'd']],
        ['October 2025', ['f']],
      ],
    ],
  ]);
});
