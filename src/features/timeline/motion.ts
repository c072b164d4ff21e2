import type { TimelineAnimationOptions } from 'vis-timeline/esnext';

const EASE = { duration: 250, easingFunction: 'easeInOutQuad' as const };

/** How the timeline moves to a new window: a short ease, or at once for a reader who asked for less motion. */
export function moveOptions(reduceMotion: boolean): TimelineAnimationOptions {
  return { animation: reduceMotion ? false : EASE };
}

/**
 * The options for a move made now. The reader's setting is read at each move, not once: it can be
 * changed while the page is open, and a zoom then should follow it.
 */
export function moveOptionsNow(
  matchMedia: ((query: string) => { matches: boolean }) | undefined = globalThis.matchMedia,
): TimelineAnimationOptions {
  return moveOptions(matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
}
