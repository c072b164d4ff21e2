import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { heightKey, type ListRow } from './list-rows';
import { DEFAULT_HEIGHT, OVERSCAN_PX, outgrewJumpToEnd, rowOffsets, rowsBetween } from './list-window';
import { estimatesDue, RowHeights } from './row-heights';

/** The part of the screen the list is under, in pixels from the list's top. */
interface Band {
  top: number;
  bottom: number;
}

function bandOf(list: HTMLElement): Band {
  const top = -list.getBoundingClientRect().top;
  return { top, bottom: top + window.innerHeight };
}

/** Scrolls the page so that a row sits a third of the way down the screen, where the eye lands after a jump. */
function scrollToRow(list: HTMLElement, offsets: Float64Array, row: number): void {
  const listTop = list.getBoundingClientRect().top + window.scrollY;
  window.scrollTo({ top: listTop + offsets[row]! - window.innerHeight / 3, behavior: 'instant' });
}

/** How long after its last scroll event a scroll counts as ended. */
const SCROLL_SETTLES_MS = 150;

/** A row whose place is to stay on the screen while the estimates above it change: where it was. */
interface Anchor {
  rows: readonly ListRow[];
  row: number;
  top: number;
}

interface Reveal {
  rows: readonly ListRow[];
  row: number;
  then: () => void;
  tries: number;
}

/**
 * Which rows of a long list to draw: those under the screen, and OVERSCAN_PX either side. The page
 * scrolls, not the list, so the screen is found from the list's place in the window. Rows are measured
 * once drawn; rows never drawn count at the mean height of every row of their kind measured so far (see
 * row-heights.ts). It was the height of the first rows measured that were not as tall as estimated, the
 * taller ones: a list of 10,000 estimated at 583,751 px grew to 820,762 px on the first jump to its end,
 * which then landed in the middle. New estimates keep the rows on the screen where they are.
 *
 * `reveal(row, then)` brings a row onto the screen, drawing it if needed, and calls `then` once it is
 * in the page: for arrow keys that go past the drawn rows, and for a selection made elsewhere.
 */
