import { isTextField } from '../../lib/dom/escape-handled-elsewhere';
import { keepOnScreen, screenBand } from '../../lib/dom/keep-on-screen';

/** How long the event given the focus is kept on the screen while the page settles around it. */
const SETTLE_MS = 1000;

export interface FocusReturn {
  element: HTMLElement;
  /** The event's own item or entry, which is focused where it stands rather than scrolled to. */
  ofEvent: boolean;
}

/**
 * Where the focus goes when the panel closes. First, the event shown last, where it is drawn: its item
 * in the timeline, else its entry in the list. Not where the focus was when the panel opened: a tap or a
 * click on a timeline item does not take the focus, so that was the last button or box used, and closing
 * the panel scrolled the page up to it (from 7443 to 0 at 390 × 844, with the Timeline button focused),
 * or, after a search, focused the search box and brought up a phone's keyboard. That place is the next
 * choice (an event the filters hide is not drawn), but never a text box; then the main area. Each is
 * looked up in turn: one selector list would give the first in document order, always #main.
 */
export function focusTargetAfterClose(
  returnTo: Element | null,
  eventId: string,
  doc: Document = document,
): FocusReturn | null {
  const id = CSS.escape(eventId);
  const own =
    doc.querySelector<HTMLElement>(`.vis-item [data-event-id="${id}"]`) ??
    doc.querySelector<HTMLElement>(`[data-list-event-id="${id}"] [data-list-entry]`);
  if (own) return { element: own, ofEvent: true };
  if (
    returnTo instanceof HTMLElement &&
    returnTo.isConnected &&
    returnTo !== doc.body &&
    !isTextField(returnTo)
  )
    return { element: returnTo, ofEvent: false };
  const main = doc.getElementById('main');
  return main ? { element: main, ofEvent: false } : null;
}

/**
 * Gives the focus back as the panel closes (see focusTargetAfterClose). Called while the panel is still
 * on the page, it notes where the event's item is on the screen; the function it returns, run once the
 * panel has gone, focuses it there, without the scroll focus() makes, and keeps it there as the page
 * settles: the timeline widens and its lanes grow shorter as a panel beside it goes, and the page loses
 * the room a phone's sheet took. An item the reader had scrolled away from is brought back onto the
 * screen by the least scroll. The main area is not scrolled to either: it holds everything.
 */
export function focusReturnAfterClose(returnTo: Element | null, eventId: string): () => void {
  const before = focusTargetAfterClose(returnTo, eventId);
  const box = before?.ofEvent ? before.element.getBoundingClientRect() : null;
  const band = screenBand();
  // Partly on the screen (the selection is revealed by the least scroll, at its bottom edge) counts.
  const seenAt =
    box && box.bottom > band.top && box.top < band.bottom
      ? Math.max(band.top, Math.min(box.top, band.bottom - box.height))
      : undefined;
  return () => {
    const target = focusTargetAfterClose(returnTo, eventId);
    if (!target) return;
    const { element, ofEvent } = target;
    element.focus({ preventScroll: ofEvent || element.id === 'main' });
    if (!ofEvent) return;
    const stop = keepOnScreen(() => (element.isConnected ? element : null), undefined, seenAt);
    window.setTimeout(stop, SETTLE_MS);
  };
}
