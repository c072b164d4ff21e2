/**
 * The part of the window that is read: the window less the scroll padding (on a phone the event
 * panel's sheet covers the bottom of the screen, and the page sets that much aside as padding).
 */
export function readableBand(root: Element = document.documentElement): { top: number; bottom: number } {
  const style = getComputedStyle(root);
  const pad = (value: string) => (Number.isFinite(parseFloat(value)) ? parseFloat(value) : 0);
  return { top: pad(style.scrollPaddingTop), bottom: window.innerHeight - pad(style.scrollPaddingBottom) };
}

/** Whether a box lies whole inside the band, with `margin` pixels to spare at either edge. */
export function isWithin(
  box: { top: number; bottom: number },
  band: { top: number; bottom: number },
  margin = 0,
) {
  return box.top >= band.top + margin && box.bottom <= band.bottom - margin;
}

/**
 * Brings an element to the middle of what is read of the screen, unless it is already well inside it
 * (a click in the list does not make the list jump). "nearest" left a revealed entry on the bottom edge.
 * Says whether it scrolled.
 */
export function scrollIntoMiddle(el: HTMLElement): boolean {
  if (isWithin(el.getBoundingClientRect(), readableBand(), 8)) return false;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  return true;
}
