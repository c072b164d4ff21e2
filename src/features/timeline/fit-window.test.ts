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

  it('stops with the middle of the window on the edge of the window that shows every event', () => {
    const all = { start: new Date(2025, 0, 1), end: new Date(2025, 0, 1 + 200) };
    // The window starts where that one does: one step puts its middle there, and the next does nothing.
    const atStart = shiftedWindow(window, -PAN_STEP, all);
    expect(window.start.getTime() - atStart.start.getTime()).toBe(50 * DAY);
    expect(shiftedWindow(atStart, -PAN_STEP, all)).toEqual(atStart);
    const later = shiftedWindow(shiftedWindow(window, PAN_STEP, all), PAN_STEP, all);
    expect(later.start.getTime() - window.start.getTime()).toBe(100 * DAY);
    // Its middle is on that window's end: no further.
    const last = shiftedWindow(shiftedWindow(later, PAN_STEP, all), PAN_STEP, all);
    expect((last.start.getTime() + last.end.getTime()) / 2).toBe(all.end.getTime());
    expect(shiftedWindow(last, PAN_STEP, all)).toEqual(last);
  });

  it('moves a window that lies past the events back towards them, never further away', () => {
    const all = { start: new Date(2030, 0, 1), end: new Date(2031, 0, 1) };
    expect(shiftedWindow(window, -PAN_STEP, all)).toEqual(window);
    const towards = shiftedWindow(window, PAN_STEP, all);
    expect(towards.start.getTime() - window.start.getTime()).toBe(50 * DAY);
  });
});
