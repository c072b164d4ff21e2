/**
 * The part of the screen that shows the page, within its scroll padding: on a phone the event sheet
 * covers the bottom of the screen, and the padding keeps what is brought into view above it.
 */
export function screenBand(): { top: number; bottom: number } {
  const padding = getComputedStyle(document.documentElement);
  return {
    top: parseFloat(padding.scrollPaddingTop) || 0,
    bottom: window.innerHeight - (parseFloat(padding.scrollPaddingBottom) || 0),
  };
}

/** Input by which the reader moves the page, or goes elsewhere in it, themselves. */
const READER_INPUT = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;

/**
 * Scrolls the page so that what `find` gives is on the screen (the least that shows it whole, nothing
 * when it already shows), and again whenever the page's size changes, until the reader moves the page
 * or acts in it; `across`, given, is called after each of those scrolls, to bring the target into view
 * from the side (the page never scrolls sideways). Returns a function that stops it.
 *
 * One scroll was not enough: the page is still being laid out around the timeline when a linked event's
 * item is first drawn. The density strip above it arrives later and is taller than its placeholder, and
 * pushed the item just below the fold (the Black Sea grain initiative at 1280×800 ended 3 px on the
 * screen). Any such change alters the page's size, and that is when it is scrolled again; once the reader
 * scrolls, clicks or types, where the page stands is theirs.
 *
 * `stayAt`, given, is where on the screen the target's top is kept instead, as long as it then shows
 * whole: the place the reader's eyes are on, as the page changes around it.
 */
export function keepOnScreen(
  find: () => Element | null,
  across?: (target: Element) => void,
  stayAt?: number,
): () => void {
  let scrolledTo: number | null = null;
  const reveal = () => {
    const target = find();
    if (!target) return;
    // The page only, and only up or down: scrollIntoView also scrolls every box around the target that
    // can scroll, and vis-timeline's centre panel can, although it hides its overflow. An item whose
    // label ran past the right edge (a link's event, with the panel opening beside it) scrolled that
    // panel 60 px sideways: the lanes then stopped short of the right edge and the items stood off
    // their dates on the axis.
    // Within the page's scroll padding, as scrollIntoView kept it: on a phone the event sheet covers
    // the bottom of the screen, and the padding keeps the item above it.
    const band = screenBand();
    const box = target.getBoundingClientRect();
    const above = box.top - band.top;
    const below = box.bottom - band.bottom;
    const fits = stayAt !== undefined && stayAt >= band.top && stayAt + box.height <= band.bottom;
    const by = fits ? box.top - stayAt : above < 0 ? above : below > 0 ? Math.min(below, above) : 0;
    if (by !== 0) window.scrollTo({ top: window.scrollY + by, behavior: 'instant' });
    scrolledTo = window.scrollY;
    across?.(target);
  };
  // The item is drawn in vis-timeline's next redraw, before this frame's callback.
  const frame = requestAnimationFrame(reveal);
  const observer = new ResizeObserver(reveal);
  observer.observe(document.documentElement);
  // A scroll that leaves the page elsewhere than this one did is the reader's (a dragged scroll bar).
  const onScroll = () => {
    if (scrolledTo !== null && window.scrollY !== scrolledTo) stop();
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('scroll', onScroll);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
