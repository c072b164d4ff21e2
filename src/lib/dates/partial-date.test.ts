import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate } from './format-partial-date';
import { compareDateStrings, isEndNotBeforeStart, parsePartialDate } from './partial-date';

describe('parsePartialDate', () => {
  it('keeps the precision of the value', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025, precision: 'year' });
    expect(parsePartialDate('2025-10')).toEqual({ year: 2025, month: 10, precision: 'month' });
    expect(parsePartialDate('2025-10-16')).toEqual({ year: 2025, month: 10, day: 16, precision: 'day' });
  });

  it('rejects dates that do not exist and strings that are not dates', () => {
    for (const bad of [
      '2025-02-29',
      '2025-02-30',
      '2025-13',
      '2025-00',
      '2025-04-31',
      '25-10-16',
      '2025-10-16T00:00',
      '',
      'October 2025',
      null,
      2025,
    ]) {
      expect(parsePartialDate(bad), String(bad)).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
  });

  it('knows the leap years before 100, which Date.UTC would read as 1900 to 1999', () => {
    expect(parsePartialDate('0000-02-29')).not.toBeNull();
    expect(parsePartialDate('0100-02-29')).toBeNull();
    expect(parsePartialDate('0004-02-29')).not.toBeNull();
    expect(parsePartialDate('0001-02-29')).toBeNull();
  });
});

describe('ordering and ranges', () => {
  it('sorts a month before the days in it, and invalid values last', () => {
    const sorted = ['2025-10-22', 'junk', '2025-10', '2025', '2025-10-16', '2024-12-31'].sort(
      compareDateStrings,
    );
    expect(sorted).toEqual(['2024-12-31', '2025', '2025-10', '2025-10-16', '2025-10-22', 'junk']);
  });

  it('lets an end period overlap the start period', () => {
    const d = (s: string) => parsePartialDate(s)!;
    expect(isEndNotBeforeStart(d('2025-10-16'), d('2025-10'))).toBe(true);
    expect(isEndNotBeforeStart(d('2025-10-16'), d('2025-10-15'))).toBe(false);
    expect(isEndNotBeforeStart(d('2025-03-23'), d('2025-03-25'))).toBe(true);
  });
});

describe('formatting at the date’s own precision', () => {
  it('never pins a month to its first day', () => {
    expect(formatPartialDate(parsePartialDate('2025-10')!)).toBe('October 2025');
    expect(formatPartialDate(parsePartialDate('2025')!)).toBe('2025');
    // A year before 1000 keeps its four digits: "January 1" would read as a day.
    expect(formatPartialDate(parsePartialDate('0001-01')!)).toBe('January 0001');
    expect(formatPartialDate(parsePartialDate('0800')!)).toBe('0800');
    expect(formatDateRange('0001-01-05', '0001-01-07')).toBe('5–7 January 0001');
    expect(formatPartialDate(parsePartialDate('2025-10-16')!)).toBe('16 October 2025');
  });

  it('folds shared parts of a range', () => {
    expect(formatDateRange('2025-03-23', '2025-03-25')).toBe('23–25 March 2025');
    expect(formatDateRange('2025-05-15', '2025-06-02')).toBe('15 May – 2 June 2025');
    expect(formatDateRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(formatDateRange('2025-10', '2025-11')).toBe('October – November 2025');
    expect(formatDateRange('2025-10-16')).toBe('16 October 2025');
  });

  it('shows the same calendar day in any time zone', () => {
    // The test runner's zone varies between machines; the result must not.
    expect(formatDateRange('2025-01-01')).toBe('1 January 2025');
    expect(formatDateRange('2025-12-31')).toBe('31 December 2025');
  });
});
