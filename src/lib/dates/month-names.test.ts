import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayMonthYear, monthName, shortMonthName } from './month-names';

describe('month names', () => {
  it('writes what date-fns format writes for the patterns the app uses', () => {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(2025, month - 1, 16);
      expect(monthName(month)).toBe(format(date, 'MMMM'));
      expect(shortMonthName(month)).toBe(format(date, 'MMM'));
      expect(dayMonthYear({ year: 2025, month, day: 16 })).toBe(format(date, 'd MMMM yyyy'));
      expect(dayMonthYear({ year: 2025, month })).toBe(format(date, 'MMMM yyyy'));
      expect(dayMonthYear({ month, day: 16 })).toBe(format(date, 'd MMMM'));
    }
  });
});
