import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { monthlyDensity } from './density-buckets';

function event(id: string, start: string, kind: string, end?: string): EventRecord {
  return {
    id,
    title: id,
    summary: '',
    kind: kind as EventRecord['kind'],
    status: 'held',
    track: 'russia-ukraine',
    start,
    ...(end ? { end } : {}),
    parties: ['UA'],
    sources: [{ url: 'https://example.org', title: 'T', publisher: 'P', language: 'en' }],
  };
}

const events = [
  event('a', '2025-11-30', 'summit', '2026-01-02'), // a range across a year boundary counts in its start month
  event('b', '2025-11', 'call'), // month precision
  event('c', '2026-02-14', 'summit'),
  event('d', '2025', 'meeting'), // year precision
  event('e', '2024', 'meeting'),
  event('f', '2025', 'statement'),
  event('g', '2025-11-03', 'negotiation-round'),
];

describe('monthlyDensity', () => {
  it('covers every month from the first to the last event, empty months at zero', () => {
    const { months } = monthlyDensity(events);
    expect(months.map((m) => [m.month, m.total])).toEqual([
      ['2025-11', 3],
      ['2025-12', 0],
      ['2026-01', 0],
      ['2026-02', 1],
    ]);
    expect(months[0]?.byKind).toEqual({
      'negotiation-round': 1,
      summit: 1,
      meeting: 0,
      call: 1,
      agreement: 0,
      'prisoner-exchange': 0,
      statement: 0,
      proposal: 0,
    });
    expect(Object.values(months[1]?.byKind ?? {}).every((n) => n === 0)).toBe(true);
  });

  it('returns year-precision events apart, by year, so that none is lost', () => {
    const { months, yearOnly, outOfRange } = monthlyDensity(events);
    expect(yearOnly).toEqual([
      { year: 2024, count: 1 },
      { year: 2025, count: 2 },
    ]);
    const inMonths = months.reduce((sum, m) => sum + m.total, 0);
    const inYears = yearOnly.reduce((sum, y) => sum + y.count, 0);
    expect(inMonths + inYears + outOfRange).toBe(events.length);
    // Year-only events do not stretch the months back to January 2024.
    expect(months[0]?.month).toBe('2025-11');
  });

  it('covers exactly a given range, counting what falls outside it', () => {
    const { months, yearOnly, outOfRange } = monthlyDensity(events, { from: '2025-10-15', to: '2026-01' });
    expect(months.map((m) => [m.month, m.total])).toEqual([
      ['2025-10', 0],
      ['2025-11', 3],
      ['2025-12', 0],
      ['2026-01', 0],
    ]);
    // Both 2025 and 2026 overlap the range; 2024 and February 2026 do not.
    expect(yearOnly).toEqual([{ year: 2025, count: 2 }]);
    expect(outOfRange).toBe(2);
  });

  it('takes a year as a range end to mean all of it', () => {
    const { months } = monthlyDensity(events, { from: '2026', to: '2026' });
    expect(months.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
  });

  it('counts a kind it does not know in the total and in "other"', () => {
    const { months } = monthlyDensity([event('x', '2025-03-01', 'ultimatum'), event('y', '2025-03', 'call')]);
    expect(months).toHaveLength(1);
    expect(months[0]).toMatchObject({ month: '2025-03', total: 2, other: 1 });
    expect(months[0]?.byKind.call).toBe(1);
    expect(months[0]?.byKind).not.toHaveProperty('ultimatum');
  });

  it('does not take "toString" and the like for kinds', () => {
    const { months } = monthlyDensity([event('x', '2025-03-01', 'toString')]);
    expect(months[0]?.other).toBe(1);
  });

  it('returns nothing for no events, and only years when all events have only a year', () => {
    expect(monthlyDensity([])).toEqual({ months: [], yearOnly: [], outOfRange: 0 });
    expect(monthlyDensity([event('d', '2025', 'meeting')])).toEqual({
      months: [],
      yearOnly: [{ year: 2025, count: 1 }],
      outOfRange: 0,
    });
  });

  it('falls back to the events’ own span for a range that is not made of dates, and counts a bad start', () => {
    const result = monthlyDensity([...events, event('bad', 'soon', 'call')], { from: 'x', to: '2026-01' });
    expect(result.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(result.outOfRange).toBe(1);
  });
});
