import { describe, expect, it } from 'vitest';
import { readingPlace } from './reading-place';

describe('readingPlace', () => {
  it('is the first row whose top is on the screen, not the one cut off above it', () => {
    const rows = [
      { row: 4, top: -98 },
      { row: 5, top: 38 },
      { row: 6, top: 90 },
    ];
    expect(readingPlace(rows)).toEqual({ row: 5, top: 38 });
    expect(readingPlace(rows, 40)).toEqual({ row: 6, top: 90 });
  });

  it('is the last row begun above the screen when none begins on it, and none for no rows', () => {
    expect(
      readingPlace([
        { row: 1, top: -900 },
        { row: 2, top: -300 },
      ]),
    ).toEqual({ row: 2, top: -300 });
    expect(readingPlace([])).toBeNull();
  });
});
