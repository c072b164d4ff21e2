import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import { useAppStore } from '../../store/app-store';
import {
  boundsHolding,
  eventSpan,
  fitWindow,
  latestWindow,
  PAN_STEP,
  shiftedWindow,
  shownOrAll,
} from './fit-window';
import { moveOptionsNow } from './motion';
import type { SpanAnnouncer } from './span-announcer';
import { withTitleRoom } from './title-mode';
import type { TimelineItem } from './to-timeline-item';

/**
 * The window's moves asked for from outside the drawing: the toolbar's buttons (whose new span is
 * said once it settles), a new date range in the filters, and a span a link or the list asks for.
 */
export function useWindowMoves({
  timelineRef,
  announcerRef,
  container,
  items,
  allItems,
  boundsRef,
  limits,
  setLimits,
  laneCount,
}: {
  timelineRef: RefObject<Timeline | null>;
  announcerRef: RefObject<SpanAnnouncer | null>;
  container: RefObject<HTMLElement | null>;
  /** The events the filters show, and every event. */
  items: readonly TimelineItem[];
  allItems: readonly TimelineItem[];
  /** How far the timeline may travel (travelBounds): widened only to hold a window asked for here. */
  boundsRef: RefObject<{ min: Date; max: Date } | null>;
  /** The bounds given to the timeline now (those, widened), which a drag stops at; told when they change. */
  limits: { min: Date; max: Date } | null;
  setLimits: (limits: { min: Date; max: Date } | null) => void;
  laneCount: number;
}) {
  // The bounds last given to the timeline, set again only when they change: each setting is a redraw.
  const given = useRef<string | null>(null);
  const moveTo = useCallback(
    (timeline: Timeline, win: { start: Date; end: Date }, options = moveOptionsNow()) => {
      const holding = boundsHolding(boundsRef.current, win);
      const key = holding && `${holding.min.getTime()},${holding.max.getTime()}`;
      if (holding && key !== given.current) {
        timeline.setOptions(holding);
        given.current = key;
        setLimits(holding);
      }
      timeline.setWindow(win.start, win.end, options);
    },
    [boundsRef, setLimits],
  );

  const windowRequest = useAppStore((s) => s.windowRequest);
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!windowRequest || !timeline) return;
    const win = { start: new Date(windowRequest.start), end: new Date(windowRequest.end) };
    moveTo(timeline, win, windowRequest.instant ? { animation: false } : moveOptionsNow());
    // Served: the timeline drawn again (after the list) opens where the reader left it, not here.
    useAppStore.setState({ windowRequest: null });
  }, [windowRequest, timelineRef, moveTo]);

  const moveAndSay = (move: (timeline: Timeline) => void) => {
    const timeline = timelineRef.current;
    if (timeline) announcerRef.current?.moveAndSay(() => move(timeline));
  };
  // The same width, so vis-timeline's zoom limits hold, and it reports the move as for a drag
  // (rangechanged), which the address follows. It stops where a drag stops, and leaves the bounds as they
  // are: moved as a window asked for (moveTo), it took them along, and narrowed those Fit all had widened.
  const pan = (fraction: number) =>
    moveAndSay((timeline) => {
      const win = shiftedWindow(timeline.getWindow(), fraction, eventSpan(allItems), limits);
      timeline.setWindow(win.start, win.end, moveOptionsNow());
    });
  // Fit all and Latest go by the events the filters show; with none shown, by all of them. The lanes
  // stay those of every event. The last titles are given room to end inside the drawing.
  const roomyWindow = (windowOf: typeof fitWindow) => {
    const shown = shownOrAll(items, allItems);
    const win = windowOf(shown);
    return win && container.current ? withTitleRoom(container.current, win, shown, laneCount) : win;
  };
  const goTo = (windowOf: typeof fitWindow) =>
    moveAndSay((timeline) => {
      const win = roomyWindow(windowOf);
      if (win) moveTo(timeline, win);
    });
  // A new date range: the timeline fits the events it leaves, if any (the list, shown at the time, leaves
  // the request for the timeline to serve when it is drawn).
  const fitRequest = useAppStore((s) => s.fitRequest);
  useEffect(() => {
    const timeline = timelineRef.current;
    if (fitRequest === null || !timeline) return;
    useAppStore.setState({ fitRequest: null });
    // A range that leaves no event keeps the window, over which the timeline says that none matches: fitted
    // to every event (as Fit all does then), it went to the whole chronology, its lanes empty, and the
    // reader lost the months they were at, for nothing to see.
    if (items.length === 0) return;
    const win = roomyWindow(fitWindow);
    if (win) moveTo(timeline, win);
    // Served once, with the events of the range: not again when later filters change them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitRequest]);

  return {
    earlier: () => pan(-PAN_STEP),
    later: () => pan(PAN_STEP),
    zoomIn: () => moveAndSay((timeline) => timeline.zoomIn(0.5, moveOptionsNow())),
    zoomOut: () => moveAndSay((timeline) => timeline.zoomOut(0.5, moveOptionsNow())),
    fit: () => goTo(fitWindow),
    latest: () => goTo(latestWindow),
  };
}
