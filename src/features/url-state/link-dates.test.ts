import { expect, it } from 'vitest';
import { dayMonthYear, yearText } from '../../lib/dates/month-names';
import { readLinkDate } from './link-dates';

it('reads real dates, early years included, at the precision they are written', () => {
  expect(readLinkDate('0800')).toEqual({ date: { year: 800, precision: 'year' } });
  expect(readLinkDate('0001-01-01')).toEqual({ date: { year: 1, month: 1, day: 1, precision: 'day' } });
  expect(readLinkDate('2024-02-29')).toMatchObject({ date: { day: 29 } });
});

it('leaves the wanted form to the caller when the text is not written as a date at all', () => {
  for (const value of ['', ' 2025', '-0001', '20250', '25-10', '2025-5', 'May 2025', '2025-05-16T00:00'])
    expect(readLinkDate(value), value).toEqual({ why: null });
});

it('says why a date written in the right form does not exist', () => {
  expect(readLinkDate('0000-02-29')).toEqual({
    why: 'there is no year 0: the calendar goes from 1 BC to AD 1',
  });
  expect(readLinkDate('2025-13-01')).toEqual({ why: 'months run from 01 to 12' });
  expect(readLinkDate('0004-02-30')).toEqual({ why: 'the days of February 0004 run from 01 to 29' });
});

it('writes years with four digits', () => {
  expect([yearText(1), yearText(800), yearText(2025)]).toEqual(['0001', '0800', '2025']);
  expect(dayMonthYear({ year: 800, month: 1 })).toBe('January 0800');
});
