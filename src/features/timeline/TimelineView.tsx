import { useEffect, useMemo, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { statusLabel } from '../../lib/data/labels';
import { compareKeys } from '../../lib/text/compare-text';
import { noEventsMessage } from '../../lib/text/no-events';
import { announce, selectEvent, setVisibleWindow, useAppStore } from '../../store/app-store';
import {
  boundsHolding,
  eventSpan,
  fitWindow,
  panStops,
  rangeWindow,
  travelBounds,
  windowAround,
} from './fit-window';
import { outOfSpanMessage, spanAnnouncement } from './span-words';
import { moveOptionsNow } from './motion';
import { buildGroupElement } from './group-element';
import { batchItemShows, withOneRedraw } from './batch-redraws';
import { followWidth } from './follow-width';
import { bringIntoView } from './focus-follow';
import { followReadingOrder } from './tab-order';
import { followAxisScale } from './axis-scale';
import { stickAxis } from './sticky-axis';
import { revealAtOnce } from './reveal-at-once';
import { buildItemElement, renewItemHref } from './item-element';
import { syncItems } from './sync-items';
import { watchPressMoves } from './press-moves';
import { openWithTitleRoom, showTitles, titlesFit } from './title-mode';
import { choosesAgain, type TitleScene } from './title-hold';
import { clampEdgeTitles } from './edge-titles';
import { isSmallDataset } from '../../lib/data/small-dataset';
import { hoverGrace } from './tooltip-hover';
import { tooltipAnchor, tooltipWords, useTimelineTooltip, type TooltipText } from './use-timeline-tooltip';
import { TimelineTooltip } from './TimelineTooltip';
import { spanAnnouncer, type SpanAnnouncer } from './span-announcer';
import { useWindowMoves } from './use-window-moves';
import { useRevealSelection } from './use-reveal-selection';
import { BASE_OPTIONS } from './timeline-options';
import { TimelineControls } from './TimelineControls';
import { toTimelineItem, type TimelineItem } from './to-timeline-item';
import { buildClusterElement, clusterLabelParts, updateClusterElement } from './cluster-element';
import { CLUSTER_PREFIX, isCluster, windowFeed, type ClusterItem, type FeedItem } from './window-feed';
import './timeline.css';

interface Lane {
  id: string;
  name: string;
  order: number;
  content: string;
}

/** How long after a touch the mouse events a browser makes up for the tap may come. */
const TAP_MOUSE_MS = 1000;

/** Lanes are the tracks the events use, in the vocabulary's order; an unknown track still gets a lane. */
function lanesFor(events: readonly EventRecord[], tracks: DatasetFile['vocabulary']['tracks']): Lane[] {
  const used = [...new Set(events.map((e) => e.track))];
  return used
    .map((id) => ({ id, name: tracks[id]?.name ?? id, order: tracks[id]?.order ?? 1000, content: '' }))
    .sort((a, b) => a.order - b.order || compareKeys(a.id, b.id));
}

// Each event is mapped once, whatever the filters do.
const itemCache = new WeakMap<EventRecord, TimelineItem | null>();
function toItems(events: readonly EventRecord[]): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (const e of events) {
    let item = itemCache.get(e);
    if (item === undefined) {
      item = toTimelineItem(e);
      itemCache.set(e, item);
    }
    if (item) out.push(item);
  }
  return out;
}

/** Where the timeline opens; `roomFor`: the events whose last titles get room once it is laid out. */
interface Opening {
  start: Date;
  end: Date;
  roomFor?: readonly TimelineItem[];
}

/**
 * Where the timeline opens: where it was (a re-mount), where it was asked to go, around the event a
 * link names, on the events the filters show as Fit all fits them (a link to the summits shows the
 * summits), on the months of a date range that leaves none, or on the whole chronology.
 */
