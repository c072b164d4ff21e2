import type { Timeline } from 'vis-timeline/esnext';

/**
 * The redraw vis-timeline's own size check made: at once, and without measuring every item again,
 * which a new width does not change. The public `redraw()` does both, a frame later: 50–100 ms when the
 * event panel closes, with the real dataset. Drawn here, in the observer's callback, the new width is
 * on the screen in the frame it appears. The browser test in e2e/timeline.spec.ts fails if a new
 * version of vis-timeline stops answering this event.
 */
function redrawNow(timeline: Timeline): void {
  const emitter = timeline as unknown as { emit?: (event: string) => void };
  if (emitter.emit) emitter.emit('_change');
  else timeline.redraw();
}

/**
 * Redraws the timeline when the width it is given changes, and calls `onResize` on any change of its
 * size. It stands in for vis-timeline's `autoResize`, which the options turn off.
 *
 * That check read the timeline's size once a second and redrew when it had changed. The app's
 * timeline grows and shrinks with its lanes, so after a filter the check found a change the timeline
 * had made itself and drew everything again, into the filter's own update now and then: the slowest
 * filter updates at 10,000 events took twice as long (docs/performance.md, "A sixth look"). And a
 * width changed from outside, as when the event panel closed, waited up to that second to be drawn.
 * The observer sees a new width in the frame it happens; the height is the lanes' own.
 */
export function followWidth(timeline: Timeline, element: HTMLElement, onResize: () => void): () => void {
  let width: number | undefined;
  const observer = new ResizeObserver((entries) => {
    const next = entries[entries.length - 1]?.contentRect.width;
    if (next === undefined) return;
    onResize();
    // The observer reports the size it starts with: the timeline was drawn at that width.
    if (width !== undefined && next !== width) redrawNow(timeline);
    width = next;
  });
  observer.observe(element);
  return () => observer.disconnect();
}
