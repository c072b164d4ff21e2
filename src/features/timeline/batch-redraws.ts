import type { Timeline } from 'vis-timeline/esnext';

interface LaneInternals {
  add(item: unknown): void;
  _checkIfVisible(item: unknown, visibleItems: unknown[], range: unknown): void;
}

const patched = new WeakSet<object>();

/**
 * vis-timeline draws an item the moment it joins a lane (`Group.add` → `_checkIfVisible` →
 * `item.show()`), and each draw measures the item: one forced layout per item, 0.5–1 ms each, which
 * made adding 150 items cost more than the rest of a filter update together. The lane's next redraw
 * (which adding an item schedules) draws every new item in one batch, writes first and reads after,
 * so joining a lane only records the item and leaves the drawing to that redraw.
 *
 * vis-timeline does not export its lane class: it is found through the lane every timeline has for
 * background items. If its internals ever change shape, nothing is patched and items are drawn the
 * slow way, as before.
 */
export function batchItemShows(timeline: Timeline): void {
  const groups = (timeline as unknown as { itemSet?: { groups?: Record<string, object> } }).itemSet?.groups;
  const anyLane = groups ? Object.values(groups)[0] : undefined;
  let proto: object | null = anyLane ? Object.getPrototypeOf(anyLane) : null;
  while (proto && !(Object.hasOwn(proto, 'add') && Object.hasOwn(proto, '_checkIfVisible')))
    proto = Object.getPrototypeOf(proto);
  if (!proto || patched.has(proto)) return;
  const lane = proto as LaneInternals;
  const add = lane.add;
  const skip = () => undefined;
  lane.add = function (this: LaneInternals, item: unknown) {
    this._checkIfVisible = skip;
    try {
      add.call(this, item);
    } finally {
      // Back to the prototype's own check, which every later redraw uses.
      delete (this as Partial<LaneInternals>)._checkIfVisible;
    }
  };
  patched.add(proto);
}

interface ItemSetInternals {
  initialItemSetDrawn?: boolean;
  redraw(): boolean;
}

/**
 * Runs `change` (DataSet removes and adds) with a single redraw. vis-timeline redraws every lane
 * synchronously after each DataSet event, and then once more in the next animation frame, which it
 * schedules for every change anyway; a filter that removes and adds items paid for three full
 * redraws. Until the timeline has drawn its items once, nothing is held back: its first drawing
 * goes through the same method.
 */
export function withOneRedraw(timeline: Timeline, change: () => void): void {
  const itemSet = (timeline as unknown as { itemSet?: ItemSetInternals }).itemSet;
  if (!itemSet?.initialItemSetDrawn || typeof itemSet.redraw !== 'function') {
    change();
    return;
  }
  itemSet.redraw = () => false;
  try {
    change();
  } finally {
    delete (itemSet as Partial<ItemSetInternals>).redraw;
  }
}
