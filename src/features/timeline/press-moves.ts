/** How far a press must move to be a drag: the distance at which vis-timeline starts to pan. */
export const DRAG_DISTANCE_PX = 5;

/** How long after a drag's release its click may come (it follows the release at once). */
const CLICK_AFTER_DRAG_MS = 500;

/**
 * Tells a press that moved the timeline (a drag of the mouse, a swipe) from a click, inside `element`. The
 * browser ends a drag with a click on whatever holds both the press and the release: the item pressed,
 * which the drag carried along under the pointer, and so opened. That click is stopped here before it
 * reaches any item (its link is not followed either, even with Ctrl), and `moved` says whether the press
 * under way, or the last one, moved: a tap vis-timeline reports after a short drag selects nothing.
 */
export function watchPressMoves(element: HTMLElement, now: () => number = () => performance.now()) {
  let start: { x: number; y: number; id: number } | null = null;
  let moved = false;
  let releasedAt = -Infinity;
  const down = (e: PointerEvent) => {
    start = { x: e.clientX, y: e.clientY, id: e.pointerId };
    moved = false;
    releasedAt = -Infinity;
  };
  const move = (e: PointerEvent) => {
    if (!start || e.pointerId !== start.id || moved) return;
    moved = Math.hypot(e.clientX - start.x, e.clientY - start.y) >= DRAG_DISTANCE_PX;
  };
  const up = (e: PointerEvent) => {
    if (!start || e.pointerId !== start.id) return;
    start = null;
    if (moved) releasedAt = now();
  };
  const click = (e: MouseEvent) => {
    if (now() - releasedAt > CLICK_AFTER_DRAG_MS) return;
    releasedAt = -Infinity;
    e.preventDefault();
    e.stopPropagation();
  };
  // The release and its click may come outside the timeline (the pointer dragged off it): watched on the
  // document, as the press was begun here.
  element.addEventListener('pointerdown', down, { capture: true });
  document.addEventListener('pointermove', move, { capture: true, passive: true });
  document.addEventListener('pointerup', up, { capture: true });
  document.addEventListener('pointercancel', up, { capture: true });
  element.addEventListener('click', click, { capture: true });
  return {
    moved: () => moved,
    stop() {
      element.removeEventListener('pointerdown', down, { capture: true });
      document.removeEventListener('pointermove', move, { capture: true });
      document.removeEventListener('pointerup', up, { capture: true });
      document.removeEventListener('pointercancel', up, { capture: true });
      element.removeEventListener('click', click, { capture: true });
    },
  };
}
