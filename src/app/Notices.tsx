import { useId, useRef } from 'react';
import { SEARCH_BOX_ID } from '../features/filters/FilterBar';
import { showThread } from '../features/event-panel/show-thread';
import { dismissNotice, selectEvent, useAppStore, type NoticeOffer } from '../store/app-store';
import { IsolatedQuotes } from '../lib/react/IsolatedQuotes';
import { EventLink } from '../features/url-state/EventLink';
import { noticeToFocusAfter } from './notice-focus';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const noticeOffers = useAppStore((s) => s.noticeOffers);
  const id = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  if (notices.length === 0) return null;

  const dismiss = (notice: string) => {
    // The focused button leaves the page with its notice, and the focus would fall to the page:
    // it moves first, to the next notice, or after the last one to the search box, the control
    // that comes next in the page (and what a reader told of ignored link filters may well want).
    const next = noticeToFocusAfter(notices, notice);
    const target = next === null ? document.getElementById(SEARCH_BOX_ID) : buttons.current.get(next);
    (target ?? document.getElementById('main'))?.focus();
    dismissNotice(notice);
  };

  return (
    <div className="notice" role="status" data-testid="notices">
      <ul>
        {notices.map((n, i) => (
          <li key={n}>
            <span id={`${id}-${i}`}>
              <IsolatedQuotes text={n} />
            </span>{' '}
            {noticeOffers.has(n) && (
              <>
                <OfferLink
                  offer={noticeOffers.get(n)!}
                  aria-describedby={`${id}-${i}`}
                  // Its question answered, the notice goes.
                  onOpen={() => dismiss(n)}
                />{' '}
              </>
            )}
            <button
              type="button"
              className="link-button"
              // Every button is "Dismiss": its notice, read after it, says which one this is.
              aria-describedby={`${id}-${i}`}
              ref={(el) => {
                if (!el) return;
                buttons.current.set(n, el);
                return () => void buttons.current.delete(n);
              }}
              onClick={() => dismiss(n)}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The event a notice offers in place of an id the link nearly gave, as a link to what the link meant:
 * the event, opened (its panel takes the focus), or its thread, shown as "Show this thread" shows it.
 */
function OfferLink({
  offer: { eventId, as },
  onOpen,
  ...attributes
}: {
  offer: NoticeOffer;
  onOpen: () => void;
  'aria-describedby': string;
}) {
  const follow = () => {
    onOpen();
    if (as === 'event') {
      selectEvent(eventId);
      return;
    }
    const { data } = useAppStore.getState();
    const events = data.status === 'ready' ? data.dataset.events : [];
    const event = events.find((e) => e.id === eventId);
    if (event) showThread(event, events);
  };
  return (
    <EventLink {...attributes} eventId={eventId} as={as} className="notice__open" onOpen={follow}>
      {as === 'event' ? 'Open it' : 'Show its thread'}
    </EventLink>
  );
}
