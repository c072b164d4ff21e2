import { describe, expect, it } from 'vitest';
import { shiftToShow } from './focus-follow';

const drawing = { left: 200, right: 1200 };

describe('shiftToShow', () => {
  it('leaves an item that shows whole where it is', () => {
    expect(shiftToShow({ left: 300, right: 600 }, drawing)).toBe(0);
  });

  it('moves later by as little as shows an item past the right edge whole', () => {
    expect(shiftToShow({ left: 1100, right: 1350 }, drawing)).toBe(158);
    expect(shiftToShow({ left: 1429, right: 1700 }, drawing)).toBe(508);
  });

  it('keeps the start of an item wider than the drawing', () => {
    expect(shiftToShow({ left: 1000, right: 2500 }, drawing)).toBe(792);
  });

  it('moves earlier to show the start of an item under the lane names', () => {
    expect(shiftToShow({ left: 144, right: 400 }, drawing)).toBe(-64);
  });
});