function initialWindow(allItems: readonly TimelineItem[], filtered: readonly TimelineItem[] | null): Opening {
  const { window: saved, windowRequest: requested, selectedId } = useAppStore.getState();
  const kept = requested ?? saved;
  if (kept) return { start: new Date(kept.start), end: new Date(kept.end) };
  const around = selectedId ? allItems.find((i) => i.id === selectedId) : undefined;
  if (around) return windowAround(around);
  // Filters that leave no event: the months of their date range, over which the timeline says that none
  // matches, as a range set in the page that leaves none keeps the reader's months; with no range, the
  // whole chronology, as Fit all shows then.
  if (filtered?.length === 0) {
    const { from, to } = useAppStore.getState().filters;
    const range = rangeWindow(from, to, fitWindow(allItems));
    if (range) return range;
  }
  const shown = filtered && filtered.length > 0 ? filtered : null;
  const fitted = fitWindow(shown ?? allItems);
  if (fitted) return shown ? { ...fitted, roomFor: shown } : fitted;
  return { start: new Date(Date.now() - 365 * 864e5), end: new Date() };
}

export default function TimelineView({
  allEvents,
  events,
  tracks,
  filtering,
}: {
  /** Every event: lanes and "fit" are stable while filters change. */
  allEvents: EventRecord[];
  /** The events to draw. */
  events: readonly EventRecord[];
  tracks: DatasetFile['vocabulary']['tracks'];
  /** Whether filters are narrowing the events, for the words shown when none is left. */
  filtering: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<FeedItem, 'id'> | null>(null);
  const groupsRef = useRef<DataSet<Lane, 'id'> | null>(null);
  // The feed as last given to the timeline. Clusters are read from here, not from the DataSet,
  // which keeps a cluster's first count: a new count is written into its node, not given to vis.
  const feedById = useRef(new Map<string, FeedItem>());
  const relabelRef = useRef<(cluster: ClusterItem) => void>(() => undefined);
  const { tooltip, setTooltip, closeTooltip, graceRef, tooltipRef } = useTimelineTooltip(container);
  const selectedId = useAppStore((s) => s.selectedId);
  const visibleWindow = useAppStore((s) => s.window);
  // Says the span a toolbar move leaves (span-announcer.ts); made with the timeline.
  const announcerRef = useRef<SpanAnnouncer | null>(null);

  const items = useMemo(() => toItems(events), [events]);
  const allItems = useMemo(() => toItems(allEvents), [allEvents]);
  // Where the timeline opens, worked out once per mount, so that the first render already feeds it
  // the items of that window (the store learns the window only once the timeline exists).
  const [opening] = useState(() => initialWindow(allItems, filtering ? items : null));
  const feedWindow = useMemo(
    () => visibleWindow ?? { start: opening.start.getTime(), end: opening.end.getTime() },
    [visibleWindow, opening],
  );
  // Only what the window needs goes into vis-timeline: its cost grows with every item it holds.
  const datasetSize = allItems.length;
  const feed = useMemo(
    () => windowFeed(items, feedWindow, selectedId, { datasetSize }),
    [items, feedWindow, selectedId, datasetSize],
  );
  const lanes = useMemo(() => lanesFor(allEvents, tracks), [allEvents, tracks]);
  // Read once, when the timeline is created: later changes go through the DataSet.
  const tracksRef = useRef(tracks);
  const lanesRef = useRef(lanes);
  const openingRef = useRef(opening);
  // The events do not change while the timeline lives (a new dataset mounts a new one): their bounds are
  // worked out once, not on every render (a walk over every event).
  const [bounds] = useState(() => travelBounds(allItems));
  const boundsRef = useRef(bounds);
  // How far the timeline may travel now: those bounds, widened to hold the window it opens on and each one
  // asked for since (use-window-moves.ts). A drag stops there, and so do Earlier and Later.
  const [limits, setLimits] = useState(() => boundsHolding(bounds, opening));
  const openingLimits = useRef(limits);
  const smallRef = useRef(isSmallDataset(allItems.length));
  // When the reader last touched the screen: what follows a tap brings no tooltip (see below).
  const lastTouch = useRef(-Infinity);
  const justTouched = () => performance.now() - lastTouch.current < TAP_MOUSE_MS;
  const tooltipTextRef = useRef<(item: FeedItem | undefined | null) => TooltipText | null>(() => null);
  // Whether the items show their marks alone (title-mode.ts), for the words that say how to read them.
  const [marksOnly, setMarksOnly] = useState(false);
  const fitTitlesRef = useRef<(feed: readonly FeedItem[], shown?: readonly unknown[]) => void>(
    () => undefined,
  );
  const endRef = useRef<HTMLSpanElement>(null);
  const stickyRef = useRef<HTMLDivElement>(null);

  // One Timeline per mount, destroyed on unmount (StrictMode mounts twice; nothing may leak).
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const itemSet = new DataSet<FeedItem, 'id'>();
    // The lanes go in before the timeline is built: each later change of its lanes is a redraw.
    const groupSet = new DataSet<Lane, 'id'>(lanesRef.current);
    const rendered = new WeakMap<EventRecord, HTMLElement>();
    const clusterNodes = new Map<string, HTMLElement>();
    const latest = feedById.current;
    const planned = openingRef.current;
    const laneName = (id: string) => tracksRef.current[id]?.name ?? id;
    const zoomInto = (cluster: ClusterItem) =>
      timeline.setWindow(cluster.start, cluster.end, moveOptionsNow());
    const tooltipText = (item: FeedItem | undefined | null): TooltipText | null => {
      if (!item) return null;
      if (!isCluster(item)) {
        const { title, start, end, status } = item.event;
        // The item's own badge says it too, but the tooltip, below the pointer, may be all a reader sees.
        const plan = status === 'held' ? '' : ` · ${statusLabel(status).toLowerCase()}`;
        return tooltipWords('', title, ` — ${formatDateRange(start, end)}${plan}`);
      }
      const [before, lane, after] = clusterLabelParts(item, laneName(item.group));
      return tooltipWords(before, lane, `${after} — click to zoom in`);
    };
    tooltipTextRef.current = tooltipText;
    const timeline = new Timeline(element, itemSet, groupSet, {
      ...BASE_OPTIONS,
      // Always give a window: without one vis-timeline fits the data itself, later, over ours.
      start: planned.start,
      end: planned.end,
      // Widened to hold the window it opens on: a link's span, which Fit all may have widened past them.
      ...(openingLimits.current ?? {}),
      template: (item?: FeedItem) => {
        if (!item) return '';
        if (isCluster(item)) {
          const current = latest.get(item.id);
          if (isCluster(current)) item = current;
          // Reuse a cluster's node and change only its words: a new node would be laid out again.
          const cached = clusterNodes.get(item.id);
          if (cached) return updateClusterElement(cached, item, laneName(item.group));
          if (clusterNodes.size > 2000) clusterNodes.clear();
          const node = buildClusterElement(item, laneName(item.group), zoomInto);
          clusterNodes.set(item.id, node);
          return node;
        }
        // vis-timeline re-renders an item whenever its template returns a new node: reuse the one we built.
        const links = useAppStore.getState().eventLinks;
        let node = rendered.get(item.event);
        if (!node) {
          node = buildItemElement(item.event, (id) => selectEvent(id), links);
          rendered.set(item.event, node);
        } else renewItemHref(node, links);
        return node;
      },
      groupTemplate: (group?: Lane) => (group ? buildGroupElement(group.name) : ''),
    });
    // Fitted to the filters' events, the window ends after their last titles, as Fit all's does.
    const initial = planned.roomFor
      ? openWithTitleRoom(timeline, element, planned, planned.roomFor, lanesRef.current.length)
      : planned;
    relabelRef.current = (cluster) => {
      const node = clusterNodes.get(cluster.id);
      if (node) updateClusterElement(node, cluster, laneName(cluster.group));
    };
    // A press that moved the timeline opens nothing, on whatever item it ends (press-moves.ts).
    const presses = watchPressMoves(element);
    timeline.on('select', (props: { items: (string | number)[]; event?: { srcEvent?: MouseEvent } }) => {
      // vis-timeline still reports a tap for a short drag (under 9 px), which has moved the lanes.
      if (presses.moved()) {
        timeline.setSelection(useAppStore.getState().selectedId ?? []);
        return;
      }
      // An item clicked with Ctrl, ⌘, Shift or Alt is its link's: the browser opens it elsewhere (a new
      // tab or window), and this page stays as it is.
      const by = props.event?.srcEvent;
      if (by && (by.ctrlKey || by.metaKey || by.shiftKey || by.altKey)) {
        timeline.setSelection(useAppStore.getState().selectedId ?? []);
        return;
      }
      const id = props.items.length > 0 ? String(props.items[0]) : null;
      const cluster = id?.startsWith(CLUSTER_PREFIX) ? latest.get(id) : undefined;
      if (isCluster(cluster)) {
        timeline.setSelection(useAppStore.getState().selectedId ?? []);
        zoomInto(cluster);
      } else selectEvent(id);
    });
    const announcer = spanAnnouncer(
      (span) => announce(spanAnnouncement(span.start, span.end)),
      () => timeline.getWindow(),
    );
    announcerRef.current = announcer;
    timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      setVisibleWindow({ start: props.start.getTime(), end: props.end.getTime() });
      announcer.settled(props);
    });
    timeline.on('rangechange', (props: { byUser: boolean }) => announcer.changing(props.byUser));
    // vis-timeline moves its drawing by its window, never by scrolling, and its panels hide their
    // overflow: a panel the browser scrolls sideways (to show a focused item whole, or an item brought
    // into view) shifts the lanes and items off the time axis, and leaves the lanes short of the right
    // edge. Any such scroll is undone at once.
    const unscroll = (e: Event) => {
      const target = e.target;
      if (target instanceof HTMLElement && target !== element && target.scrollLeft !== 0)
        target.scrollLeft = 0;
    };
    element.addEventListener('scroll', unscroll, { capture: true, passive: true });
    const grace = hoverGrace(() => setTooltip(null));
    graceRef.current = grace;
    // A tap is followed by the mouse events a browser makes up for it: the tooltip they would bring has
    // no pointer to leave it, and stayed over the lanes after the panel the tap opened was closed.
    const onTouch = () => void (lastTouch.current = performance.now());
    document.addEventListener('touchstart', onTouch, { capture: true, passive: true });
    timeline.on('itemover', (props: { item: string; event: MouseEvent }) => {
      if (justTouched()) return;
      const id = String(props.item);
      const words = tooltipText(latest.get(id));
      if (!words || !(props.event.target instanceof Element)) return;
      grace.enter('item');
      // Starting a little left of the pointer: a move straight down from it lands on the tooltip.
      const anchor = tooltipAnchor(props.event.target, props.event.clientX - 12, element);
      // Back on its item from the tooltip: it stays where the reader found it.
      setTooltip((shown) =>
        shown?.hover && shown.id === id && shown.text === words.text
          ? shown
          : { id, ...words, anchor, hover: true },
      );
    });
    timeline.on('itemout', () => grace.leave('item'));
    // A tooltip is placed on the screen, not on its item: when the items move under it (a pan or a
    // zoom, a narrower timeline as the panel opens, a resized window) it would name the wrong one.
    timeline.on('rangechange', closeTooltip);
    // Marks stand in, for a small dataset, for the clusters a larger one is drawn as at wide zoom
    // (window-feed.ts); a larger one keeps its titles, and no filter pays for measuring them all again.
    // The choice is kept through what the event panel does to the timeline (title-hold.ts).
    const small = smallRef.current;
    // The titles at the right edge end there with an ellipsis (edge-titles.ts).
    const edges = clampEdgeTitles(timeline, element);
    let scene: TitleScene | null = null;
    fitTitlesRef.current = (feed, shown = scene?.shown ?? feed) => {
      const { start, end } = timeline.getWindow();
      const now: TitleScene = {
        shown,
        start: start.getTime(),
        span: end.getTime() - start.getTime(),
        screenWidth: window.innerWidth,
        eventOpen: useAppStore.getState().selectedId !== null,
      };
      const again = choosesAgain(scene, now);
      scene = now;
      if (!again) return;
      const show = !small || titlesFit(element, timeline, feed, lanesRef.current.length);
      if (showTitles(timeline, element, show, edges.release)) setMarksOnly(!show);
    };
    // A new width of the window may leave room for the titles, or no longer.
    const stopFollowing = followWidth(timeline, element, () => {
      closeTooltip();
      fitTitlesRef.current([...latest.values()]);
    });
    const stopScaling = followAxisScale(timeline, element);
    // Tab goes through each lane's items by date, whatever order they came into the window in.
    const stopOrdering = followReadingOrder(timeline, element);
    const stopSticking = stickyRef.current ? stickAxis(timeline, element, stickyRef.current) : () => {};
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.selectedId !== previous.selectedId) closeTooltip();
      // The items the timeline holds take the new address at once, drawn or not (vis-timeline shows a
      // held item again without asking the template); any other gets it as the template gives it back.
      if (state.eventLinks !== previous.eventLinks)
        for (const item of latest.values()) {
          const node = isCluster(item) ? undefined : rendered.get(item.event);
          if (node) renewItemHref(node, state.eventLinks);
        }
    });
    // vis-timeline scrolls its lanes in panels that keyboard users could not reach; it adds the
    // scrolling class only once the lanes overflow, so look after each redraw.
    timeline.on('changed', () => {
      for (const panel of element.querySelectorAll<HTMLElement>('.vis-vertical-scroll:not([tabindex])')) {
        panel.tabIndex = 0;
        panel.setAttribute('role', 'region');
        panel.setAttribute('aria-label', 'Timeline lanes, scrollable');
      }
    });
    revealAtOnce(timeline, initial);
    setVisibleWindow({ start: initial.start.getTime(), end: initial.end.getTime() });
    timelineRef.current = timeline;
    itemsRef.current = itemSet;
    groupsRef.current = groupSet;
    return () => {
      element.removeEventListener('scroll', unscroll, { capture: true });
      presses.stop();
      document.removeEventListener('touchstart', onTouch, { capture: true });
      announcer.stop();
      announcerRef.current = null;
      unsubscribe();
      stopFollowing();
      stopScaling();
      stopOrdering();
      stopSticking();
      edges.stop();
      grace.reset();
      graceRef.current = null;
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
    // None of these ever changes (a callback with no dependencies, a ref, a state setter): the timeline
    // is still built once.
  }, [closeTooltip, graceRef, setTooltip]);

  useEffect(() => {
    const groupSet = groupsRef.current;
    if (!groupSet) return;
    const ids = new Set(lanes.map((l) => l.id));
    const stale = groupSet.getIds().filter((id) => !ids.has(String(id)));
    if (stale.length > 0) groupSet.remove(stale);
    const changed = lanes.filter((lane) => {
      const current = groupSet.get(lane.id);
      return !current || current.name !== lane.name || current.order !== lane.order;
    });
    if (changed.length > 0) groupSet.update(changed);
  }, [lanes]);

  // Filters change the items, never the window.
  useEffect(() => {
    const itemSet = itemsRef.current;
    const timeline = timelineRef.current;
    if (!itemSet || !timeline) return;
    const previous = feedById.current;
    const changedCounts = feed.filter(
      (item): item is ClusterItem =>
        isCluster(item) && (previous.get(item.id) as ClusterItem | undefined)?.count !== item.count,
    );
    previous.clear();
    for (const item of feed) previous.set(item.id, item);
    // Titles or marks, decided before the items are drawn: the first drawing is already the right one.
    fitTitlesRef.current(feed, items);
    batchItemShows(timeline);
    withOneRedraw(timeline, () => syncItems(itemSet, feed));
    // Clusters that stayed but count differently: only their words change, so vis is not told.
    for (const cluster of changedCounts) relabelRef.current(cluster);
  }, [feed, items]);

  useRevealSelection({ timelineRef, itemsRef, container, selectedId, feed });

  const controls = useWindowMoves({
    timelineRef,
    announcerRef,
    container,
    items,
    allItems,
    boundsRef,
    limits,
    setLimits,
    laneCount: lanes.length,
  });
  // Whether Earlier and Later are at their stop, which the toolbar says. The events' span once, not on
  // every frame of a drag: at 50,000 events it is a walk over all of them.
  const span = useMemo(() => eventSpan(allItems), [allItems]);
  const stops = useMemo(
    () =>
      visibleWindow
        ? panStops({ start: new Date(visibleWindow.start), end: new Date(visibleWindow.end) }, span, limits)
        : { earlier: false, later: false },
    [visibleWindow, span, limits],
  );
  // Where the shown events are, when the span holds none of them: an empty drawing says nothing.
  const outOfSpan = useMemo(
    () => (visibleWindow ? outOfSpanMessage(items, visibleWindow) : null),
    [items, visibleWindow],
  );

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__bar">
        <h2 id="timeline-heading" className="timeline__heading">
          Timeline
        </h2>
        <TimelineControls {...controls} stops={stops} />
        {/* Its line is kept when empty, so that the lanes do not jump as a zoom brings the titles back. In
            the bar, so that a phone on its side can have it beside the controls (timeline.css). */}
        <p
          className={marksOnly ? 'timeline__hint' : 'timeline__hint timeline__hint--idle'}
          data-testid="timeline-marks-hint"
        >
          Zoomed out this far, each event is drawn as its mark alone: zoom in to read the titles.
        </p>
      </div>
      <p className="visually-hidden" data-testid="timeline-help">
        Each event is a link: Tab to it and press Enter to open it. The same events are in the List view as
        text: choose List in the View buttons above the timeline.
      </p>
      {/* Always in the page, so that a reader hears when the filters leave the lanes empty. */}
      {/* Focusable, so that "Skip to events" can land on the reason there are none. */}
      <p role="status" className="timeline__empty" data-testid="timeline-empty" tabIndex={-1}>
        {events.length === 0 ? noEventsMessage(filtering) : (outOfSpan ?? '')}
      </p>
      {/* Each event is a Tab stop (211 of them with the real data): a keyboard can get past them at once. */}
      <a
        className="timeline__skip visually-hidden-focusable"
        href="#timeline-end"
        onClick={(e) => {
          e.preventDefault();
          endRef.current?.focus();
        }}
      >
        Skip past the timeline’s events
      </a>
      {/* The dates, kept in sight once the axis has scrolled out above (sticky-axis.ts): for the eye only. */}
      <div
        ref={stickyRef}
        className="timeline__sticky"
        aria-hidden="true"
        data-testid="timeline-sticky-axis"
      />
      <div
        ref={container}
        className="timeline__canvas"
        data-testid="timeline"
        // The visible range, for tests and for anyone inspecting the page.
        data-window-start={visibleWindow?.start}
        data-window-end={visibleWindow?.end}
        onFocus={(e) => {
          const target = e.target as HTMLElement;
          const canvas = e.currentTarget;
          const id = target.dataset.eventId ?? target.dataset.clusterId;
          const words = id ? tooltipTextRef.current(feedById.current.get(id)) : null;
          if (!id || !words) return;
          // Tab reaches items drawn just off either edge: the timeline follows a keyboard's focus. Not
          // the focus given back to an item as the panel a click opened closes: the window stays put.
          const moved =
            timelineRef.current && target.matches(':focus-visible')
              ? bringIntoView(timelineRef.current, target)
              : false;
          // A tap's focus, or the focus given back to the item as the panel a tap opened closes: no keyboard.
          if (justTouched()) return;
          // The focus's tooltip stays until the focus leaves: no hide the pointer set off applies to it.
          graceRef.current?.reset();
          const show = () => {
            if (document.activeElement !== target) return;
            const anchor = tooltipAnchor(target, target.getBoundingClientRect().left, canvas);
            setTooltip({ id, ...words, anchor, hover: false });
          };
          // Moved, the item is drawn at its new place in the coming frame: the tooltip goes there after it.
          if (moved) requestAnimationFrame(() => requestAnimationFrame(show));
          else show();
        }}
        onBlur={closeTooltip}
      />
      <span id="timeline-end" ref={endRef} tabIndex={-1} className="timeline__end visually-hidden-focusable">
        End of the timeline
      </span>
      {tooltip && (
        <TimelineTooltip
          tooltip={tooltip}
          tooltipRef={tooltipRef}
          graceRef={graceRef}
          onClose={closeTooltip}
        />
      )}
    </section>
  );
}
