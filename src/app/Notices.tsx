import { useEffect, useId, useRef, useState } from 'react';
import { SEARCH_BOX_ID } from '../features/filters/FilterBar';
import { showThread } from '../features/event-panel/show-thread';
import { dismissNotice, selectEvent, useAppStore, type NoticeOffer } from '../store/app-store';
import { IsolatedQuotes } from '../lib/react/IsolatedQuotes';
import { EventLink } from '../features/url-state/EventLink';
import { noticeToFocusAfter } from './notice-focus';

/**
 * The notices about a link's parameters, in a live region that is always in the page, empty while there
 * are none: a screen reader reads out words put into a region it already knows, not a region made with its
 * words in it. So the notices of a link, on the first load, go in once the region is there, and those that
 * Back or Forward bring (a step's ignored parameter) go into it as they come.
 */
export function Notices() {
  const stored = useAppStore((s) => s.notices);
  const noticeOffers = useAppStore((s) => s.noticeOffers);
  const id = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // False for the first drawing, which makes the region empty; true from the frame after it, once the
  // region is on screen (and in what assistive technology reads of the page).
  const [regionThere, setRegionThere] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setRegionThere(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const notices = regionThere ? stored : [];

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
    <div role="status" data-testid="notices-region">
      {notices.length > 0 && (
        <div className="notice" data-testid="notices">
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
      )}
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
