import { describe, expect, it } from 'vitest';
import {
  anyInWindow,
  boundsHolding,
  fitWindow,
  latestWindow,
  PAN_STEP,
  panStops,
  rangeWindow,
  shiftedWindow,
  shownOrAll,
  TRAVEL_MARGIN_MS,
  travelBounds,
} from './fit-window';
import { item } from './timeline-item.fixture';
import { roomForTitles } from './title-room';

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

describe('Earlier and Later stop where a drag stops', () => {
  // The chronology's first and last days, and how far a drag may take the timeline past them.
  const events = { start: new Date(2022, 1, 28), end: new Date(2026, 5, 1) };
  const bounds = { min: new Date(2021, 8, 1), max: new Date(2026, 10, 28) };
  const wide = { start: new Date(2022, 5, 1), end: new Date(2023, 9, 1) };

  it('go no further back than the bounds, however wide the window', () => {
    let earlier = wide;
    for (let i = 0; i < 10; i++) earlier = shiftedWindow(earlier, -PAN_STEP, events, bounds);
    // Half a year before the first event, not a year (as the quarter-width rule alone allowed).
    expect(earlier.start).toEqual(bounds.min);
    expect(earlier.end.getTime() - earlier.start.getTime()).toBe(wide.end.getTime() - wide.start.getTime());
    expect(panStops(earlier, events, bounds)).toEqual({ earlier: true, later: false });
  });

  it('go no further forward than the bounds, which Fit all or a link may have widened', () => {
    const widened = { min: bounds.min, max: new Date(2027, 2, 1) };
    let later = { start: new Date(2025, 0, 1), end: new Date(2026, 4, 1) };
    for (let i = 0; i < 10; i++) later = shiftedWindow(later, PAN_STEP, events, widened);
    expect(later.end).toEqual(widened.max);
    expect(panStops(later, events, widened)).toEqual({ earlier: false, later: true });
  });

  it('stop, in a narrow window, with the first event in it, before the bounds', () => {
    let earlier = { start: new Date(2022, 4, 1), end: new Date(2022, 4, 15) };
    for (let i = 0; i < 20; i++) earlier = shiftedWindow(earlier, -PAN_STEP, events, bounds);
    expect(earlier.end.getTime()).toBeGreaterThan(events.start.getTime());
    expect(panStops(earlier, events, bounds)).toEqual({ earlier: true, later: false });
  });

  it('are both free in the middle of the chronology, and both stopped by a window as wide as the bounds', () => {
    expect(panStops(wide, events, bounds)).toEqual({ earlier: false, later: false });
    const whole = { start: bounds.min, end: bounds.max };
    expect(panStops(whole, events, bounds)).toEqual({ earlier: true, later: true });
    expect(shiftedWindow(whole, PAN_STEP, events, bounds)).toEqual(whole);
  });
});

describe('Fit all and Latest go by the events shown', () => {
  const all = [item('first', '2022-02-27'), item('bennett', '2022-03-05'), item('last', '2026-03-30')];
  const witkoff = [item('w1', '2025-02-11'), item('w2', '2026-03-01', '2026-03-03')];

  it('fit the shown events, not the whole chronology', () => {
    const win = fitWindow(shownOrAll(witkoff, all))!;
    expect(win.start.getTime()).toBeLessThan(new Date(2025, 1, 11).getTime());
    expect(win.start.getTime()).toBeGreaterThan(new Date(2025, 0, 1).getTime());
    expect(win.end.getTime()).toBeGreaterThan(new Date(2026, 2, 4).getTime());
    expect(win.end.getTime()).toBeLessThan(new Date(2026, 4, 1).getTime());
  });

  it('go to the latest shown event: one event from 2022 is in the window Latest gives', () => {
    const bennett = shownOrAll([all[1]!], all);
    const win = latestWindow(bennett)!;
    expect(anyInWindow(bennett, { start: win.start.getTime(), end: win.end.getTime() })).toBe(true);
    expect(win.end.getTime()).toBeLessThan(new Date(2022, 4, 1).getTime());
  });

  it('go by every event when the filters leave none', () => {
    expect(shownOrAll([], all)).toBe(all);
    expect(fitWindow(shownOrAll([], all))).toEqual(fitWindow(all));
  });
});

