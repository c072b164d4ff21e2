import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { heightKey, type ListRow } from './list-rows';
import { DEFAULT_HEIGHT, OVERSCAN_PX, rowOffsets, rowsBetween } from './list-window';

type RowType = ListRow['type'];

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

interface Reveal {
  rows: readonly ListRow[];
  row: number;
  then: () => void;
  tries: number;
}

/**
 * Which rows of a long list to draw: those under the screen, and OVERSCAN_PX either side. The page
 * scrolls, not the list, so the screen is found from the list's place in the window. Rows are measured
 * once drawn; rows never drawn count at the height first measured for their type.
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
  const typical = useRef<Partial<Record<RowType, number>>>({});
  // Bumped when a drawn row's measured height changed: `sizes` already has it, the offsets follow.
  const [measured, setMeasured] = useState(0);
  // Bumped when every estimate changes (the first measurement of a type, another width).
  const [estimated, setEstimated] = useState(0);
  const [band, setBand] = useState<Band>(() => ({ top: 0, bottom: window.innerHeight }));
  const pending = useRef<Reveal | null>(null);
  // Row heights for a set of rows: read from `heights` once (a pass over every event), then kept up to
  // date row by row as rows are measured. Kept while the rows live: clearing every filter finds the
  // whole list's again.
  const sizes = useRef(new WeakMap<readonly ListRow[], { estimated: number; values: Float64Array }>());

  const offsets = useMemo(() => {
    let entry = sizes.current.get(rows);
    if (entry?.estimated !== estimated) {
      const values = new Float64Array(rows.length);
      const known = heights.current;
      const guess = typical.current;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        values[i] = known.get(heightKey(row)) ?? guess[row.type] ?? DEFAULT_HEIGHT[row.type];
      }
      sizes.current.set(rows, (entry = { estimated, values }));
    }
    return rowOffsets(entry.values);
    // `measured` says that the sizes changed in place.
  }, [rows, measured, estimated]);

  const [first, last] = enabled
    ? rowsBetween(offsets, band.top - OVERSCAN_PX, band.bottom + OVERSCAN_PX)
    : [0, rows.length];

  const drawn = useRef({ offsets, first, last });
  useLayoutEffect(() => {
    drawn.current = { offsets, first, last };
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
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        follow();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    // Text wraps differently at another width: every height is measured again.
    let width = list.current?.getBoundingClientRect().width ?? 0;
    const resize = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? width;
      if (Math.abs(w - width) < 1) return;
      width = w;
      heights.current.clear();
      typical.current = {};
      setEstimated((n) => n + 1);
    });
    if (list.current) resize.observe(list.current);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      resize.disconnect();
    };
  }, [enabled, follow, list]);

  // After each drawing: measure the rows drawn; then finish bringing a row onto the screen, or see
  // whether the screen now needs other rows (after a filter change the list may start higher or lower).
  useLayoutEffect(() => {
    const el = list.current;
    if (!enabled || !el) return;
    let changed = false;
    let shift = 0;
    const firstOfType: Partial<Record<RowType, number[]>> = {};
    for (const node of el.querySelectorAll<HTMLElement>('[data-row]')) {
      const at = Number(node.dataset.row);
      const row = rows[at];
      if (!row) continue;
      const key = heightKey(row);
      const box = node.getBoundingClientRect();
      const values = sizes.current.get(rows)?.values;
      // The height these rows counted for it: measured under another filter, it may still be an estimate.
      const counted = values?.[at] ?? heights.current.get(key);
      if (counted !== undefined && Math.abs(counted - box.height) < 0.5) continue;
      const type = row.type;
      // A row that took the place of its estimate above the screen pushed what is read down or up.
      if (box.top < 0) shift += box.height - (counted ?? DEFAULT_HEIGHT[type]);
      heights.current.set(key, box.height);
      if (values) values[at] = box.height;
      changed = true;
      if (typical.current[type] === undefined) (firstOfType[type] ??= []).push(box.height);
    }
    const firstEstimates = Object.entries(firstOfType) as [RowType, number[]][];
    for (const [type, hs] of firstEstimates)
      typical.current[type] = hs.reduce((a, b) => a + b, 0) / hs.length;
    // Put it back before the screen is painted (browsers' own scroll anchoring did not, in Chromium).
    if (Math.abs(shift) >= 0.5) window.scrollBy({ top: shift, behavior: 'instant' });
    if (changed) {
      // Drawn again with the new heights before anything else is decided.
      if (firstEstimates.length) setEstimated((n) => n + 1);
      else setMeasured((n) => n + 1);
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