export function useListWindow(
  list: RefObject<HTMLElement | null>,
  rows: readonly ListRow[],
  enabled: boolean,
) {
  // Heights outlive filter changes: an event's entry is as tall whatever else is shown.
  const heights = useRef(new Map<unknown, number>());
  const stats = useRef(new RowHeights());
  // Bumped when a drawn row's measured height changed: `sizes` already has it, the offsets follow.
  const [measured, setMeasured] = useState(0);
  // Bumped when every estimate changes (more rows measured, another width).
  const [estimated, setEstimated] = useState(0);
  const [band, setBand] = useState<Band>(() => ({ top: 0, bottom: window.innerHeight }));
  const pending = useRef<Reveal | null>(null);
  const anchor = useRef<Anchor | null>(null);
  // Row heights for a set of rows: read from `heights` once (a pass over every event), then kept up to
  // date row by row as rows are measured. Kept while the rows live: clearing every filter finds the
  // whole list's again.
  const sizes = useRef(new WeakMap<readonly ListRow[], { estimated: number; values: Float64Array }>());

  const offsets = useMemo(() => {
    let entry = sizes.current.get(rows);
    if (entry?.estimated !== estimated) {
      const values = new Float64Array(rows.length);
      const known = heights.current;
      const guess = stats.current.estimates();
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        values[i] = known.get(heightKey(row)) ?? guess[row.type];
      }
      sizes.current.set(rows, (entry = { estimated, values }));
    }
    return rowOffsets(entry.values);
    // `measured` says that the sizes changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, measured, estimated]);

  const [first, last] = enabled
    ? rowsBetween(offsets, band.top - OVERSCAN_PX, band.bottom + OVERSCAN_PX)
    : [0, rows.length];

  const drawn = useRef({ rows, offsets, first, last });
  useLayoutEffect(() => {
    drawn.current = { rows, offsets, first, last };
  });

  // The band is only stored when it draws other rows: scrolling within them renders nothing.
  const follow = useCallback(() => {
    const el = list.current;
    if (!el) return;
    const next = bandOf(el);
    const { offsets, first, last } = drawn.current;
    const [f, l] = rowsBetween(offsets, next.top - OVERSCAN_PX, next.bottom + OVERSCAN_PX);
    if (f !== first || l !== last) setBand(next);
  }, [list]);

  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    // The page's height when the scroll under way began, which ends once no scroll event came for a
    // while: a jump to the end of the page ends at the end of the list (see outgrewJumpToEnd), whatever
    // the rows measured on the way added. Not `scrollend`, which the list's own corrections of the
    // scroll set off in the middle of a smooth scroll (and which Safari lacks).
    let heightBefore: number | null = null;
    // The End key of the page (not the list's own): its smooth scroll stops where the list corrects the
    // scroll for rows measured above the screen, short of the end it went to.
    let endKey = false;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onScrollEnd = () => {
      const page = document.documentElement;
      const bottom = window.scrollY + window.innerHeight;
      if (endKey || (heightBefore !== null && outgrewJumpToEnd(bottom, heightBefore, page.scrollHeight)))
        window.scrollTo({ top: page.scrollHeight, behavior: 'instant' });
      heightBefore = null;
      endKey = false;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'End' || e.defaultPrevented || e.shiftKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      // In a text box End goes to the end of the line.
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      endKey = true;
      clearTimeout(settle);
      settle = setTimeout(onScrollEnd, SCROLL_SETTLES_MS);
    };
    const onScroll = () => {
      heightBefore ??= document.documentElement.scrollHeight;
      clearTimeout(settle);
      settle = setTimeout(onScrollEnd, SCROLL_SETTLES_MS);
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        follow();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('resize', onScroll);
    // Text wraps differently at another width: every height is measured again.
    let width = list.current?.getBoundingClientRect().width ?? 0;
    const resize = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? width;
      if (Math.abs(w - width) < 1) return;
      width = w;
      const { offsets, first } = drawn.current;
      anchor.current = { rows: drawn.current.rows, row: first, top: offsets[first] ?? 0 };
      heights.current.clear();
      stats.current = new RowHeights();
      setEstimated((n) => n + 1);
    });
    if (list.current) resize.observe(list.current);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('resize', onScroll);
      resize.disconnect();
    };
  }, [enabled, follow, list]);

  // After each drawing: measure the rows drawn; then finish bringing a row onto the screen, or see
  // whether the screen now needs other rows (after a filter change the list may start higher or lower).
  // No dependencies: it runs after every drawing, and sets state only when the drawing was not final.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = list.current;
    if (!enabled || !el) return;
    // New estimates moved the rows above the screen: what was on it is put back before it is painted.
    const held = anchor.current;
    anchor.current = null;
    if (held && held.rows === rows) {
      const delta = offsets[held.row]! - held.top;
      if (Math.abs(delta) >= 0.5) {
        window.scrollBy({ top: delta, behavior: 'instant' });
        setBand(bandOf(el));
        return;
      }
    }
    let changed = false;
    let shift = 0;
    // How much taller the drawn rows are than they were counted; with the end of the list on the screen
    // (a jump to the end of the page), that end is what stays in place: the reader went to the last event.
    let grew = 0;
    const endOnScreen = bandOf(el).bottom >= offsets[rows.length]!;
    const entry = sizes.current.get(rows);
    const counts = stats.current.count;
    for (const node of el.querySelectorAll<HTMLElement>('[data-row]')) {
      const at = Number(node.dataset.row);
      const row = rows[at];
      if (!row) continue;
      const key = heightKey(row);
      const { top, height } = node.getBoundingClientRect();
      // Every row measured counts towards the estimates once, as tall as it was measured last, also
      // when it is as tall as it was estimated to be (skipped, the first estimates came from the rows
      // that were not, the taller ones).
      const was = heights.current.get(key);
      if (was === undefined || Math.abs(was - height) >= 0.5) {
        stats.current.measured(row.type, height, was);
        heights.current.set(key, height);
      }
      // The height these rows counted for it: measured under another filter, it may still be an estimate.
      const counted = entry?.values[at] ?? was;
      if (counted !== undefined && Math.abs(counted - height) < 0.5) continue;
      // A row that took the place of its estimate above the screen pushed what is read down or up.
      const change = height - (counted ?? DEFAULT_HEIGHT[row.type]);
      if (top < 0) shift += change;
      grew += change;
      if (entry) entry.values[at] = height;
      changed = true;
    }
    // Put it back before the screen is painted (browsers' own scroll anchoring did not, in Chromium).
    if (endOnScreen) shift = grew;
    if (Math.abs(shift) >= 0.5) window.scrollBy({ top: shift, behavior: 'instant' });
    if (estimatesDue(counts, stats.current.count) && entry) {
      // Every row not measured gets the new estimate for its kind; the first row drawn keeps its place
      // on the page (the rows below it up to the screen are measured), and with it the screen. Its top
      // is where it was drawn: only rows below it were measured in this pass.
      anchor.current = { rows, row: first, top: offsets[first]! };
      setEstimated((n) => n + 1);
      return;
    }
    if (changed) {
      // Drawn again with the new heights before anything else is decided.
      setMeasured((n) => n + 1);
      return;
    }
    const wanted = pending.current;
    if (wanted && wanted.rows === rows) {
      const { offsets, first, last } = drawn.current;
      if (wanted.row >= first && wanted.row < last) {
        pending.current = null;
        wanted.then();
        return;
      }
      // The rows measured on the way moved it from where it was estimated to be: aim again.
      if (wanted.tries++ < 4) {
        scrollToRow(el, offsets, wanted.row);
        setBand(bandOf(el));
        return;
      }
    }
    pending.current = null;
    follow();
  });

  const reveal = useCallback(
    (row: number, then: () => void) => {
      const el = list.current;
      const { offsets, first, last } = drawn.current;
      if (!el || !enabled || (row >= first && row < last)) {
        then();
        return;
      }
      scrollToRow(el, offsets, row);
      pending.current = { rows, row, then, tries: 0 };
      setBand(bandOf(el));
    },
    [enabled, list, rows],
  );

  return {
    first,
    last,
    /** Height of the rows above the drawn ones, and below them. */
    above: enabled ? offsets[first]! : 0,
    below: enabled ? offsets[rows.length]! - offsets[last]! : 0,
    reveal,
  };
}
