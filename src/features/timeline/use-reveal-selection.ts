import { useEffect, useRef, type RefObject } from 'react';
import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import { keepOnScreen } from '../../lib/dom/keep-on-screen';
import { useAppStore } from '../../store/app-store';
import type { TimelineItem } from './to-timeline-item';
import type { FeedItem } from './window-feed';

/**
 * Moves the window, not a panel (see keepOnScreen), when more than half of an item's label runs
 * past the right edge of the drawing, as the timeline narrows for the event panel: by as little as
 * shows it whole, or as much as keeps its start (its date's mark) in view. An item mostly in view
 * stays where it is. Says whether it moved: once is enough, and the item is drawn at its new place
 * only in the next frame, where a second look would see it where it was and move it again.
 */
function revealAcross(timeline: Timeline, target: Element): boolean {
  const drawing = target.closest('.vis-panel.vis-center')?.getBoundingClientRect();
  const box = (target.closest('.vis-item') ?? target).getBoundingClientRect();
  if (!drawing || drawing.width === 0 || (box.left + box.right) / 2 <= drawing.right) return false;
  const gap = 8;
  const px = Math.min(box.right - drawing.right + gap, box.left - drawing.left - gap);
  if (px <= 0) return false;
  const { start, end } = timeline.getWindow();
  const ms = (px / drawing.width) * (end.getTime() - start.getTime());
  timeline.setWindow(new Date(start.getTime() + ms), new Date(end.getTime() + ms), { animation: false });
  return true;
}

/**
 * The selected event's item is marked selected, and brought into view once, when it is made or its
 * item first arrives; after that the reader may move the timeline away from it with the panel open
 * (the effect also runs on every move, as the feed follows the window). A window asked for with the
 * event wins over it: a link's span at opening, so the link shows what its sender saw, and a step's
 * window on Back or Forward, so the step shows what the reader saw on it.
 */
export function useRevealSelection({
  timelineRef,
  itemsRef,
  container,
  selectedId,
  feed,
}: {
  timelineRef: RefObject<Timeline | null>;
  itemsRef: RefObject<DataSet<FeedItem, 'id'> | null>;
  container: RefObject<HTMLElement | null>;
  selectedId: string | null;
  /** What the timeline holds: the selected item may arrive with a later feed. */
  feed: readonly FeedItem[];
}) {
  const revealed = useRef<string | null>(
    useAppStore.getState().windowRequest ? useAppStore.getState().selectedId : null,
  );
  // Keeps the item of the selection being revealed on the screen while the page settles.
  const keeping = useRef<{ id: string; stop: () => void } | null>(null);
  useEffect(() => () => keeping.current?.stop(), []);
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (keeping.current && keeping.current.id !== selectedId) {
      keeping.current.stop();
      keeping.current = null;
    }
    const visible = selectedId !== null && itemsRef.current?.get(selectedId);
    timeline.setSelection(visible ? [selectedId] : []);
    if (selectedId === null) revealed.current = null;
    if (!visible || revealed.current === selectedId) return;
    revealed.current = selectedId;
    // Back or Forward to an event's step asks, with the event, for the window the step showed, which is
    // what the reader saw with it open: the window goes there, not to the event. Brought into view again,
    // the event moved it (and the step's span with it) where its opening had first moved it, before the
    // reader went on (Fit all, a drag).
    const keepWindow = useAppStore.getState().windowRequest !== null;
    const { start, end } = timeline.getWindow();
    const item = itemsRef.current!.get(selectedId) as TimelineItem;
    const inView =
      item.start.getTime() >= start.getTime() && (item.end ?? item.start).getTime() <= end.getTime();
    if (!inView && !keepWindow) timeline.focus(selectedId, { animation: false, zoom: false });
    // The item may sit in a lane below the fold: bring it onto the screen, without moving a visible one.
    let movedAcross = keepWindow;
    const stop = keepOnScreen(
      () => container.current?.querySelector(`.vis-item [data-event-id="${CSS.escape(selectedId)}"]`) ?? null,
      (target) => {
        if (!movedAcross) movedAcross = revealAcross(timeline, target);
      },
    );
    keeping.current = { id: selectedId, stop };
    // The feed follows the selection, so this runs once the selected item is in the DataSet.
  }, [selectedId, feed, timelineRef, itemsRef, container]);
}
