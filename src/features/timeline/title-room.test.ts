import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  laneRows,
  lanesHeight,
  MARK_PX,
  nearTheEnd,
  roomForTitles,
  ROW_PX,
  showsTitles,
  titleWidth,
  type Spot,
} from './title-room';
import { TRAVEL_MARGIN_MS } from './fit-window';

const DAY = 864e5;
const window = { start: 0, end: 100 * DAY };
/** An item on day `day` of the window, in lane `group`, with a title `titlePx` wide. */
const at = (day: number, group = 'a', titlePx = 200): Spot => ({ group, start: day * DAY, titlePx });

describe('titleWidth', () => {
  it('grows with the title and what is drawn beside it, up to the item’s largest width', () => {
    expect(titleWidth('Short')).toBeLessThan(titleWidth('A much longer title of an event'));
    expect(titleWidth('Talks', 'Cancelled')).toBeGreaterThan(titleWidth('Talks'));
    expect(titleWidth('x'.repeat(500))).toBe(352);
  });
});

describe('laneRows', () => {
  it('counts the most items that cover one point of a lane, lane by lane', () => {
    // 1,000 px for 100 days: 10 px a day, a 200 px title covers 20 days.
    const spots = [at(0), at(5), at(10), at(50), at(0, 'b')];
    const rows = laneRows(spots, window, 1000, (s) => s.titlePx);
    expect(rows.get('a')).toBe(3);
    expect(rows.get('b')).toBe(1);
  });

  it('needs fewer rows for marks than for titles', () => {
    const spots = [at(0), at(5), at(10), at(15)];
    expect(laneRows(spots, window, 1000, (s) => s.titlePx).get('a')).toBe(4);
    expect(laneRows(spots, window, 1000, () => MARK_PX).get('a')).toBe(1);
  });

  it('gives a range at least its own width, and leaves out what is outside the drawing', () => {
    const range: Spot = { group: 'a', start: 0, end: 60 * DAY, titlePx: 50 };
    expect(laneRows([range, at(40, 'a', 50)], window, 1000, (s) => s.titlePx).get('a')).toBe(2);
    expect(laneRows([at(-80), at(150)], window, 1000, (s) => s.titlePx).size).toBe(0);
  });
});

describe('laneRows at scale', () => {
  /** The rows as a sweep over every start and end of a lane, sorted together: what laneRows gives. */
  function sweptRows(spots: readonly Spot[], widthPx: number, widthOf: (s: Spot) => number) {
    const pxPerMs = widthPx / (window.end - window.start);
    const lanes = new Map<string, [number, number][]>();
    for (const s of spots) {
      const x = (s.start - window.start) * pxPerMs;
      const right = x + Math.max(s.end === undefined ? 0 : (s.end - s.start) * pxPerMs, widthOf(s)) + 4;
      if (right < 0 || x > widthPx) continue;
      lanes.set(s.group, [...(lanes.get(s.group) ?? []), [x, 1], [right, -1]]);
    }
    return new Map(
      [...lanes].map(([group, edges]) => {
        edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        let depth = 0;
        return [group, Math.max(...edges.map(([, step]) => (depth += step)))];
      }),
    );
  }

  it('counts as a sweep over every start and end does, items that touch and ranges included', () => {
    // Whole days and round widths, so that many items start where others end.
    const spot = fc.record({
      group: fc.constantFrom('a', 'b', 'c'),
      start: fc.integer({ min: -20, max: 120 }).map((d) => d * DAY),
      length: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      titlePx: fc.constantFrom(16, 36, 96, 196),
    });
    fc.assert(
      fc.property(fc.array(spot, { maxLength: 60 }), fc.constantFrom(400, 1000), (drawn, widthPx) => {
        const spots: Spot[] = drawn.map(({ length, ...s }) =>
          length === undefined ? s : { ...s, end: s.start + length * DAY },
        );
        for (const widthOf of [(s: Spot) => s.titlePx, () => MARK_PX])
          expect(laneRows(spots, window, widthPx, widthOf)).toEqual(sweptRows(spots, widthPx, widthOf));
      }),
    );
  });
});

