/**
 * How long a hover tooltip outlives the pointer's leaving its item or itself: the time to cross the
 * gap between them (WCAG 2.2 SC 1.4.13, "hoverable"), short enough that it is gone by the time the
 * reader looks elsewhere.
 */
export const HOVER_GRACE_MS = 300;

/** Where the pointer can be for a hover tooltip to stay: on an item, or on the tooltip itself. */
export type HoverPlace = 'item' | 'tooltip';

export interface HoverGrace {
  /** The pointer came onto an item or the tooltip: any hide to come is called off. */
  enter(place: HoverPlace): void;
  /** The pointer left it: once it is on neither, the tooltip hides after the grace delay. */
  leave(place: HoverPlace): void;
  /**
   * Forgets where the pointer was and any hide to come. For a tooltip hidden by other means (Escape,
   * a pan, a click): a pointer resting on a tooltip taken from under it is never told it left.
   */
  reset(): void;
}

/**
 * Keeps a hover tooltip while the pointer is on its item or on it, and calls `hide` once the pointer
 * has been on neither for `delayMs`. The browser may report the pointer entering the tooltip before it
 * reports it leaving the item (vis-timeline listens for mouseout), so each place is tracked on its own
 * rather than as a sequence of moves. A leave without an enter is ignored: the tooltip it would
 * hide is not one the pointer brought (it came with the focus, or after a reset).
 */
export function hoverGrace(hide: () => void, delayMs: number = HOVER_GRACE_MS): HoverGrace {
  const over = new Set<HoverPlace>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    enter(place) {
      over.add(place);
      cancel();
    },
    leave(place) {
      if (!over.delete(place) || over.size > 0) return;
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        hide();
      }, delayMs);
    },
    reset() {
      over.clear();
      cancel();
    },
  };
}
