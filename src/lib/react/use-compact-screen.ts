import { useSyncExternalStore } from 'react';

/**
 * A screen too small for the page's full-size controls above the views: a phone held upright (narrow),
 * or one on its side (844 × 390: wide but short, where the header and the unfolded filters filled the
 * first screen and the timeline began at 770 px). Matches the `@media` rules of app.css and filters.css
 * that lay the page out so; which view a phone opens on is another question (use-narrow-screen.ts).
 */
export const COMPACT_SCREEN_QUERY = '(max-width: 48rem), (max-height: 30rem)';
/** A short screen, a phone on its side above all: even the timeline's chart of events per month folds. */
export const SHORT_SCREEN_QUERY = '(max-height: 30rem)';

function subscribeTo(query: string) {
  return (onChange: () => void) => {
    const media = window.matchMedia(query);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  };
}

const subscribeCompact = subscribeTo(COMPACT_SCREEN_QUERY);
const subscribeShort = subscribeTo(SHORT_SCREEN_QUERY);
const isCompact = () => window.matchMedia(COMPACT_SCREEN_QUERY).matches;
const isShort = () => window.matchMedia(SHORT_SCREEN_QUERY).matches;

/** True on a screen too small for the full-size controls: they fold away (Workspace.tsx, FilterBar.tsx). */
export function useCompactScreen(): boolean {
  return useSyncExternalStore(subscribeCompact, isCompact);
}

/** True on a short screen (a phone on its side), where the first screen has room for little but the view. */
export function useShortScreen(): boolean {
  return useSyncExternalStore(subscribeShort, isShort);
}
