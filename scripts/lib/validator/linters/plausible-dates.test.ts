import { describe, expect, it } from 'vitest';
import { implausibleDate, latestDate } from './plausible-dates.ts';

describe('implausibleDate', () => {
  const today = '2026-03-01';

  it('accepts the first day of 2014 and a day five years ahead, at every precision', () => {
    for (const value of ['2014-01-01', '2014-01', '2014', '2031-03-01', '2031-03', '2031', '2025-05-16'])
      expect(implausibleDate(value, today), value).toBeUndefined();
  });

  it('refuses the day before 2014 and the day after the five years', () => {
    expect(implausibleDate('2013-12-31', today)).toMatch(/^is before 2014-01-01 .*Crimea/);
    expect(implausibleDate('2013', today)).toMatch(/^is before 2014-01-01/);
    expect(implausibleDate('2031-03-02', today)).toMatch(
      /^is more than 5 years after today, past 2031-03-01/,
    );
    expect(implausibleDate('2031-04', today)).toMatch(/past 2031-03-01/);
  });

  it('suggests a year one slip away only when there are one or two', () => {
    expect(implausibleDate('2205-05-16', today)).toMatch(/did you mean 2025\?$/);
    expect(implausibleDate('2052-04-01', today)).toMatch(/did you mean 2022 or 2025\?$/);
    expect(implausibleDate('9999-12-31', today)).toMatch(/check the year$/);
    expect(implausibleDate('0000-01-01', today)).toMatch(/check the year$/);
    // 2022 and 2029 are a slip away, but have no 29 February.
    expect(implausibleDate('2092-02-29', today)).toMatch(/check the year$/);
  });

  it('leaves dates that are not real to the calendar rule', () => {
    expect(implausibleDate('9999-02-30', today)).toBeUndefined();
    expect(implausibleDate('soon', today)).toBeUndefined();
  });

  it('moves 29 February five years on to the 28th', () => {
    expect(latestDate('2028-02-29')).toBe('2033-02-28');
    expect(latestDate('2026-03-01')).toBe('2031-03-01');
  });
});
