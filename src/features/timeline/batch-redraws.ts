import type { Timeline } from 'vis-timeline/esnext';

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** The nearest object on `start`'s prototype chain that defines all of `names` itself. */
function ownerOf(start: object | undefined, names: string[]): Record<string, Method> | null {
  let proto: object | null = start ? Object.getPrototypeOf(start) : null;
  while (proto && !names.every((name) => Object.hasOwn(proto!, name))) proto = Object.getPrototypeOf(proto);
  return proto as Record<string, Method> | null;
}

const patched = new WeakSet<object>();
// While true, a lane does not draw an item as it joins; while `holding`, the item set skips the
// synchronous redraws vis-timeline makes after each DataSet event. Methods are wrapped once, on the
// prototypes, so that vis-timeline's objects keep their shapes.
let joining = false;
let holding = false;

interface Internals {
  itemSet?: { groups?: Record<string, object>; initialItemSetDrawn?: boolean };
}

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
  const groups = (timeline as unknown as Internals).itemSet?.groups;
  const lane = ownerOf(groups ? Object.values(groups)[0] : undefined, ['add', '_checkIfVisible']);
  if (!lane || patched.has(lane)) return;
  const add = lane.add!;
  const check = lane._checkIfVisible!;
  lane.add = function (...args) {
    joining = true;
    try {
      return add.apply(this, args);
    } finally {
      joining = false;
    }
  };
  lane._checkIfVisible = function (...args) {
    return joining ? undefined : check.apply(this, args);
  };
  patched.add(lane);
}

/**
 * Runs `change` (DataSet removes and adds) with a single redraw. vis-timeline redraws every lane
 * synchronously after each DataSet event, and then once more in the next animation frame, which it
 * schedules for every change anyway; a filter that removes and adds items paid for three full
 * redraws. Until the timeline has drawn its items once, nothing is held back: its first drawing
 * goes through the same method.
 */
export function withOneRedraw(timeline: Timeline, change: () => void): void {
  const itemSet = (timeline as unknown as Internals).itemSet;
  const owner = ownerOf(itemSet, ['redraw', 'setItems']);
  if (!itemSet?.initialItemSetDrawn || !owner) {
    change();
    return;
  }
  if (!patched.has(owner)) {
    const redraw = owner.redraw!;
    owner.redraw = function (...args) {
      return holding ? false : redraw.apply(this, args);
    };
    patched.add(owner);
  }
  holding = true;
  try {
    change();
  } finally {
    holding = false;
  }
}
