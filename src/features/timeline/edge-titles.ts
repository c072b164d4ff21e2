import type { Timeline } from 'vis-timeline/esnext';
import { MARKS_ONLY_CLASS } from './title-mode';

/**
 * Titles that reach the right edge of the drawing end there with an ellipsis, not cut mid-letter.
 *
 * vis-timeline hides what passes the drawing's edges. Fit all and Latest make room for the last titles, but
 * at most half a year past the last event (title-room.ts): over years of events with long titles (the
 * summits at 1280 px) five of them ran past the edge, "Trump–Putin summit in Anchora". Each is now shortened
 * to the room it has ("Trump–Putin summit in An…"), so a reader sees that it goes on; its tooltip and its
 * accessible name give it whole. Showing them whole would take years of empty lanes after the last event.
 * A status badge ("Cancelled") keeps its place after the title, which is shortened the more: dropped with
 * the title's end, it left a cancelled event only its strike-through to say so.
 *
 * The item keeps its width for vis-timeline: what the title gives up is added as a margin after it, so
 * that vis-timeline, which measures an item again now and then, finds the width it stacked it by, and no
 * item is drawn over another as it moves away from the edge. Worked out from vis-timeline's own figures
 * after each drawing, and the width of a shortened item's badge, read once; if its internals ever change
 * shape, the titles are cut at the edge as before.
 */

/**
 * What the title gives up: its width and the margin after it, in px, whether any of its words are left to
 * show, and whether its status badge (`badgePx` wide, 0 for none) is; null where it shows whole. The badge
 * stays while there is room for it after the mark, the words giving way first.
 */
export function edgeClamp(
  left: number,
  naturalPx: number,
  drawingPx: number,
  badgePx = 0,
): { width: number; margin: number; words: boolean; badge: boolean } | null {
  const over = left + naturalPx + EDGE_GAP_PX - drawingPx;
  if (over <= 0 || left >= drawingPx) return null;
  const width = Math.max(naturalPx - over, 0);
  const badge = badgePx > 0 && width >= MARK_PX + badgePx;
  const words = width >= MIN_WORDS_PX + (badge ? ITEM_GAP_PX + badgePx : 0);
  return { width, margin: over, words, badge };
}

/** The mark, its gap and the item's padding (timeline.css, `.tl-item`), in px. */
const MARK_PX = 33;
/**
 * The narrowest title that still shows some of its words: the mark and two letters with the ellipsis.
 * Narrower, "★ T…" reads as a word of its own, so the mark stands alone (or with its badge).
 */
const MIN_WORDS_PX = MARK_PX + 23;
/** The gap between the title and the badge (timeline.css, `.tl-item`), rounded up. */
const ITEM_GAP_PX = 5;

/** Room left between a shortened title and the edge, in px. */
const EDGE_GAP_PX = 2;
/** A range's border (timeline.css, `.vis-item.tl`), before its content. */
const RANGE_BORDER_PX = 2;

interface InternalItem {
  displayed?: boolean;
  left?: number;
  width?: number;
  /** A point's x, its date. */
  pointX?: number;
  overflow?: boolean;
  props?: { content?: { width?: number } };
  dom?: { content?: HTMLElement };
}

interface Internals {
  props?: { center?: { width?: number } };
  itemSet?: { items?: Record<string, InternalItem> };
}

const clampOf = (node: HTMLElement) => node.style.width;

/** Where the item's title starts in the drawing, and how wide it draws whole, or null for another item. */
function titleBox(item: InternalItem): { left: number; natural: number; node: HTMLElement } | null {
  const node = item.dom?.content?.firstElementChild;
  if (!(node instanceof HTMLElement) || !node.classList.contains('tl-item')) return null;
  if (item.pointX !== undefined && item.width !== undefined)
    return { left: item.pointX, natural: item.width, node };
  // A range draws its content from its start, or from the drawing's left edge when it starts before.
  const content = item.props?.content?.width;
  if (item.overflow && item.left !== undefined && content !== undefined)
    return { left: Math.max(item.left, 0) + RANGE_BORDER_PX, natural: content, node };
  return null;
}

/** On a title shortened at the edge (timeline.css): its month gives way to its words. */
const EDGE_CLASS = 'tl-item--edge';
/** On one with no room for its words: its mark and its status badge (timeline.css). */
const EDGE_STATUS_CLASS = 'tl-item--edge-status';
/** On one with no room for its words or its badge: its mark alone (timeline.css). */
const EDGE_MARK_CLASS = 'tl-item--edge-mark';

/** The width of each shortened item's status badge, read once, while it is drawn (before any clamp). */
const badgeWidths = new WeakMap<HTMLElement, number>();

function badgeWidth(node: HTMLElement): number {
  let width = badgeWidths.get(node);
  if (width === undefined) {
    const badge = node.querySelector<HTMLElement>('.tl-item__badge');
    width = badge ? Math.ceil(badge.getBoundingClientRect().width) : 0;
    badgeWidths.set(node, width);
  }
  return width;
}

function release(node: HTMLElement) {
  node.classList.remove(EDGE_CLASS, EDGE_STATUS_CLASS, EDGE_MARK_CLASS);
  node.style.removeProperty('width');
  node.style.removeProperty('margin-right');
  // Read again next time: the text size may have changed meanwhile.
  badgeWidths.delete(node);
}

/**
 * Shortens the titles at the right edge after each drawing of the timeline in `element` (see above), while
 * the items show their titles. `release()` gives every title its whole width back, before the items are
 * measured for another mode (title-mode.ts).
 */
export function clampEdgeTitles(
  timeline: Timeline,
  element: HTMLElement,
): { stop: () => void; release: () => void } {
  const inside = timeline as unknown as Internals;
  const clamped = new Set<HTMLElement>();
  const onChanged = () => {
    const drawing = inside.props?.center?.width;
    const items = inside.itemSet?.items;
    // Marks alone (the whole chronology, as it opens) have no title to shorten: nothing to go through.
    if (!drawing || !items || element.classList.contains(MARKS_ONLY_CLASS)) return;
    for (const item of Object.values(items)) {
      if (!item.displayed) continue;
      const box = titleBox(item);
      if (!box) continue;
      // The badge's width is read (a layout) only for a title the edge cuts, not for every one drawn.
      const cut = edgeClamp(box.left, box.natural, drawing);
      const clamp = cut && edgeClamp(box.left, box.natural, drawing, badgeWidth(box.node));
      if (!clamp) {
        if (clamped.delete(box.node)) release(box.node);
        continue;
      }
      const width = `${clamp.width}px`;
      if (clampOf(box.node) === width) continue;
      box.node.style.width = width;
      box.node.style.marginRight = `${clamp.margin}px`;
      box.node.classList.add(EDGE_CLASS);
      box.node.classList.toggle(EDGE_STATUS_CLASS, !clamp.words && clamp.badge);
      box.node.classList.toggle(EDGE_MARK_CLASS, !clamp.words && !clamp.badge);
      clamped.add(box.node);
    }
  };
  timeline.on('changed', onChanged);
  const releaseAll = () => {
    for (const node of clamped) release(node);
    clamped.clear();
  };
  return {
    stop: () => {
      timeline.off('changed', onChanged);
      clamped.clear();
    },
    release: releaseAll,
  };
}
