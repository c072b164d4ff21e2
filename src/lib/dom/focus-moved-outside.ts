/**
 * Whether focus arriving at `next` (a focusin's target, a focusout's relatedTarget) has left
 * `container`. Two moves are not a going elsewhere: to no element (the window lost the focus), and to
 * an element around the container. A click on text that takes no focus gives it to the nearest
 * ancestor that does (the main area, which is focusable), so a click on a menu's own words
 * would otherwise count as leaving it.
 */
export function focusMovedOutside(container: Node, next: EventTarget | null): boolean {
  return next instanceof Node && !container.contains(next) && !next.contains(container);
}
