import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import type { ListRow } from './list-rows';
import { readingPlace } from './reading-place';
import { readSavedPlace, savedPlaceOf, stateWithPlace, type SavedPlace } from './saved-place';
import { drawnRows } from './use-keep-place';

/**
 * How long after the last scroll, or change of the list, its place is written into the history entry:
 * once a scroll has ended, as browsers refuse an entry rewritten too often (Safari throws past 100
 * rewrites in 30 seconds).
 */
const WRITE_AFTER_MS = 500;

const samePlace = (a: SavedPlace | null, b: SavedPlace) =>
  a !== null && a.row === b.row && a.month === b.month && a.top === b.top;

/** The place the history entry the page is at was left at, if it holds one. */
export const placeInHistory = (): SavedPlace | null => readSavedPlace(window.history.state);

/**
 * Keeps the reader's place in the list in the history entry, so that a reload, or a return with Back
 * from another site, comes back to it (ListView puts it back, see useKeepPlace). The app restores no
 * scroll of its own (history.scrollRestoration is "manual", see use-url-sync.ts): the list opened at
 * its top. Written once a scroll has ended, when the page is left (Back from another site brings back
 * what was written then; a reload only what was written before), and after the rows or the open event
 * changed, which the address follows as a new step of history.
 */
export function usePlaceInHistory(
  list: RefObject<HTMLElement | null>,
  rows: readonly ListRow[],
  drawn: boolean,
  selectedId: string | null,
): void {
  const placeNow = useEffectEvent((): SavedPlace | null => {
    const el = list.current;
    const at = el && readingPlace(drawnRows(el));
    return at ? savedPlaceOf(rows, at.row, at.top) : null;
  });
  // Set while the list is drawn: writes its place once nothing has moved it for WRITE_AFTER_MS.
  const writeLater = useRef<() => void>(() => {});

  useEffect(() => {
    if (!drawn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      const place = placeNow();
      if (!place || samePlace(placeInHistory(), place)) return;
      try {
        window.history.replaceState(stateWithPlace(window.history.state, place), '');
      } catch {
        // Rewritten too often for the browser: the next write will do.
      }
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(write, WRITE_AFTER_MS);
    };
    writeLater.current = later;
    window.addEventListener('scroll', later, { passive: true });
    window.addEventListener('pagehide', write);
    return () => {
      clearTimeout(timer);
      writeLater.current = () => {};
      window.removeEventListener('scroll', later);
      window.removeEventListener('pagehide', write);
    };
  }, [drawn]);

  // Other rows, or another event open: the address has become a new step by the time this is written.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else writeLater.current();
  }, [rows, selectedId]);
}
