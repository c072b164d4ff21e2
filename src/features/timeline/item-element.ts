import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { kindMark } from '../../lib/data/kind-marks';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { isPlainClick } from '../../lib/dom/plain-click';
import type { AppState } from '../../store/app-store';

function span(className: string, text: string, tag: 'span' | 'bdi' = 'span'): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** Words a screen reader says for an item: everything the drawing shows, kind and status included. */
export function itemLabel(event: EventRecord): string {
  const status = event.status === 'held' ? '' : `, ${statusLabel(event.status).toLowerCase()}`;
  return `${event.title}. ${kindLabel(event.kind)}${status}, ${formatDateRange(event.start, event.end)}`;
}

/** The store's links to events (AppState.eventLinks), from which an item's address is written. */
type EventLinks = Pick<AppState['eventLinks'], 'href'>;

/** The links each item's address was last written from: it is written again only once they change. */
const writtenFrom = new WeakMap<HTMLElement, EventLinks>();

/**
 * Brings an item's address up to `links`: whatever reads the page without reaching the item (a screen
 * reader's list of links, "copy link" from assistive technology, a crawler) sees the address as it is.
 * An item already written from them costs a lookup, so the timeline may call this on every drawing.
 */
export function renewItemHref(root: HTMLElement, links: EventLinks): void {
  if (writtenFrom.get(root) === links) return;
  writtenFrom.set(root, links);
  root.setAttribute('href', links.href(root.dataset.eventId!));
}

/**
 * The DOM of one timeline item, built node by node with textContent: dataset text never becomes HTML.
 * It is a link to the page with its event open (from `links`, kept current by renewItemHref), so that
 * it opens in a new tab or has its address copied as any link does; a plain click opens it in place, and
 * so does Enter, whose click a link gets from the browser. Space scrolls the page, as on any link.
 */
export function buildItemElement(
  event: EventRecord,
  onOpen: (id: string) => void,
  links: EventLinks,
): HTMLElement {
  const root = document.createElement('a');
  root.className = 'tl-item';
  root.setAttribute('aria-label', itemLabel(event));
  root.dataset.eventId = event.id;
  // Pressed and moved, an item pans the timeline as the lanes do: the browser does not drag the link away.
  root.setAttribute('draggable', 'false');
  renewItemHref(root, links);
  const mark = span('tl-item__mark', kindMark(event.kind));
  mark.setAttribute('aria-hidden', 'true');
  // Isolated: a title in Arabic script drew the status and the date after it into its own direction.
  root.append(mark, span('tl-item__title', event.title, 'bdi'));
  if (event.status !== 'held') root.append(span('tl-item__badge', statusLabel(event.status)));
  if (event.start.length < 10) root.append(span('tl-item__date', formatDateRange(event.start, event.end)));
  // vis-timeline opens the event on the tap that comes before (TimelineView); the click keeps the page
  // from following the link, and opens the event where no tap came before it (Enter's click, a screen
  // reader's). Opening the event open changes nothing. The click that ends a drag never gets here
  // (press-moves.ts).
  root.addEventListener('click', (e) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    onOpen(event.id);
  });
  return root;
}
