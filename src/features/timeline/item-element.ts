import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { kindMark } from '../../lib/data/kind-marks';
import { kindLabel, statusLabel } from '../../lib/data/labels';

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/** Words a screen reader says for an item: everything the drawing shows, kind and status included. */
export function itemLabel(event: EventRecord): string {
  const status = event.status === 'held' ? '' : `, ${statusLabel(event.status).toLowerCase()}`;
  return `${event.title}. ${kindLabel(event.kind)}${status}, ${formatDateRange(event.start, event.end)}`;
}

/**
 * The DOM of one timeline item, built node by node with textContent: dataset text never becomes HTML.
 * It is focusable and opens the event on Enter, since vis-timeline itself offers no keyboard use.
 */
export function buildItemElement(event: EventRecord, onOpen: (id: string) => void): HTMLElement {
  const root = document.createElement('div');
  root.className = 'tl-item';
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  root.setAttribute('aria-label', itemLabel(event));
  root.dataset.eventId = event.id;
  const mark = span('tl-item__mark', kindMark(event.kind));
  mark.setAttribute('aria-hidden', 'true');
  root.append(mark, span('tl-item__title', event.title));
  if (event.status !== 'held') root.append(span('tl-item__badge', statusLabel(event.status)));
  if (event.start.length < 10) root.append(span('tl-item__date', formatDateRange(event.start, event.end)));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(event.id);
    }
  });
  return root;
}
