import { useCallback, useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { readingPlace } from './reading-place';

/** Input by which the reader moves the page themselves: where it stands is then theirs. */
const READER_INPUT = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;
/** Frames after a new width in which the place is put back: a long list is measured and drawn again. */
const SETTLE_FRAMES = 12;
/**
 * Frames after the list is first drawn in which a place it opens at is put back: what is drawn above
 * it, the chart of events per month among them, may still be loading, and a long list is measured.
 */
const OPENING_FRAMES = 60;

interface Place {
  /** The list's rows when it was noted: the row's index means that row only among them. */
  rows: unknown;
  row: number;
  top: number;
}

/** The list's drawn rows (headings and entries, in order) and where their tops are on the screen. */
export function drawnRows(list: HTMLElement): { row: number; top: number }[] {
  return [...list.querySelectorAll<HTMLElement>('[data-row]')].map((el) => ({
    row: Number(el.dataset.row),
    top: el.getBoundingClientRect().top,
  }));
}

/**
 * Keeps the row the reader is at where it was on the screen when the list's width changes, as when a
 * phone or a tablet is turned. Text wraps anew at another width, and the rows above grow or shrink: the
 * page stayed at the same scroll position, so the screen showed another part of the list (a year's
 * heading brought to the top at 390 × 844 went down the screen at 844 × 390, and off its top on
 * turning back; in a long list, 200 rows away). The browser's own anchoring is off in the list
 * (list-view.css), and a long list estimates the rows it does not draw anew at another width: the row
 * is drawn again where it is not (`reveal`), then put back in place.
 *
 * `opening` gives, when the list is first drawn, a row to put at a place on the screen as the list is
 * laid out (where a reload found the reader: see usePlaceInHistory), or none.
 */
export function useKeepPlace(
  list: RefObject<HTMLElement | null>,
  rows: readonly unknown[],
  reveal: (row: number, then: () => void) => void,
  drawn: boolean,
  opening: () => { row: number; top: number } | null = () => null,
): { placed: () => void } {
  const current = useEffectEvent(() => rows);
  const openingPlace = useEffectEvent(opening);
  // Set while the list is drawn: see `placed`.
  const placedNow = useRef<() => void>(() => {});
  const revealRow = useEffectEvent((row: number, then: () => void) => reveal(row, then));

  useEffect(() => {
    const el = list.current;
    if (!drawn || !el) return;
    let width = el.getBoundingClientRect().width;
    let place: Place | null = null;
    let noteFrame = 0;
    let settleFrame = 0;
    let settling = 0;

    // Where the reader is, noted after each scroll: once the width has changed, it has already moved.
    const note = () => {
      if (settling > 0 || Math.abs(el.getBoundingClientRect().width - width) >= 1) return;
      const at = readingPlace(drawnRows(el));
      place = at && { rows: current(), ...at };
    };
    const onScroll = () => {
      noteFrame ||= requestAnimationFrame(() => {
        noteFrame = 0;
        note();
      });
    };
    const putBack = () => {
      if (!place || place.rows !== current()) return;
      const row = el.querySelector(`[data-row="${place.row}"]`);
      if (!row) {
        revealRow(place.row, putBack);
        return;
      }
      const by = row.getBoundingClientRect().top - place.top;
      if (Math.abs(by) >= 1) window.scrollBy({ top: by, behavior: 'instant' });
    };
    const settle = () => {
      putBack();
      if (--settling > 0) settleFrame = requestAnimationFrame(settle);
      else note();
    };
    const stopSettling = () => {
      cancelAnimationFrame(settleFrame);
      settling = 0;
    };
    const observer = new ResizeObserver(() => {
      const next = el.getBoundingClientRect().width;
      if (Math.abs(next - width) < 1) return;
      width = next;
      if (!place) return;
      stopSettling();
      settling = SETTLE_FRAMES;
      // Before this frame is painted, and again while the list is measured and drawn anew.
      putBack();
      settleFrame = requestAnimationFrame(settle);
    });
    // The list brought a row on screen at the width it has now (an event opened beside it, which
    // narrowed it): that is where the reader is, and no width change before it is to be undone.
    placedNow.current = () => {
      width = el.getBoundingClientRect().width;
      stopSettling();
      note();
    };
    observer.observe(el);
    const opened = openingPlace();
    if (opened) {
      place = { rows: current(), ...opened };
      settling = OPENING_FRAMES;
      putBack();
      settleFrame = requestAnimationFrame(settle);
    }
    window.addEventListener('scroll', onScroll, { passive: true });
    for (const type of READER_INPUT)
      window.addEventListener(type, stopSettling, { capture: true, passive: true });
    const first = requestAnimationFrame(note);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      for (const type of READER_INPUT) window.removeEventListener(type, stopSettling, { capture: true });
      cancelAnimationFrame(first);
      cancelAnimationFrame(noteFrame);
      stopSettling();
      placedNow.current = () => {};
    };
  }, [list, drawn]);

  return { placed: useCallback(() => placedNow.current(), []) };
}
