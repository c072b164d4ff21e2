import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, outgrewJumpToEnd } from './list-window';
import { estimatesDue, RowHeights } from './row-heights';

describe('RowHeights', () => {
  it('estimates by the default for a kind of row until one is measured', () => {
    expect(new RowHeights().estimates()).toEqual(DEFAULT_HEIGHT);
  });

  it('estimates by the mean of every row of a kind measured, those as tall as estimated among them', () => {
    const heights = new RowHeights();
    // The first rows of a list of 10,000: all as tall as the default, then a few taller ones.
    for (let i = 0; i < 14; i++) heights.measured('entry', DEFAULT_HEIGHT.entry);
    for (let i = 0; i < 2; i++) heights.measured('entry', 82);
    heights.measured('year', 56);
    expect(heights.estimates()).toEqual({ year: 56, month: DEFAULT_HEIGHT.month, entry: 61 });
    expect(heights.count).toBe(17);
  });

  it('counts a row measured again once, at its latest height', () => {
    const heights = new RowHeights();
    heights.measured('entry', 50);
    heights.measured('entry', 70);
    heights.measured('entry', 90, 50);
    expect(heights.estimates().entry).toBe(80);
    expect(heights.count).toBe(2);
  });
});

describe('estimatesDue', () => {
  it('is due each time the count of rows measured reaches a power of two', () => {
    const due = Array.from({ length: 70 }, (_, n) => n).filter((n) => estimatesDue(n, n + 1));
    expect(due.map((n) => n + 1)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(estimatesDue(14, 35)).toBe(true);
    expect(estimatesDue(35, 35)).toBe(false);
    expect(estimatesDue(33, 60)).toBe(false);
  });
});

describe('outgrewJumpToEnd', () => {
  it('is a scroll that reached the bottom the page had when it began, which is now further down', () => {
    expect(outgrewJumpToEnd(583_751, 583_751, 600_000)).toBe(true);
    // At the bottom already: nothing to do.
    expect(outgrewJumpToEnd(600_000, 583_751, 600_000)).toBe(false);
    // A scroll that stopped short of the old bottom went where it was sent.
    expect(outgrewJumpToEnd(300_000, 583_751, 600_000)).toBe(false);
  });
});
