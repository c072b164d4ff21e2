import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { headingRowOf, monthRowFrom, yearRows } from './jump-rows';
import { listRows } from './list-rows';

const at = (start: string) => ({ id: start, start }) as unknown as EventRecord;
const { rows } = listRows([at('2024'), at('2024-03-02'), at('2024-03-09'), at('2024-07'), at('2025-01-05')]);

describe('yearRows', () => {
  it('names each year with the row of its heading', () => {
    expect(yearRows(rows)).toEqual([
      { year: '2024', row: 0 },
      { year: '2025', row: 8 },
    ]);
    expect(rows[8]).toMatchObject({ type: 'year', year: '2025' });
  });
});

describe('monthRowFrom', () => {
  const label = (i: number) => (i === -1 ? null : (rows[i] as { label?: string }).label);
  it('finds the month itself when it has events', () => {
    expect(label(monthRowFrom(rows, '2024-03'))).toBe('March 2024');
    expect(label(monthRowFrom(rows, '2024-07'))).toBe('July 2024');
  });
  it('finds the next month with events when it has none, passing over year-only events', () => {
    expect(label(monthRowFrom(rows, '2024-01'))).toBe('March 2024');
    expect(label(monthRowFrom(rows, '2024-04'))).toBe('July 2024');
    expect(label(monthRowFrom(rows, '2024-12'))).toBe('January 2025');
  });
  it('is -1 after the last event', () => {
    expect(monthRowFrom(rows, '2025-02')).toBe(-1);
  });
});

describe('headingRowOf', () => {
  it('finds the heading a year’s or a month’s fragment names', () => {
    expect(headingRowOf(rows, '#list-year-2025')).toBe(8);
    expect(rows[headingRowOf(rows, '#list-month-2024-07')]).toMatchObject({
      type: 'month',
      key: 'm:2024-07',
    });
  });

  it('gives -1 for a year or month the list does not have, and for any other fragment', () => {
    expect(headingRowOf(rows, '#list-year-2023')).toBe(-1);
    expect(headingRowOf(rows, '#list-month-2024-05')).toBe(-1);
    expect(headingRowOf(rows, '#list-year-2024x')).toBe(-1);
    expect(headingRowOf(rows, '#main')).toBe(-1);
    expect(headingRowOf(rows, '')).toBe(-1);
  });
});
