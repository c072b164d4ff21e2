import { describe, expect, it } from 'vitest';
import { describeDates } from './describe-dates';

describe('describeDates', () => {
  it('says what became of a cancelled plan, at the planned date’s own precision', () => {
    expect(
      describeDates({
        start: '2025-10',
        status: 'cancelled',
        announced: '2025-10-16',
        statusChange: { date: '2025-10-22', reason: 'r', source: 'https://example.org' },
      }),
    ).toEqual(['Announced for October 2025 · cancelled 22 October 2025', 'First announced 16 October 2025']);
  });

  it('gives held events their plain dates and ranges', () => {
    expect(describeDates({ start: '2025-03-23', end: '2025-03-25', status: 'held' })).toEqual([
      '23–25 March 2025',
    ]);
  });

  it('marks planned and postponed events as pending', () => {
    expect(describeDates({ start: '2026-03', status: 'planned' })).toEqual(['Planned for March 2026']);
    expect(
      describeDates({
        start: '2026-03',
        status: 'postponed',
        statusChange: { date: '2026-03-04', reason: 'r', source: 's' },
      }),
    ).toEqual(['Planned for March 2026 · postponed 4 March 2026']);
  });
});