describe('travelBounds', () => {
  it('lets the timeline go half a year past the first and the last event, and no further', () => {
    const bounds = travelBounds([item('a', '2022-02-28'), item('b', '2025-10-01', '2026-04-11')])!;
    expect(bounds.min.getTime()).toBe(new Date(2022, 1, 28).getTime() - TRAVEL_MARGIN_MS);
    // The last event's last day counts, to its end.
    expect(bounds.max.getTime()).toBeGreaterThanOrEqual(new Date(2026, 3, 11).getTime() + TRAVEL_MARGIN_MS);
    expect(bounds.max.getTime()).toBeLessThanOrEqual(new Date(2026, 3, 12).getTime() + TRAVEL_MARGIN_MS);
  });

  it('sets no bounds without events', () => {
    expect(travelBounds([])).toBeNull();
  });
});

describe('boundsHolding', () => {
  const bounds = travelBounds([item('a', '2022-06-23'), item('z', '2026-05-08')])!;

  it('leaves the travel bounds as they are for a window inside them', () => {
    const inside = { start: new Date(2023, 0, 1), end: new Date(2024, 0, 1) };
    expect(boundsHolding(bounds, inside)).toEqual(bounds);
  });

  it('leaves the bounds as they are for Fit all, whose room for the last titles stays within them', () => {
    // Summits from June 2022 to January 2026, the events to May 2026, a drawing 1,060 px wide.
    const shown = [item('a', '2022-06-23'), item('m', '2025-09-04'), item('y', '2026-01-06')];
    const fit = fitWindow(shown)!;
    const spot = (i: (typeof shown)[number]) => ({ group: 'g', start: i.start.getTime(), titlePx: 352 });
    const roomy = roomForTitles(
      shown.map(spot),
      { start: fit.start.getTime(), end: fit.end.getTime() },
      1060,
    );
    expect(roomy.end).toBeGreaterThan(fit.end.getTime());
    expect(boundsHolding(bounds, { start: new Date(roomy.start), end: new Date(roomy.end) })).toEqual(bounds);
  });

  it('holds a link’s span that ends past them, as one written when Fit all went further did', () => {
    // vis-timeline would shift this window left by the difference, over empty months.
    const asked = { start: new Date(2022, 4, 15), end: new Date(2027, 6, 11) };
    const held = boundsHolding(bounds, asked)!;
    expect(held.max).toEqual(asked.end);
    expect(held.min).toEqual(bounds.min);
  });

  it('widens the start for a window that begins earlier, as a link’s span may', () => {
    const early = { start: new Date(2021, 0, 1), end: new Date(2022, 0, 1) };
    expect(boundsHolding(bounds, early)).toEqual({ min: early.start, max: bounds.max });
  });

  it('gives no bounds where there are none (no events)', () => {
    expect(boundsHolding(null, { start: new Date(2021, 0, 1), end: new Date(2022, 0, 1) })).toBeNull();
  });
});

describe('rangeWindow', () => {
  const whole = { start: new Date(2022, 1, 1), end: new Date(2026, 5, 1) };

  it('is the months a date range names, from the first day of the first to the end of the last', () => {
    expect(rangeWindow('2023-01', '2023-03', whole)).toEqual({
      start: new Date(2023, 0, 1),
      end: new Date(2023, 3, 1),
    });
    // One month, and months past the events: the range as named, its lanes empty.
    expect(rangeWindow('2030-12', '2030-12', whole)).toEqual({
      start: new Date(2030, 11, 1),
      end: new Date(2031, 0, 1),
    });
  });

  it('takes an end the range leaves open from the events', () => {
    expect(rangeWindow('2025-06', null, whole)).toEqual({ start: new Date(2025, 5, 1), end: whole.end });
    expect(rangeWindow(null, '2022-12', whole)).toEqual({ start: whole.start, end: new Date(2023, 0, 1) });
  });

  it('is none with no range, a range in reverse, one wider than the timeline shows, or no month', () => {
    expect(rangeWindow(null, null, whole)).toBeNull();
    expect(rangeWindow('2025-06', '2024-01', whole)).toBeNull();
    expect(rangeWindow('2030-01', null, whole)).toBeNull();
    expect(rangeWindow(null, '2020-01', null)).toBeNull();
    expect(rangeWindow('2000-01', '2031-12', whole)).toBeNull();
    expect(rangeWindow('March 2024', null, whole)).toBeNull();
  });

  it('reads a year before 100 as written, not as one of the 1900s', () => {
    expect(rangeWindow('0050-01', '0050-02', null)?.start.getFullYear()).toBe(50);
  });
});
