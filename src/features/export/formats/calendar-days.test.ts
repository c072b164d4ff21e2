import { describe, expect, it } from 'vitest';
import { calendarDays } from './calendar-days';
import { budapest, formula, istanbul, yearOnly } from './tricky-events.fixture';

describe('calendarDays', () => {
  it('gives the first and last day of an event dated to the day', () => {
    expect(calendarDays(istanbul)).toEqual({ first: [2025, 5, 16], last: [2025, 5, 16] });
    expect(calendarDays(formula)).toEqual({ first: [2025, 5, 30], last: [2025, 6, 2] });
  });

  it('has no day for an event known only to the month or year, at its start or its end', () => {
    expect(calendarDays(budapest)).toBeNull();
    expect(calendarDays(yearOnly)).toBeNull();
    expect(calendarDays({ ...istanbul, end: '2025-06' })).toBeNull();
    expect(calendarDays({ ...istanbul, start: 'soon' })).toBeNull();
  });

  it('makes an end before the start a one-day event', () => {
    expect(calendarDays({ ...istanbul, end: '2025-05-01' })).toEqual({
      first: [2025, 5, 16],
      last: [2025, 5, 16],
    });
  });
});
