import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { kindMark } from '../../lib/data/kind-marks';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { isPlainClick } from '../../lib/dom/plain-click';

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

/** What the reader may use a link's address for next: it is brought up to date first. */
const ABOUT_TO_USE = ['pointerenter', 'pointerdown', 'focus', 'contextmenu'] as const;

/**
 * The DOM of one timeline item, built node by node with textContent: dataset text never becomes HTML.
 * It is a link to the page with its event open (`hrefOf`), so that it opens in a new tab or has its
 * address copied as any link does; a plain click, Enter or Space opens it in place, since vis-timeline
 * itself offers no keyboard use.
 */
export function buildItemElement(
  event: EventRecord,
  onOpen: (id: string) => void,
  hrefOf: (id: string) => string,
): HTMLElement {
  const root = document.createElement('a');
  root.className = 'tl-item';
  // Built once and kept while the timeline lives, its address is renewed before each use rather than
  // on each change of the filters, which would touch every item ever drawn.
  const renew = () => root.setAttribute('href', hrefOf(event.id));
  renew();
  for (const type of ABOUT_TO_USE) root.addEventListener(type, renew);
  root.setAttribute('aria-label', itemLabel(event));
  root.dataset.eventId = event.id;
  const mark = span('tl-item__mark', kindMark(event.kind));
  mark.setAttribute('aria-hidden', 'true');
  root.append(mark, span('tl-item__title', event.title));
  if (event.status !== 'held') root.append(span('tl-item__badge', statusLabel(event.status)));
  if (event.start.length < 10) root.append(span('tl-item__date', formatDateRange(event.start, event.end)));
  // vis-timeline opens the event on the tap that comes before (TimelineView); the click keeps the page
  // from following the link, and opens the event where no tap came before it (a screen reader's click).
  // Opening the event open changes nothing.
  root.addEventListener('click', (e) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    onOpen(event.id);
  });
  root.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(event.id);
    }
  });
  return root;
}
