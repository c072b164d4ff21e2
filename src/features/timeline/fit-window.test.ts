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

  it('stops with the first or last day of the events a quarter of the width inside the window', () => {
    const events = { start: new Date(2025, 0, 1), end: new Date(2025, 0, 1 + 200) };
    // 100 days wide, from the first day: a step puts the first day in the middle, the next only
    // 25 days from the right edge, and a further one does nothing.
    const earlier = shiftedWindow(shiftedWindow(window, -PAN_STEP, events), -PAN_STEP, events);
    expect(earlier.end.getTime() - events.start.getTime()).toBe(25 * DAY);
    expect(shiftedWindow(earlier, -PAN_STEP, events)).toEqual(earlier);
    let later = window;
    for (let i = 0; i < 10; i++) later = shiftedWindow(later, PAN_STEP, events);
    expect(events.end.getTime() - later.start.getTime()).toBe(25 * DAY);
    expect(later.end.getTime() - later.start.getTime()).toBe(100 * DAY);
  });

  it('moves a window that lies past the events back towards them, never further away', () => {
    const events = { start: new Date(2030, 0, 1), end: new Date(2031, 0, 1) };
    expect(shiftedWindow(window, -PAN_STEP, events)).toEqual(window);
    const towards = shiftedWindow(window, PAN_STEP, events);
    expect(towards.start.getTime() - window.start.getTime()).toBe(50 * DAY);
  });
});
