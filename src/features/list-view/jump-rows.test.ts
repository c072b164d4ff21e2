import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { monthRowFrom, yearRows } from './jump-rows';
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
