import { Fragment, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { kindMark } from '../../lib/data/kind-marks';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { selectEvent, setFilters, useAppStore } from '../../store/app-store';
import { showThread } from './show-thread';
import { threadCount, threadCountText } from './thread-count';
import { describeDates } from './describe-dates';
import { relatedEntries } from './relations';
import { panelLookups } from './panel-lookups';
import { CiteButton } from '../cite/CiteDialog';
import { escapeHandledElsewhere } from '../../lib/dom/escape-handled-elsewhere';
import { eventPermalink } from '../../lib/permalink';
import { CopyLink } from './CopyLink';
import { EventLink } from '../url-state/EventLink';
import { focusReturnAfterClose } from './return-focus';
import { SourceList } from './SourceList';
import { SourceRef } from './SourceRef';
import { FilterChoices } from './FilterChoices';
import { tagLabel } from '../../lib/text/tag-label';
import { addToFilter } from './add-to-filter';
import { filteredByParties, filteredByTags } from '../filters/describe-filters';
import { formatCount } from '../../lib/text/format-count';
import { threadIds } from '../filters/thread';
import './event-panel.css';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export default function EventPanel({
  event,
  dataset,
  hiddenByFilters = false,
}: {
  event: EventRecord;
  dataset: DatasetFile;
  /** The filters leave this event out of the timeline and the list (a link or a related event opened it). */
  hiddenByFilters?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Where focus was when the panel opened: given back on close when the event itself is not drawn.
  const returnTo = useRef<Element | null>(null);
  const panel = useRef<HTMLElement>(null);
  // The event shown last: a related event may have replaced the one the panel opened on.
  const shownId = useRef(event.id);
  const { byId, backlinks } = panelLookups(dataset.events);
  const partyName = (code: string) => dataset.vocabulary.parties[code]?.name ?? code;

  useEffect(() => {
    if (!returnTo.current) returnTo.current = document.activeElement;
  }, []);

  useEffect(() => {
    shownId.current = event.id;
    heading.current?.focus();
    // An event is read from its top, the title just below the pinned head. Left where the focus
    // scrolled it, a title taller than the room under the head (large text on a phone) was brought up
    // by its bottom edge, and opened with its first lines hidden under the head.
    panel.current?.scrollTo({ top: 0, behavior: 'instant' });
  }, [event.id]);

  const giveFocusBack = () => {
    requestAnimationFrame(focusReturnAfterClose(returnTo.current, shownId.current));
  };

  const close = () => {
    // Focus inside the panel is given back as the panel leaves (below); focus nowhere (a click on
    // the page's text), here. Focus the reader took elsewhere (Escape on another item) stays there.
    const active = document.activeElement;
    if (active === null || active === document.body) giveFocusBack();
    selectEvent(null);
  };

  // However the panel closes, by its button, Escape, Back or Forward, focus inside it would fall to
  // the page: it goes back where it came from. Run before the panel leaves the page, while it holds it.
  useLayoutEffect(
    () => () => {
      if (panel.current?.contains(document.activeElement)) giveFocusBack();
    },
    [],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !escapeHandledElsewhere(e)) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const related = relatedEntries(event, byId, backlinks);
  // What the thread's button gives, which the other filters it keeps may make fewer than the thread.
  const filters = useAppStore((s) => s.filters);
  const thread = useMemo(
    () => threadCount(dataset.events, event.id, filters, dataset.vocabulary),
    [dataset, event.id, filters],
  );
  // A thread is every event linked to its start, so the thread shown is this event's own whichever of its
  // events it was shown from: followed along its related events, the button stays pressed.
  const threadShown = filters.thread !== null && threadIds(dataset.events, event.id).has(filters.thread);

  return (
    <aside
      ref={panel}
      className={`panel tl--kind-${event.kind}`}
      aria-labelledby="panel-title"
      data-testid="event-panel"
    >
      {/* The close button comes first, drawn at the right: where large text leaves no room for a pinned
          head, it alone stays pinned, floated at the top right (event-panel.css). */}
      <div className="panel__head">
        <button type="button" className="panel__close" onClick={close} aria-label="Close the event details">
          ✕
        </button>
        <p className="panel__kind">
          <span aria-hidden="true" className="panel__mark">
            {kindMark(event.kind)}
          </span>{' '}
          {kindLabel(event.kind)}
          <span className={`panel__status panel__status--${event.status}`}>{statusLabel(event.status)}</span>
        </p>
      </div>
      <h2
        id="panel-title"
        ref={heading}
        tabIndex={-1}
        className={`panel__title panel__title--${event.status}`}
      >
        {event.title}
      </h2>
      {hiddenByFilters && (
        <p className="panel__hidden" data-testid="panel-hidden">
          The current filters hide this event from the timeline and the list.
        </p>
      )}
      {describeDates(event).map((line) => (
        <p key={line} className="panel__dates">
          {line}
        </p>
      ))}
      {event.dateNote && <p className="panel__note">{event.dateNote}</p>}
      {event.statusChange && (
        <p className="panel__note">
          <strong>Why {event.status === 'cancelled' ? 'it was cancelled' : 'the plan changed'}:</strong>{' '}
          <bdi>{event.statusChange.reason}</bdi>
          {event.statusChange.source && (
            <>
              {' '}
              <SourceRef url={event.statusChange.source} sources={event.sources} />
            </>
          )}
        </p>
      )}
      <p className="panel__summary">{event.summary}</p>
      <div className="panel__actions">
        <CopyLink key={event.id} id={event.id} />
        <CiteButton
          label="Cite this event"
          input={() => ({
            event,
            datasetVersion: dataset.version,
            permalink: eventPermalink(event.id),
            accessed: new Date(),
            vocabulary: dataset.vocabulary,
          })}
        />
      </div>
      <dl className="panel__fields">
        {event.location && (
          <Field label="Where">
            {[event.location.venue, event.location.place, partyName(event.location.country)]
              .filter(Boolean)
              .map((part, i) => (
                <Fragment key={i}>
                  {i > 0 && ', '}
                  <bdi>{part}</bdi>
                </Fragment>
              ))}
          </Field>
        )}
        <Field label="Parties">
          <FilterChoices
            values={event.parties}
            label={partyName}
            what="party"
            onChoose={(code) =>
              addToFilter('parties', code, (filters) => filteredByParties(filters, dataset.vocabulary))
            }
          />
        </Field>
        {event.participants && event.participants.length > 0 && (
          <Field label="Participants">
            <ul>
              {event.participants.map((p, i) => (
                <li key={i}>
                  <bdi>{p.name}</bdi> — <bdi>{p.role}</bdi> (<bdi>{partyName(p.party)}</bdi>)
                </li>
              ))}
            </ul>
          </Field>
        )}
        {event.exchange && (
          <Field label="Exchanged">
            {event.exchange.toUkraine !== undefined &&
              `${formatCount(event.exchange.toUkraine)} returned to Ukraine`}
            {event.exchange.toUkraine !== undefined && event.exchange.toRussia !== undefined && '; '}
            {event.exchange.toRussia !== undefined &&
              `${formatCount(event.exchange.toRussia)} returned to Russia`}
            {event.exchange.note && (
              <span className="panel__subnote">
                <bdi>{event.exchange.note}</bdi>
              </span>
            )}
          </Field>
        )}
        {event.outcomes && event.outcomes.length > 0 && (
          <Field label="Outcomes">
            <ul>
              {event.outcomes.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ul>
          </Field>
        )}
        {event.discrepancies && event.discrepancies.length > 0 && (
          <Field label="Sources disagree">
            <ul>
              {event.discrepancies.map((d, i) => (
                <li key={i}>
                  <bdi>{d.topic}</bdi>:
                  <ul>
                    {d.accounts.map((a, j) => (
                      <li key={j}>
                        <bdi>{a.claim}</bdi> <SourceRef url={a.source} sources={event.sources} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </Field>
        )}
        {event.tags && event.tags.length > 0 && (
          <Field label="Tags">
            <FilterChoices
              values={event.tags}
              label={tagLabel}
              what="tag"
              onChoose={(tag) => addToFilter('tags', tag, filteredByTags)}
            />
          </Field>
        )}
      </dl>
      {related.length > 0 && (
        <section aria-labelledby="panel-related">
          <h3 id="panel-related">Related events</h3>
          {/* Only where it shows more than the event itself: "see also" links alone make no thread. */}
          {thread.size > 1 && (
            <p className="panel__thread">
              {/* On a phone the view it narrows is under the sheet: pressed, it says the thread is on,
                  and a second press shows all again, with the panel and the focus left where they are. */}
              <button
                type="button"
                aria-pressed={threadShown}
                onClick={() =>
                  threadShown ? setFilters({ thread: null }) : showThread(event, dataset.events)
                }
              >
                Show this thread
              </button>{' '}
              <span className="panel__subnote">
                {threadShown && 'Shown: '}
                {threadCountText(thread)}
              </span>
            </p>
          )}
          <ul className="panel__related">
            {related.map(({ label, event: other }) => (
              <li key={other.id}>
                <span className="panel__relation">{label}</span>{' '}
                <EventLink eventId={other.id} className="panel__related-link">
                  <bdi>{other.title}</bdi>
                </EventLink>{' '}
                <span className="panel__subnote">{formatDateRange(other.start, other.end)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="panel-sources">
        <h3 id="panel-sources">Sources</h3>
        <SourceList sources={event.sources} />
      </section>
    </aside>
  );
}
