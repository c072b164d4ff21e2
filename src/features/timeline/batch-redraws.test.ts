// @vitest-environment happy-dom
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { afterEach, describe, expect, it } from 'vitest';
import { batchItemShows, withOneRedraw } from './batch-redraws';

// vis-timeline draws nothing useful without layout, but its objects and their bookkeeping work here:
// enough to check that the patches still find the internals they rely on (vis-timeline 8.5). Range
// items, because a box or point needs its measured width to count as in view.
interface ItemInternals {
  displayed: boolean;
}
interface TimelineInternals {
  itemSet: { items: Record<string, ItemInternals>; initialItemSetDrawn: boolean };
}

const start = new Date('2025-05-01');
const end = new Date('2025-06-01');
const item = (id: string) => ({
  id,
  content: id,
  start: new Date('2025-05-16'),
  end: new Date('2025-05-18'),
  group: 'lane',
});
let timelines: Timeline[] = [];
afterEach(() => {
  for (const t of timelines) t.destroy();
  timelines = [];
});

function build() {
  const container = document.createElement('div');
  document.body.append(container);
  const items = new DataSet<{ id: string; content: string; start: Date; end: Date; group: string }, 'id'>();
  const groups = new DataSet([{ id: 'lane', content: 'Lane' }]);
  const timeline = new Timeline(container, items, groups, { start, end });
  timelines.push(timeline);
  return { timeline, items, internals: timeline as unknown as TimelineInternals };
}

describe('withOneRedraw', () => {
  it('finds the item set’s redraw: vis-timeline’s own redraw after a DataSet change is held back', () => {
    const { timeline, items, internals } = build();
    internals.itemSet.initialItemSetDrawn = true;
    // Count the item set's real redraws, under the wrapper withOneRedraw puts on the same method
    // (this test runs first, before anything is wrapped).
    const proto = Object.getPrototypeOf(internals.itemSet) as { redraw: (...args: unknown[]) => boolean };
    const real = proto.redraw;
    let redraws = 0;
    proto.redraw = function (...args: unknown[]) {
      redraws++;
      return real.apply(this, args);
    };
    // The counter stays: withOneRedraw wraps a method once, and the test below relies on the wrapper.
    withOneRedraw(timeline, () => items.add(item('c')));
    expect(internals.itemSet.items.c).toBeDefined();
    expect(redraws).toBe(0);
    // Outside it, vis-timeline redraws after the change, as usual.
    items.add(item('d'));
    expect(redraws).toBe(1);
  });
});

describe('batchItemShows', () => {
  it('finds vis-timeline’s lane class: an item joining a lane waits for the next redraw to be drawn', () => {
    // Each add is made inside withOneRedraw, so that no redraw follows it here and what the lane did
    // on its own is what remains.
    const plain = build();
    plain.internals.itemSet.initialItemSetDrawn = true;
    withOneRedraw(plain.timeline, () => plain.items.add(item('a')));
    // Without the patch vis-timeline draws the item at once (the forced layout this avoids). Checked
    // first: once applied, the patch holds for every timeline.
    expect(plain.internals.itemSet.items.a!.displayed).toBe(true);

    const batched = build();
    batched.internals.itemSet.initialItemSetDrawn = true;
    batchItemShows(batched.timeline);
    withOneRedraw(batched.timeline, () => batched.items.add(item('b')));
    expect(batched.internals.itemSet.items.b!.displayed).toBe(false);
  });
});
