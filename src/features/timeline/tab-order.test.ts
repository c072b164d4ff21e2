// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { followReadingOrder, keepItemsInReadingOrder } from './tab-order';

/** A lane as vis-timeline leaves it: items in the order they came into the window, each with its item. */
function lane(starts: string[], rows: number[] = starts.map(() => 0)) {
  const root = document.createElement('div');
  const foreground = document.createElement('div');
  foreground.className = 'vis-foreground';
  const group = document.createElement('div');
  group.className = 'vis-group';
  foreground.append(group);
  root.append(foreground);
  document.body.append(root);
  starts.forEach((start, i) => {
    const el = document.createElement('div');
    el.className = 'vis-item';
    el.id = `${start}/${rows[i]}`;
    const link = document.createElement('a');
    link.href = '#';
    el.append(link);
    Object.assign(el, { 'vis-item': { data: { start: new Date(start) }, top: rows[i] } });
    group.append(el);
  });
  return { root, group, ids: () => [...group.children].map((el) => el.id) };
}

describe('keepItemsInReadingOrder', () => {
  it('puts the items of a lane in date order, then by row', () => {
    const { root, ids } = lane(['2026-01-23', '2026-02-04', '2025-07-23', '2026-01-23'], [40, 0, 0, 0]);
    keepItemsInReadingOrder(root, null);
    expect(ids()).toEqual(['2025-07-23/0', '2026-01-23/0', '2026-01-23/40', '2026-02-04/0']);
  });

  it('keeps the focus: the focused item stays put and the others go around it', () => {
    const { root, group, ids } = lane(['2026-01-23', '2026-02-04', '2025-07-23', '2025-01-01']);
    const focused = group.children[1]!.querySelector('a')!;
    focused.focus();
    expect(document.activeElement).toBe(focused);
    keepItemsInReadingOrder(root);
    expect(ids()).toEqual(['2025-01-01/0', '2025-07-23/0', '2026-01-23/0', '2026-02-04/0']);
    expect(document.activeElement).toBe(focused);
  });

  it('leaves a lane in order as it is', () => {
    const { root, group, ids } = lane(['2025-01-01', '2025-02-01']);
    const first = group.firstElementChild;
    keepItemsInReadingOrder(root, null);
    expect(ids()).toEqual(['2025-01-01/0', '2025-02-01/0']);
    expect(group.firstElementChild).toBe(first);
  });
});

describe('followReadingOrder', () => {
  function timelineLike() {
    const handlers = new Set<() => void>();
    return {
      on: (_: 'changed', h: () => void) => void handlers.add(h),
      off: (_: 'changed', h: () => void) => void handlers.delete(h),
      redraw: () => handlers.forEach((h) => h()),
      handlers,
    };
  }

  it('puts the lanes in order after a redraw only while the focus is in the timeline, and as Tab is pressed', () => {
    const { root, ids } = lane(['2026-02-04', '2025-07-23']);
    const timeline = timelineLike();
    const stop = followReadingOrder(timeline, root as HTMLElement);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    timeline.redraw();
    // Not in the timeline: a filter's redraw is not made to pay for it.
    expect(ids()).toEqual(['2026-02-04/0', '2025-07-23/0']);
    outside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(ids()).toEqual(['2025-07-23/0', '2026-02-04/0']);

    // In the timeline, a redraw that brings an item in out of order is put right at once.
    const group = root.querySelector('.vis-group')!;
    group.querySelector('a')!.focus();
    group.prepend(group.lastElementChild!);
    expect(ids()).toEqual(['2026-02-04/0', '2025-07-23/0']);
    timeline.redraw();
    expect(ids()).toEqual(['2025-07-23/0', '2026-02-04/0']);

    stop();
    expect(timeline.handlers.size).toBe(0);
    outside.focus();
    group.prepend(group.lastElementChild!);
    outside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(ids()).toEqual(['2026-02-04/0', '2025-07-23/0']);
  });
});
