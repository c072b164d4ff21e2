/**
 * Whether the timeline's items show their titles, or only their kinds' marks.
 *
 * vis-timeline stacks the items of a lane so that no two overlap, and an item with its title is about
 * 200–350 px wide. Zoomed out over the whole chronology, every event of a lane overlapped the next and
 * each took a row of its own: the real dataset's timeline was 4,500 px tall on a laptop and 7,700 px
 * on a phone, a column of titles with the lanes below it screens away. Where the titles would make the
 * timeline that tall, the items show their marks alone, which overlap far less, so the lanes fit on
 * about a screen and show where the events fall; a title is a hover, a focus or a zoom away, and each
 * item still names its event to a screen reader. Zoomed in far enough, the titles come back.
 */

import { TRAVEL_MARGIN_MS } from './fit-window';

/** What the estimate needs of an item: its lane, its dates, and how wide its title would draw. */
export interface Spot {
  group: string;
  start: number;
  end?: number;
  /** The item's width with its title, in px. */
  titlePx: number;
}

/** The width of an item drawn as its mark alone (the mark and the item's padding), in px. */
export const MARK_PX = 24;
/** The height of one row of items in a lane, and a lane's own padding, in px (timeline.css, margins). */
export const ROW_PX = 34;
const LANE_PADDING_PX = 12;
/** vis-timeline's horizontal margin between two items of a row (timeline-options.ts). */
const ITEM_GAP_PX = 4;
/** Never wider: `.tl-item` has `max-width: 22rem`. */
const TITLE_MAX_PX = 352;
/** About the width of a character of an item's title, and what the mark and padding add, in px. */
const CHAR_PX = 6.8;
const TITLE_EXTRA_PX = 34;

/** About how wide an item with this title and these extra words (a status badge, a month) draws. */
export function titleWidth(title: string, extra = ''): number {
  const chars = title.length + (extra ? extra.length + 2 : 0);
  return Math.min(TITLE_MAX_PX, Math.round(chars * CHAR_PX + TITLE_EXTRA_PX));
}

/**
 * The rows each lane needs when every item is `widthOf(spot)` px wide from its start (or its range's
 * width, if wider): the most items that cover any one point of the lane, which is what stacking them
 * without overlaps takes.
 */
export function laneRows(
  spots: readonly Spot[],
  window: { start: number; end: number },
  widthPx: number,
  widthOf: (spot: Spot) => number,
): Map<string, number> {
  const pxPerMs = widthPx / Math.max(window.end - window.start, 1);
  const lanes = new Map<string, { starts: number[]; ends: number[] }>();
  for (const spot of spots) {
    const x = (spot.start - window.start) * pxPerMs;
    const rangePx = spot.end === undefined ? 0 : (spot.end - spot.start) * pxPerMs;
    const right = x + Math.max(rangePx, widthOf(spot)) + ITEM_GAP_PX;
    // Only what is in the drawing is stacked there.
    if (right < 0 || x > widthPx) continue;
    let lane = lanes.get(spot.group);
    if (!lane) lanes.set(spot.group, (lane = { starts: [], ends: [] }));
    lane.starts.push(x);
    lane.ends.push(right);
  }
  const rows = new Map<string, number>();
  for (const [group, lane] of lanes) {
    // Starts and ends each sorted as numbers (a typed array sorts without a comparator, several times
    // faster than pairs of them sorted together: at 50,000 events Fit all spent about 100 ms here).
    const starts = Float64Array.from(lane.starts).sort();
    const ends = Float64Array.from(lane.ends).sort();
    let depth = 0;
    let deepest = 0;
    let e = 0;
    for (const start of starts) {
      // An item ending where the next starts does not overlap it: ends first.
      while (e < ends.length && ends[e]! <= start) {
        depth -= 1;
        e += 1;
      }
      deepest = Math.max(deepest, (depth += 1));
    }
    rows.set(group, deepest);
  }
  return rows;
}

/** About how tall the lanes draw with these rows (a lane with no item still takes one). */
export function lanesHeight(rows: ReadonlyMap<string, number>, laneCount: number): number {
  let height = 0;
  for (const count of rows.values()) height += Math.max(count, 1) * ROW_PX + LANE_PADDING_PX;
  return height + Math.max(laneCount - rows.size, 0) * (ROW_PX + LANE_PADDING_PX);
}

/**
 * Titles are shown when the lanes with them fit in `budgetPx` (about two screens), or are not much
 * taller than with marks alone, which would not spare the reader much scrolling.
 */
export function showsTitles(
  spots: readonly Spot[],
  window: { start: number; end: number },
  widthPx: number,
  laneCount: number,
  budgetPx: number,
): boolean {
  if (widthPx <= 0) return true;
  const titled = lanesHeight(
    laneRows(spots, window, widthPx, (s) => s.titlePx),
    laneCount,
  );
  if (titled <= budgetPx) return true;
  const marks = lanesHeight(
    laneRows(spots, window, widthPx, () => MARK_PX),
    laneCount,
  );
  return titled <= marks * 1.5;
}

/**
 * The spots whose titles may reach the right edge of the drawing in `window`, at the largest width an
 * item has: the ones whose real width roomForTitles needs. The estimate of titleWidth is within about
 * a tenth of it, which was up to 30 px of empty lanes past the last title, or a few px of it cut.
 */
export function nearTheEnd(
  spots: readonly Spot[],
  window: { start: number; end: number },
  widthPx: number,
): number[] {
  const span = window.end - window.start;
  if (widthPx <= 0 || span <= 0) return [];
  const reach = widthPx - TITLE_MAX_PX - ITEM_GAP_PX;
  const near: number[] = [];
  spots.forEach((spot, i) => {
    const offset = spot.start - window.start;
    if (offset > 0 && (offset / span) * widthPx > reach) near.push(i);
  });
  return near;
}

/**
 * The window widened to the right, its start kept, so that every item's title ends inside the drawing;
 * titles wider than most of the drawing are left to be cut, as no window would show them whole.
 * Fit all and Latest end a little after the last event: its title ran on past the right edge ("185-fo…").
 *
 * It ends at most half a year after the last item, as far as a drag may take the timeline past the last
 * event (TRAVEL_MARGIN_MS). Most titles draw at the items' largest width, 352 px, a third of a laptop's
 * drawing: over years of events, the room to show the last ones whole was years of empty lanes (the
 * summits, the last in January 2026, ran to the middle of 2027). There the last titles run past the
 * edge, as they do after a drag; over a year or less, the room they need is well within half a year.
 */
export function roomForTitles(
  spots: readonly Spot[],
  window: { start: number; end: number },
  widthPx: number,
): { start: number; end: number } {
  let span = window.end - window.start;
  if (widthPx <= 0 || span <= 0) return window;
  const needed = span;
  let lastEnd = -Infinity;
  for (const spot of spots) {
    lastEnd = Math.max(lastEnd, spot.end ?? spot.start);
    const titlePx = spot.titlePx + ITEM_GAP_PX;
    const offset = spot.start - window.start;
    if (titlePx > 0.6 * widthPx || offset <= 0) continue;
    span = Math.max(span, (offset * widthPx) / (widthPx - titlePx));
  }
  // At most half as wide again: past that, most of the drawing would be empty for one title's sake.
  span = Math.min(span, needed * 1.5, Math.max(needed, lastEnd + TRAVEL_MARGIN_MS - window.start));
  return span === needed ? window : { start: window.start, end: window.start + span };
}
