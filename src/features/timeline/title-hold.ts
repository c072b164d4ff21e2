/**
 * When the timeline chooses again between its items' titles and their marks alone (title-room.ts).
 *
 * The choice reads the drawing's width, and the event panel, a column beside the timeline from 60rem
 * wide, takes about 40% of it: at some spans the items turned to marks as an event opened and back to
 * titles as it closed. The item just clicked changed shape under the pointer, the lanes jumped in height,
 * and the reader lost their place in them. So the panel never makes the choice: its opening and closing,
 * the width it takes or gives back, and a move while an event is open (the timeline's own, which brings
 * the event into view, cannot be told from the reader's) keep the items as they are. What else the
 * reader does to the timeline chooses again, with the width it then has: a zoom, a filter, a move with
 * no event open, a new size of the window.
 *
 * Choosing always with the width the timeline would have without the panel would draw a span alike
 * whatever the panel did too, but beside the panel the titles chosen for the whole width can stack the
 * half it leaves screens deep, and would stay so at every zoom made there. Kept only until the reader's
 * next change, the choice is soon made again for the drawing they see.
 */

/** What the choice was last made or kept for. */
export interface TitleScene {
  /** The events the filters show: the same array as long as the filters do not change. */
  shown: readonly unknown[];
  /** The window's start and its span, in ms. */
  start: number;
  span: number;
  /** The browser window's width: a new one is a new screen, where a new width of the timeline alone is the panel's. */
  screenWidth: number;
  /** Whether an event is open. */
  eventOpen: boolean;
}

/** Whether the choice is made again for `now`, `last` being what it was last made or kept for. */
export function choosesAgain(last: TitleScene | null, now: TitleScene): boolean {
  if (!last) return true;
  // A drag keeps the span to a millisecond or so: only a zoom changes it by more.
  const zoomed = Math.abs(now.span - last.span) > last.span / 1000;
  if (zoomed || now.shown !== last.shown || now.screenWidth !== last.screenWidth) return true;
  return now.start !== last.start && !now.eventOpen;
}
