import type { Timeline } from 'vis-timeline/esnext';

/**
 * The redraw vis-timeline's own size check made: at once, and without measuring every item again,
 * which a new width does not change. The public `redraw()` does both a frame later: 50–100 ms more when
 * the event panel closed, with the real dataset. The browser test in e2e/timeline.spec.ts fails if a
 * new version of vis-timeline stops answering this event.
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
 * The observer sees a new width in the frame it happens, and the timeline is drawn at it before that
 * frame is painted; the height is the lanes' own.
 */
export function followWidth(timeline: Timeline, element: HTMLElement, onResize: () => void): () => void {
  let width: number | undefined;
  let frame = 0;
  const observer = new ResizeObserver((entries) => {
    const next = entries[entries.length - 1]?.contentRect.width;
    if (next === undefined) return;
    onResize();
    // The observer reports the size it starts with: the timeline was drawn at that width.
    const changed = width !== undefined && next !== width;
    width = next;
    if (!changed) return;
    // The redraw changes the timeline's height inside this callback. Still watched, that change
    // would be reported as a ResizeObserver loop error: the element is watched again from the next
    // frame, whose first report is compared with the width drawn here.
    observer.unobserve(element);
    redrawNow(timeline);
    frame = requestAnimationFrame(() => {
      frame = 0;
      observer.observe(element);
    });
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
