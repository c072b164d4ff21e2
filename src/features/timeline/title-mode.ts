import type { Timeline } from 'vis-timeline/esnext';
import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { statusLabel } from '../../lib/data/labels';
import { COMPACT_SCREEN_QUERY } from '../../lib/react/use-compact-screen';
import { buildItemElement } from './item-element';
import { ITEM_MARGIN, PACKED_MARK_MARGIN } from './timeline-options';
import { nearTheEnd, roomForTitles, showsTitles, titleWidth, type Spot } from './title-room';
import type { TimelineItem } from './to-timeline-item';
import { isCluster, type FeedItem } from './window-feed';

/** On the timeline's element while its items show their marks alone (timeline.css). */
export const MARKS_ONLY_CLASS = 'timeline__canvas--marks';

/** A cluster's "37 events", drawn whatever the mode. */
const CLUSTER_PX = 100;

const widths = new WeakMap<EventRecord, number>();
function titlePx(event: EventRecord): number {
  let px = widths.get(event);
  if (px === undefined) {
    const badge = event.status === 'held' ? '' : statusLabel(event.status);
    const date = event.start.length < 10 ? formatDateRange(event.start, event.end) : '';
    px = titleWidth(event.title, [badge, date].filter(Boolean).join('  '));
    widths.set(event, px);
  }
  return px;
}

function toSpot(item: FeedItem): Spot {
  return {
    group: item.group,
    start: item.start.getTime(),
    ...(item.end ? { end: item.end.getTime() } : {}),
    titlePx: isCluster(item) ? CLUSTER_PX : titlePx(item.event),
  };
}

/**
 * Whether the items in `feed` should show their titles in the timeline drawn in `element` (see
 * title-room.ts): read from the drawing's width and the window, with about two screens' height as
 * the budget.
 */
export function titlesFit(
  element: HTMLElement,
  timeline: Timeline,
  feed: readonly FeedItem[],
  laneCount: number,
) {
  const drawing = element.querySelector<HTMLElement>('.vis-panel.vis-center');
  const { start, end } = timeline.getWindow();
  return showsTitles(
    feed.map(toSpot),
    { start: start.getTime(), end: end.getTime() },
    drawing?.clientWidth ?? 0,
    laneCount,
    2 * window.innerHeight,
  );
}

interface InternalItem {
  dirty?: boolean;
  displayed?: boolean;
  /** With `true`, the steps of its drawing (writes, then reads), for the caller to run in turn. */
  redraw?: (returnQueue: true) => (() => void)[];
}

interface Internals {
  itemSet?: {
    options?: { margin?: { item?: { horizontal: number; vertical: number } } };
    items?: Record<string, InternalItem>;
    groups?: Record<string, { stackDirty?: boolean }>;
  };
  emit?: (event: string, properties?: { queue: boolean }) => void;
}

/**
 * Shows or hides the items' titles; says whether that changed anything. A change has every item
 * measured and every lane stacked again in the timeline's next redraw, which it asks for, after
 * `beforeMeasuring` (which gives the titles shortened at the edge their whole width back).
 *
 * vis-timeline keeps each item's size from when it was drawn, and its public `redraw()` measures them
 * again one by one, a forced layout each. Here they are measured in one batch (writes first, reads
 * after), and the lanes stacked again in the next redraw. If its internals ever change shape, the
 * public `redraw()` does it the slow way.
 *
 * On a phone (`packed`, the phone rule of the page's layout) marks alone are packed edge to edge, each in
 * a box of a finger's smallest target (timeline.css, PACKED_MARK_MARGIN); titles keep their margins.
 */
