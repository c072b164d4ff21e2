import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { listRows } from './list-rows';
import { listDrawnWhole, nestRows, rowOffsets, rowsBetween, WHOLE_LIST } from './list-window';

describe('listDrawnWhole', () => {
  it('draws a small dataset whole however many events are shown, a large one only when few are', () => {
    expect(listDrawnWhole(153, 153)).toBe(true);
    expect(listDrawnWhole(300, 300)).toBe(true);
    expect(listDrawnWhole(WHOLE_LIST + 1, 1000)).toBe(false);
    expect(listDrawnWhole(WHOLE_LIST, 1000)).toBe(true);
    expect(listDrawnWhole(301, 301)).toBe(false);
  });
});

describe('rowOffsets', () => {
  it('gives the top of every row and the height of the whole list', () => {
    expect([...rowOffsets([10, 20, 5])]).toEqual([0, 10, 30, 35]);
    expect([...rowOffsets([])]).toEqual([0]);
  });
});

describe('rowsBetween', () => {
  const offsets = rowOffsets([10, 10, 10, 10, 10]);

  it('finds the rows that overlap a band', () => {
    expect(rowsBetween(offsets, 0, 10)).toEqual([0, 1]);
    expect(rowsBetween(offsets, 15, 35)).toEqual([1, 4]);
    expect(rowsBetween(offsets, 10, 20)).toEqual([1, 2]);
  });

  it('keeps to the list when the band runs past either end', () => {
    expect(rowsBetween(offsets, -500, 5)).toEqual([0, 1]);
    expect(rowsBetween(offsets, 45, 900)).toEqual([4, 5]);
    expect(rowsBetween(offsets, -100, 900)).toEqual([0, 5]);
    // Scrolled past the list: its last row, so that the page keeps something to measure.
    expect(rowsBetween(offsets, 800, 900)).toEqual([4, 5]);
  });

  it('draws nothing of an empty list', () => {
    expect(rowsBetween(rowOffsets([]), 0, 100)).toEqual([0, 0]);
  });

  it('returns exactly the overlapping rows, whatever the heights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -300, max: 8000 }),
        fc.integer({ min: 1, max: 2000 }),
        (heights, top, span) => {
          const offsets = rowOffsets(heights);
          const [first, last] = rowsBetween(offsets, top, top + span);
          const overlapping = heights
            .map((_, i) => i)
            .filter((i) => offsets[i]! < top + span && offsets[i + 1]! > top);
          if (overlapping.length) expect([first, last]).toEqual([overlapping[0], overlapping.at(-1)! + 1]);
          else expect(last - first).toBe(1);
        },
      ),
    );
  });
});

describe('nestRows', () => {
  const e = (id: string, start: string) => ({ id, start }) as EventRecord;
  const { rows } = listRows([
    e('a', '2024-12-30'),
    e('b', '2025-05-16'),
    e('c', '2025-05-20'),
    e('d', '2025-06-01'),
  ]);
  // y:2024 m:2024-12 e:a y:2025 m:2025-05 e:b e:c m:2025-06 e:d

  it('nests the whole list into years and months with their headings', () => {
    const years = nestRows(rows, 0, rows.length);
    expect(
      years.map((y) => [y.year, y.heading, y.months.map((m) => [m.label, m.heading, m.entries.length])]),
    ).toEqual([
      ['2024', 0, [['December 2024', 1, 1]]],
      [
        '2025',
        3,
        [
          ['May 2025', 4, 2],
          ['June 2025', 7, 1],
        ],
      ],
    ]);
  });

  it('names the year and month that began above the drawn rows, without drawing their headings', () => {
    const years = nestRows(rows, 6, 9);
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ year: '2025', heading: null });
    expect(
      years[0]!.months.map((m) => [m.label, m.heading, m.size, m.entries.map((r) => [r.row.event.id, r.at])]),
    ).toEqual([
      ['May 2025', null, 2, [['c', 6]]],
      ['June 2025', 7, 1, [['d', 8]]],
    ]);
  });

  it('starts a drawn part on a month heading inside its year', () => {
    const years = nestRows(rows, 4, 5);
    expect(
      years.map((y) => [y.year, y.heading, y.months.map((m) => [m.label, m.heading, m.entries.length])]),
    ).toEqual([['2025', null, [['May 2025', 4, 0]]]]);
  });
});
