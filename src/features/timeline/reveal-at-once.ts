import type { Timeline } from 'vis-timeline/esnext';

/**
 * vis-timeline keeps its drawing hidden (`visibility: hidden`) until a `rangechanged` event has
 * followed the window it was built with. It sends that event 200 ms after applying the window and
 * then waits for its next redraw, which on a still page came only with its once-a-second size check:
 * the timeline appeared about a second after its items were drawn. Announcing the opening window as
 * soon as the timeline exists lets the first drawing of the items show.
 */
export function revealAtOnce(timeline: Timeline, window: { start: Date; end: Date }): void {
  const emitter = timeline as unknown as { emit?: (event: string, properties: unknown) => void };
  emitter.emit?.('rangechanged', { start: window.start, end: window.end, byUser: false });
  // The reveal happens at the end of a redraw; this one joins the redraw of the first items (both
  // wait for the next frame) and also comes when the window holds no item at all.
  timeline.redraw();
}
