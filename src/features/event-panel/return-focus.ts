/**
 * Where the focus goes when the panel closes: back where it was when the panel opened, or, when that
 * is gone (a link opened the panel, or the list re-drew), to the event itself in the timeline or the
 * list, and only then to the main area. Each is looked up in turn: one selector list would give the
 * first in document order, which is always #main, the ancestor of both.
 */
export function focusTargetAfterClose(
  returnTo: Element | null,
  eventId: string,
  doc: Document = document,
): HTMLElement | null {
  if (returnTo instanceof HTMLElement && returnTo.isConnected && returnTo !== doc.body) return returnTo;
  const id = CSS.escape(eventId);
  return (
    doc.querySelector<HTMLElement>(`.vis-item [data-event-id="${id}"]`) ??
    doc.querySelector<HTMLElement>(`[data-list-event-id="${id}"] [data-list-entry]`) ??
    doc.getElementById('main')
  );
}
