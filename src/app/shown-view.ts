import type { ViewMode } from '../features/url-state/url-state';
import { isNarrowScreen } from '../lib/react/use-narrow-screen';

/** The view shown: the one the reader (or the link) chose, else the list on a phone and the timeline elsewhere. */
export function shownView(chosen: ViewMode | null, narrow: boolean): ViewMode {
  return chosen ?? (narrow ? 'list' : 'timeline');
}

/** `read`, asked once: every later call gives its first answer. */
export function firstAnswer<T>(read: () => T): () => T {
  let answer: { value: T } | undefined;
  return () => (answer ??= { value: read() }).value;
}

/**
 * Whether the screen was phone-sized when the page opened, which picks the view the page shows until
 * the reader (or the address) chooses one. Not the width now: turning a phone or a tablet, or resizing
 * a window, across the breakpoint swapped the list and the timeline under the reader, who lost their
 * place (the timeline at 844 × 390 was shorter than where the list had been read, so the screen showed
 * the footer; turning back drew the list anew at another event). start-early.ts asks first.
 */
export const openedNarrow = firstAnswer(isNarrowScreen);
