/** The timeline's items (an event or a cluster of events) and the list's entries, in the page's Tab order. */
const EVENT_STOPS =
  '.timeline__canvas .tl-item, .timeline__canvas [data-cluster-id], .list-view [data-list-entry]';
/** What the view says when no event is left to show. */
const NO_EVENTS = '.timeline__empty:not(:empty), .list-empty';

/**
 * Whether `el` starts inside the timeline's visible span: one drawn off either edge would move it on
 * focus. Its start, where its date is, not its whole label: on a phone a label is about as wide as the
 * drawing, so that hardly any fits whole, and the first events were passed over.
 */
function onScreen(el: Element): boolean {
  const canvas = el.closest('.timeline__canvas');
  if (!canvas) return true;
  const box = el.getBoundingClientRect();
  const visible = canvas.getBoundingClientRect();
  return box.width > 0 && box.left >= visible.left && box.left < visible.right;
}

/**
 * Where "Skip to events" takes the focus: the first event of the view on show (in the timeline, the
 * first one inside the span it shows), from which Tab goes on to the next; the words saying why there is
 * none; or, while the view is still loading, the main region.
 */
export function skipToEventsTarget(root: ParentNode = document): HTMLElement | null {
  const stops = [...root.querySelectorAll<HTMLElement>(EVENT_STOPS)];
  return (
    stops.find(onScreen) ??
    stops[0] ??
    root.querySelector<HTMLElement>(NO_EVENTS) ??
    root.querySelector<HTMLElement>('#main')
  );
}
