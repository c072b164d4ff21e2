import type { ComponentPropsWithoutRef } from 'react';
import { isPlainClick } from '../../lib/dom/plain-click';
import { selectEvent, useAppStore } from '../../store/app-store';

/**
 * A link that opens an event: a plain click (or Enter) opens it in place, as the app always has; the
 * browser keeps the rest, so a reader can open it in a new tab or window (Ctrl or ⌘, Shift, the middle
 * button, its menu) or copy its address, which is the page as they have it with that event open.
 * Space is the browser's too, as on any link: it scrolls the page.
 */
export function EventLink({
  eventId,
  as = 'event',
  onOpen,
  children,
  ...attributes
}: Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'> & {
  eventId: string;
  /** What the address opens: the event, or its thread (then give `onOpen`, which shows it). */
  as?: 'event' | 'thread';
  /** What a plain click does instead of opening the event alone (a notice also goes, say). */
  onOpen?: () => void;
}) {
  const href = useAppStore((s) => (as === 'thread' ? s.eventLinks.threadHref : s.eventLinks.href));
  const open = onOpen ?? (() => selectEvent(eventId));
  return (
    <a
      {...attributes}
      href={href(eventId)}
      onClick={(e) => {
        if (!isPlainClick(e.nativeEvent)) return;
        e.preventDefault();
        open();
      }}
    >
      {children}
    </a>
  );
}