describe('lanesHeight', () => {
  it('adds each lane’s rows, and one row for a lane with nothing in view', () => {
    const rows = new Map([
      ['a', 3],
      ['b', 1],
    ]);
    expect(lanesHeight(rows, 3)).toBe(lanesHeight(rows, 2) + lanesHeight(new Map(), 1));
    expect(lanesHeight(rows, 2)).toBeGreaterThanOrEqual(4 * ROW_PX);
  });
});

describe('showsTitles', () => {
  const crowded = Array.from({ length: 60 }, (_, i) => at(i));
  it('shows titles while the lanes with them fit in the budget', () => {
    expect(showsTitles([at(0), at(50)], window, 1000, 1, 1500)).toBe(true);
  });

  it('shows marks when titles would stack the lanes far past it', () => {
    // 60 events in 60 days on 1,000 px: each title covers 20 days, about 20 rows deep; marks about 3.
    expect(showsTitles(crowded, window, 1000, 1, 400)).toBe(false);
  });

  it('keeps the titles when marks would not make the lanes much shorter', () => {
    // Thirty events on one day stack as deep as marks as with titles: the lanes would be as tall either way.
    const sameDay = Array.from({ length: 30 }, () => at(10));
    expect(showsTitles(sameDay, window, 1000, 1, 400)).toBe(true);
  });

  it('shows titles before the drawing has a width', () => {
    expect(showsTitles(crowded, window, 0, 1, 400)).toBe(true);
  });
});

describe('roomForTitles', () => {
  it('widens the window so that the last title ends inside the drawing, keeping its start', () => {
    // The last event 90 days into a 100-day window on 1,000 px, its title 200 px wide: it needs 90 days to
    // stand 796 px from the left, a window of about 113 days.
    const roomy = roomForTitles([at(10), at(90)], window, 1000);
    expect(roomy.start).toBe(0);
    const x = (90 * DAY * 1000) / roomy.end;
    expect(x + 204).toBeCloseTo(1000, 0);
  });

  it('leaves a window whose titles all end inside alone', () => {
    expect(roomForTitles([at(10), at(50)], window, 1000)).toBe(window);
  });

  it('does not chase a title wider than most of the drawing, which no window shows whole', () => {
    expect(roomForTitles([at(90, 'a', 700)], window, 1000)).toBe(window);
  });

  describe('over years of events', () => {
    // About four years on 1,000 px: a title of 352 px covers about 550 days.
    const years = { start: 0, end: 1500 * DAY };

    it('ends at most half a year after the last event, however long its title', () => {
      // Whole, the last title would need a window of about 2,170 days: 770 days past the event.
      const roomy = roomForTitles([at(10), at(1400, 'a', 352)], years, 1000);
      expect(roomy).toEqual({ start: 0, end: 1400 * DAY + TRAVEL_MARGIN_MS });
      // A title that needs less is given just what it needs.
      const short = roomForTitles([at(1400, 'a', 100)], years, 1000);
      expect((1400 * DAY * 1000) / short.end + 104).toBeCloseTo(1000, 0);
    });

    it('counts the half year from the end of the last event, a range’s last day', () => {
      const range: Spot = { group: 'a', start: 1300 * DAY, end: 1400 * DAY, titlePx: 352 };
      expect(roomForTitles([range], years, 1000).end).toBe(1400 * DAY + TRAVEL_MARGIN_MS);
    });

    it('leaves a window that already ends half a year after the last event as it is', () => {
      expect(roomForTitles([at(1200, 'a', 352)], years, 1000)).toBe(years);
    });
  });
});

describe('nearTheEnd', () => {
  it('picks the items whose title, at the largest width an item has, would reach the right edge', () => {
    // 1,000 px for 100 days: the largest title, 352 px, covers 35 days, and reaches the edge from day 65 on.
    const spots = [at(10), at(60), at(70), at(99), at(-5)];
    expect(nearTheEnd(spots, window, 1000)).toEqual([2, 3]);
  });

  it('picks none before the drawing has a width', () => {
    expect(nearTheEnd([at(99)], window, 0)).toEqual([]);
  });
});
