import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 48rem)';

/** True on a phone-sized screen now; outside React (start-early.ts), where no hook can run. */
export const isNarrowScreen = (): boolean => window.matchMedia(QUERY).matches;

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * True on a phone-sized screen, following the width, for the layout. The default view goes by the width
 * the page opened at instead (openedNarrow in src/app/shown-view.ts).
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrowScreen);
}
