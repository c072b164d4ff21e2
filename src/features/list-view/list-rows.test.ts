import { expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { listRows, listRowsOf, type ListRow } from './list-rows';

const e = (id: string, start: string) => ({ id, start }) as EventRecord;
const name = (r: ListRow) => (r.type === 'entry' ? `e:${r.event.id}` : r.key);

it('lays the list out as year, month and event rows, in the order shown', () => {
  const { rows, entries, entryRow } = listRows([
    e('a', '2024-12-30'),
    e('b', '2025-05-16'),
    e('c', '2025'),
    e('d', '2025-05-20'),
  ]);
  expect(rows.map(name)).toEqual([
    'y:2024',
    'm:2024-12',
    'e:a',
    'y:2025',
    'm:2025',
    'e:c',
    'm:2025-05',
    'e:b',
    'e:d',
  ]);
  // The year-only event opens its year, so the list's order is not the input's.
  expect(entries.map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
  expect([...entryRow].map((i) => name(rows[i]!))).toEqual(['e:a', 'e:c', 'e:b', 'e:d']);
  expect(rows.filter((r) => r.type === 'month').map((r) => [r.label, r.size])).toEqual([
    ['December 2024', 1],
    ['Sometime in 2025', 1],
    ['May 2025', 2],
  ]);
  expect(rows.filter((r) => r.type === 'entry').map((r) => r.position)).toEqual([1, 1, 1, 2]);
});

it('has no rows for no events', () => {
  expect(listRows([]).rows).toEqual([]);
});

it('builds the rows of one array of events once, and anew for another', () => {
  const all = [e('a', '2024-12-30'), e('b', '2025-05-16')];
  expect(listRowsOf(all)).toBe(listRowsOf(all));
  expect(listRowsOf([...all])).not.toBe(listRowsOf(all));
  expect(listRowsOf([...all]).rows.map(name)).toEqual(listRows(all).rows.map(name));
});
