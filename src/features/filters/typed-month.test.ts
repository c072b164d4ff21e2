import { describe, expect, it } from 'vitest';
import { readTypedMonth } from './typed-month';

describe('readTypedMonth', () => {
  it.each([
    ['2024-03', 'from', '2024-03'],
    ['  2024-03 ', 'to', '2024-03'],
    ['2024-3', 'from', '2024-03'],
    ['2024/03', 'from', '2024-03'],
    ['03/2024', 'from', '2024-03'],
    ['3.2024', 'to', '2024-03'],
    ['March 2024', 'from', '2024-03'],
    ['march  2024', 'to', '2024-03'],
    ['Mar. 2024', 'from', '2024-03'],
    ['Sept 2023', 'from', '2023-09'],
    ['2024 March', 'from', '2024-03'],
    ['October, 2025', 'to', '2025-10'],
    ['2023', 'from', '2023-01'],
    ['2023', 'to', '2023-12'],
    ['2025-10-16', 'from', '2025-10'],
  ] as const)('reads %j in “%s” as %s', (text, bound, month) => {
    expect(readTypedMonth(text, bound)).toEqual({ month });
  });

  it('reads a month through characters the reader cannot see', () => {
    expect(readTypedMonth('March\u00AD 2024', 'from')).toEqual({ month: '2024-03' });
    expect(readTypedMonth('\u202E2024-03', 'to')).toEqual({ month: '2024-03' });
  });

  it('reads empty text as no date, which clears the field', () => {
    expect(readTypedMonth('', 'from')).toEqual({ month: null });
    expect(readTypedMonth('   ', 'to')).toEqual({ month: null });
  });

  it.each(['Marhc 2024', '2024-', '20', 'yesterday', '2024 03 01', '<b>2024</b>'])(
    'says how to write %j, which is not a month',
    (text) => {
      const read = readTypedMonth(text, 'from');
      expect(read).toEqual({ why: expect.stringContaining('YYYY-MM') });
    },
  );

  it('names what is wrong with a month or day out of range', () => {
    expect(readTypedMonth('2024-13', 'from')).toEqual({ why: expect.stringMatching(/months run from/) });
    expect(readTypedMonth('13/2024', 'from')).toEqual({ why: 'months run from 01 to 12' });
    expect(readTypedMonth('2024-02-30', 'from')).toEqual({
      why: expect.stringMatching(/days of February 2024/),
    });
  });
});
