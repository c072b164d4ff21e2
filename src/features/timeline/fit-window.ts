import { MAX_SPAN_MS } from '../../lib/dates/zoom-limits';
import type { TimelineItem } from './to-timeline-item';

const DAY = 24 * 60 * 60 * 1000;

/** From the first item's start to the last one's end. */
export function eventSpan(items: readonly TimelineItem[]): { start: Date; end: Date } | null {
  if (items.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    min = Math.min(min, item.start.getTime());
    max = Math.max(max, (item.end ?? item.start).getTime());
  }
  return { start: new Date(min), end: new Date(max) };
}

/**
 * The items that Fit all and Latest go by: the ones shown (the filters' events), or every item when the
 * filters leave none, so that the buttons still lead somewhere.
 */
export function shownOrAll<T>(shown: readonly T[], all: readonly T[]): readonly T[] {
  return shown.length > 0 ? shown : all;
}

/** The last instant an item covers: a range's end (the day after its last day), a point's start. */
const itemEnd = (item: TimelineItem) => (item.end ?? item.start).getTime();

/**
 * Whether any item is drawn inside the window, in whole or in part: a range that overlaps it, a point
 * on it (its edges included).
 */
export function anyInWindow(items: readonly TimelineItem[], window: { start: number; end: number }): boolean {
  return items.some((item) =>
    item.end
      ? item.start.getTime() < window.end && itemEnd(item) > window.start
      : item.start.getTime() >= window.start && item.start.getTime() <= window.end,
  );
}

/** The window that shows every item, with a margin either side. */
export function fitWindow(items: readonly TimelineItem[]): { start: Date; end: Date } | null {
  const span = eventSpan(items);
  if (!span) return null;
  const [min, max] = [span.start.getTime(), span.end.getTime()];
  const margin = Math.max((max - min) * 0.03, 15 * DAY);
  return { start: new Date(min - margin), end: new Date(max + margin) };
}

/** Local midnight of the first day of a month given as "YYYY-MM", `after` months on; null for other text. */
function monthStart(month: string, after: number): Date | null {
  const m = /^(\d{4,})-(\d{2})$/.exec(month);
  if (!m) return null;
  // Not new Date(year, …), which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(m[1]), Number(m[2]) - 1 + after, 1);
  return date;
}

/**
 * The months a date range names, from the first day of the first to the end of the last, an end it leaves
 * open taken from `whole` (the window of every event); null with no range, or when that is no window the
 * timeline can show (a range in reverse, or wider than it shows at once).
 */
export function rangeWindow(
  from: string | null,
  to: string | null,
  whole: { start: Date; end: Date } | null,
): { start: Date; end: Date } | null {
  if (!from && !to) return null;
  const start = from ? monthStart(from, 0) : (whole?.start ?? null);
  const end = to ? monthStart(to, 1) : (whole?.end ?? null);
  if (!start || !end) return null;
  const width = end.getTime() - start.getTime();
  return width > 0 && width <= MAX_SPAN_MS ? { start, end } : null;
}

/** A window of about four months ending just after the latest event. */
export function latestWindow(items: readonly TimelineItem[]): { start: Date; end: Date } | null {
  if (items.length === 0) return null;
  const latest = Math.max(...items.map((i) => (i.end ?? i.start).getTime()));
  return { start: new Date(latest - 110 * DAY), end: new Date(latest + 14 * DAY) };
}

/** About three months either side of one item, so that its neighbours show too. */
export function windowAround(item: TimelineItem): { start: Date; end: Date } {
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
  const margin = Math.max(90 * DAY, (end - start) * 0.5);
  return { start: new Date(start - margin), end: new Date(end + margin) };
}

/** How far Earlier and Later move the window: half its width, so that half of what was shown stays in view. */
export const PAN_STEP = 0.5;

/**
 * The window moved by `fraction` of its width: later for a positive fraction, earlier for a negative one.
 * Given the span of the events, it stops once that span's first (or last) day is a quarter of the width
 * in from the window's edge, whatever the zoom: further on, Earlier and Later would lead a reader into
 * years with nothing in them and no sign of which way the events are. A window already further out (a
 * drag, a link) is still free to move back towards them. Given the bounds a drag has (travelBounds, as
 * widened to hold a window asked for), it stops at them too: a wide window went a year before the first
 * event, where a drag stops half a year before it.
 */
export function shiftedWindow(
  window: { start: Date; end: Date },
  fraction: number,
  events?: { start: Date; end: Date } | null,
  bounds?: { min: Date; max: Date } | null,
): { start: Date; end: Date } {
  const width = window.end.getTime() - window.start.getTime();
  let shift = width * fraction;
  if (events) {
    const middle = (window.start.getTime() + window.end.getTime()) / 2;
    const [first, last] = [events.start.getTime() - width / 4, events.end.getTime() + width / 4];
    if (shift < 0) shift = Math.min(0, Math.max(shift, first - middle));
    if (shift > 0) shift = Math.max(0, Math.min(shift, last - middle));
  }
  if (bounds) {
    if (shift < 0) shift = Math.min(0, Math.max(shift, bounds.min.getTime() - window.start.getTime()));
    if (shift > 0) shift = Math.max(0, Math.min(shift, bounds.max.getTime() - window.end.getTime()));
  }
  return { start: new Date(window.start.getTime() + shift), end: new Date(window.end.getTime() + shift) };
}

/**
 * Whether Earlier and Later are at their stop (shiftedWindow): a press would move the window by less than
 * a thousandth of its width, under a pixel. Either way no event lies beyond the dates shown.
 */
export function panStops(
  window: { start: Date; end: Date },
  events: { start: Date; end: Date } | null,
  bounds: { min: Date; max: Date } | null,
): { earlier: boolean; later: boolean } {
  const width = window.end.getTime() - window.start.getTime();
  const stopped = (fraction: number) =>
    Math.abs(shiftedWindow(window, fraction, events, bounds).start.getTime() - window.start.getTime()) <
    width / 1000;
  return { earlier: stopped(-PAN_STEP), later: stopped(PAN_STEP) };
}

/** How far past the first and last events a drag, a swipe or zooming out may take the timeline. */
export const TRAVEL_MARGIN_MS = 180 * DAY;

/**
 * The range the timeline may show: the events' span and half a year either side. Past it there is nothing
 * to see, and a swipe that ran on for years left the reader with empty lanes and no hint of the way back.
 */
export function travelBounds(items: readonly TimelineItem[]): { min: Date; max: Date } | null {
  const span = eventSpan(items);
  if (!span) return null;
  return {
    min: new Date(span.start.getTime() - TRAVEL_MARGIN_MS),
    max: new Date(span.end.getTime() + TRAVEL_MARGIN_MS),
  };
}

/**
 * The travel bounds widened, where need be, to hold a window the app asks for: Fit all and Latest
 * widened for the last title, a link's span. vis-timeline shifts a window that passes its bounds, and
 * the room made for the last title went with the shift, the drawing then starting months before the
 * first event.
 */
export function boundsHolding(
  bounds: { min: Date; max: Date } | null,
  window: { start: Date; end: Date },
): { min: Date; max: Date } | null {
  if (!bounds) return null;
  return {
    min: new Date(Math.min(bounds.min.getTime(), window.start.getTime())),
    max: new Date(Math.max(bounds.max.getTime(), window.end.getTime())),
  };
}
