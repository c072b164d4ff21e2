import { useId, useRef } from 'react';
import { SEARCH_BOX_ID } from '../features/filters/FilterBar';
import { dismissNotice, selectEvent, useAppStore } from '../store/app-store';
import { IsolatedQuotes } from '../lib/react/IsolatedQuotes';
import { EventLink } from '../features/url-state/EventLink';
import { noticeToFocusAfter } from './notice-focus';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const noticeEvents = useAppStore((s) => s.noticeEvents);
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
            {noticeEvents.has(n) && (
              <>
                <EventLink
                  eventId={noticeEvents.get(n)!}
                  className="notice__open"
                  aria-describedby={`${id}-${i}`}
                  onOpen={() => {
                    // Its question answered, the notice goes; the panel that opens takes the focus.
                    dismiss(n);
                    selectEvent(noticeEvents.get(n)!);
                  }}
                >
                  Open it
                </EventLink>{' '}
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
