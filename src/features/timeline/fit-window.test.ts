import { describe, expect, it } from 'vitest';
import { PAN_STEP, shiftedWindow } from './fit-window';

const DAY = 864e5;
const window = { start: new Date(2025, 0, 1), end: new Date(2025, 0, 1 + 100) };

describe('shiftedWindow', () => {
  it('moves the window by a fraction of its width, keeping the width', () => {
    const later = shiftedWindow(window, PAN_STEP);
    expect(later.start.getTime() - window.start.getTime()).toBe(50 * DAY);
    expect(later.end.getTime() - later.start.getTime()).toBe(100 * DAY);
    const earlier = shiftedWindow(window, -PAN_STEP);
    expect(window.start.getTime() - earlier.start.getTime()).toBe(50 * DAY);
  });

  it('comes back to where it started: Later then Earlier is no move', () => {
    const back = shiftedWindow(shiftedWindow(window, PAN_STEP), -PAN_STEP);
    expect(back).toEqual(window);
  });
});
