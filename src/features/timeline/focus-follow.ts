import type { Timeline } from 'vis-timeline/esnext';

/** Left and right edges on the screen, in px. */
export interface Edges {
  left: number;
  right: number;
}

/** Room kept between an item brought into view and the edge of the drawing, in px. */
const GAP_PX = 8;

/**
 * How far, in px, the window must move for an item's box to show in the drawing: later (positive) for
 * one past the right edge, earlier (negative) for one that starts before the left edge, 0 for one that
 * shows whole. One wider than the drawing is moved only as far as keeps its start, where its date is.
 *
 * vis-timeline draws the items a quarter of the window beyond either edge, so that a pan shows them at
 * once, and every drawn item is a Tab stop: the focus went to items off the screen, with its ring and
 * tooltip out of sight, and the timeline stayed where it was.
 */
export function shiftToShow(box: Edges, drawing: Edges): number {
  if (box.left >= drawing.left && box.right <= drawing.right) return 0;
  if (box.left < drawing.left) return box.left - drawing.left - GAP_PX;
  return Math.max(0, Math.min(box.right - drawing.right + GAP_PX, box.left - drawing.left - GAP_PX));
}

/**
 * Moves the timeline's window so that the item holding `target` shows (see shiftToShow); says whether
 * it moved. Not animated: the focus ring and the tooltip belong where the item ends up.
 */
export function bringIntoView(timeline: Timeline, target: Element): boolean {
  // The browser has already scrolled a panel sideways to show the focused item (TimelineView undoes
  // that on the scroll event, which comes later): undone first, so the item is measured where it is drawn.
  for (let el = target.parentElement; el && !el.classList.contains('vis-timeline'); el = el.parentElement)
    if (el.scrollLeft !== 0) el.scrollLeft = 0;
  const drawing = target.closest('.vis-panel.vis-center')?.getBoundingClientRect();
  if (!drawing || drawing.width === 0) return false;
  const px = shiftToShow((target.closest('.vis-item') ?? target).getBoundingClientRect(), drawing);
  if (px === 0) return false;
  const { start, end } = timeline.getWindow();
  const ms = (px / drawing.width) * (end.getTime() - start.getTime());
  timeline.setWindow(new Date(start.getTime() + ms), new Date(end.getTime() + ms), { animation: false });
  return true;
}