export function showTitles(
  timeline: Timeline,
  element: HTMLElement,
  show: boolean,
  beforeMeasuring: () => void = () => undefined,
  packed: boolean = window.matchMedia(COMPACT_SCREEN_QUERY).matches,
): boolean {
  const margin = !show && packed ? PACKED_MARK_MARGIN : ITEM_MARGIN;
  const inside = timeline as unknown as Internals;
  const items = inside.itemSet?.items;
  const groups = inside.itemSet?.groups;
  const itemMargin = inside.itemSet?.options?.margin?.item;
  // The same mode, packed as it should be: nothing to do. Marks on a window resized across the phone
  // rule are measured and stacked again, as timeline.css draws them there.
  const packedAsIs =
    !itemMargin || (itemMargin.horizontal === margin.horizontal && itemMargin.vertical === margin.vertical);
  if (element.classList.contains(MARKS_ONLY_CLASS) === !show && packedAsIs) return false;
  beforeMeasuring();
  element.classList.toggle(MARKS_ONLY_CLASS, !show);
  if (!items || !groups || !inside.emit || !itemMargin) {
    timeline.setOptions({ margin: { item: { ...margin } } });
    timeline.redraw();
    return true;
  }
  // Read by the stacking of the next redraw, as the lanes are stacked again below.
  Object.assign(itemMargin, margin);
  // Drawn items are measured now, step by step across all of them as vis-timeline does when a font
  // loads, so that every write comes before every read; the others are measured when next shown.
  const steps: (() => void)[][] = [];
  for (const item of Object.values(items)) {
    item.dirty = true;
    if (item.displayed && item.redraw) steps.push(item.redraw(true));
  }
  const count = Math.max(0, ...steps.map((s) => s.length));
  for (let i = 0; i < count; i++) for (const itemSteps of steps) itemSteps[i]?.();
  for (const group of Object.values(groups)) group.stackDirty = true;
  // Queued: drawn with whatever else this change of window or filters draws, in the coming frame.
  inside.emit('_change', { queue: true });
  return true;
}

/** The links a measured item is built with: it is never in the page long enough to be followed. */
const NO_LINKS = { href: () => '#' };

/**
 * How wide the items of these events draw with their titles, in px: each built as the timeline builds
 * it, measured out of sight beside the drawing (whose marks-only class would hide the titles), in one
 * layout for all of them.
 */
function measuredWidths(drawing: HTMLElement, events: readonly EventRecord[]): number[] {
  const host = document.createElement('div');
  // An item's own classes, for its size of type.
  host.className = 'vis-item tl timeline__measure';
  const nodes = events.map((event) => buildItemElement(event, () => undefined, NO_LINKS));
  host.append(...nodes);
  (drawing.parentElement ?? document.body).append(host);
  const widths = nodes.map((node) => node.getBoundingClientRect().width);
  host.remove();
  return widths;
}

/**
 * The window Fit all or Latest chose, widened so that the titles of its last events end inside the
 * drawing, if the items show their titles there (marks need no room). The titles that may reach the
 * right edge are measured; the others keep their estimate.
 */
export function withTitleRoom(
  element: HTMLElement,
  win: { start: Date; end: Date },
  items: readonly FeedItem[],
  laneCount: number,
): { start: Date; end: Date } {
  const widthPx = element.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? 0;
  const plain = { start: win.start.getTime(), end: win.end.getTime() };
  const budget = 2 * window.innerHeight;
  const spots = items.map(toSpot);
  const near = nearTheEnd(spots, plain, widthPx).filter((i) => !isCluster(items[i]!));
  // Marks at this window are marks at a wider one too: nothing to measure.
  if (near.length === 0 || !showsTitles(spots, plain, widthPx, laneCount, budget)) return win;
  const widths = measuredWidths(
    element,
    near.map((i) => (items[i] as TimelineItem).event),
  );
  near.forEach((i, k) => (spots[i] = { ...spots[i]!, titlePx: widths[k]! }));
  const roomy = roomForTitles(spots, plain, widthPx);
  if (roomy.end === plain.end) return win;
  return showsTitles(spots, roomy, widthPx, laneCount, budget)
    ? { start: win.start, end: new Date(roomy.end) }
    : win;
}

/**
 * The window a timeline just built opens on, `win` widened as Fit all's is (withTitleRoom), and the
 * timeline moved there before its first drawing. The room needs the drawing's width, which vis-timeline
 * lays out only in its first redraw, a frame later: it is drawn now, its lanes still empty, so that the
 * items are first drawn where the timeline opens, once. If vis-timeline's internals ever change shape,
 * the drawing has no width yet and the window is `win`.
 */
export function openWithTitleRoom(
  timeline: Timeline,
  element: HTMLElement,
  win: { start: Date; end: Date },
  items: readonly FeedItem[],
  laneCount: number,
): { start: Date; end: Date } {
  // Before the timeline has drawn its items, this redraw is made at once (batch-redraws.ts).
  (timeline as unknown as Internals).emit?.('_change');
  const roomy = withTitleRoom(element, win, items, laneCount);
  if (roomy.end.getTime() === win.end.getTime()) return win;
  timeline.setWindow(roomy.start, roomy.end, { animation: false });
  return roomy;
}
