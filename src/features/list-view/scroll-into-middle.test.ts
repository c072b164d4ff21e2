import { describe, expect, it } from 'vitest';
import { isWithin } from './scroll-into-middle';

describe('isWithin', () => {
  const band = { top: 0, bottom: 600 };
  it('is true for a box well inside the band', () => {
    expect(isWithin({ top: 200, bottom: 260 }, band, 8)).toBe(true);
  });
  it('is false for a box on the edge, across it, or outside', () => {
    expect(isWithin({ top: 560, bottom: 598 }, band, 8)).toBe(false);
    expect(isWithin({ top: 580, bottom: 640 }, band)).toBe(false);
    expect(isWithin({ top: -10, bottom: 40 }, band)).toBe(false);
    expect(isWithin({ top: 700, bottom: 760 }, band)).toBe(false);
  });
  it('keeps out of the part the scroll padding sets aside (a phone’s sheet)', () => {
    expect(isWithin({ top: 300, bottom: 340 }, { top: 0, bottom: 167 })).toBe(false);
  });
});
