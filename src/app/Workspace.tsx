import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { CiteButton } from '../features/cite/CiteDialog';
import { ExportMenu } from '../features/export/ExportMenu';
import { describeFilters } from '../features/filters/describe-filters';
import { SkippedNotice } from '../features/dataset/SkippedNotice';
import { DensityFold } from '../features/density/DensityFold';
import type { ListJump } from '../features/list-view/ListView';
import { buildFacetIndex } from '../features/filters/facet-index';
import { filterEvents, matchTextAndDates } from '../features/filters/filter-events';
import { FilterBar } from '../features/filters/FilterBar';
import { isFiltering } from '../features/filters/filters';
import { buildSearchIndex } from '../features/filters/search-index';
import { Legend } from '../features/timeline/Legend';
import { useUrlSync } from '../features/url-state/use-url-sync';
import type { DatasetFile } from '../lib/data/dataset';
import type { SkippedEvent } from '../lib/data/parse-dataset';
import { formatDateRange } from '../lib/dates/format-partial-date';
import { eventCount } from '../lib/text/count-phrase';
import { selectEvent, setView, useAppStore } from '../store/app-store';
import { Notices } from './Notices';
import { DensityStrip, EventPanel, ListView, TimelineView } from './on-demand-views';
import { usePanelDrop } from './panel-drop';
import { openedNarrow, shownView } from './shown-view';
import { useCompactScreen, useShortScreen } from '../lib/react/use-compact-screen';
import { usePrinting } from '../lib/react/use-printing';
import { printLines } from './print-lines';
import { ViewBoundary } from './ViewBoundary';
import { ViewSwitch } from './ViewSwitch';

/** "2022–2026", or "2025" when the events are of one year. */
const yearSpan = (first: string, last: string) =>
  first.slice(0, 4) === last.slice(0, 4) ? first.slice(0, 4) : `${first.slice(0, 4)}–${last.slice(0, 4)}`;

/** Events above which the views follow the search box through a deferred render (see below). */
const DEFER_SEARCH_ABOVE = 20_000;

export function Workspace({ dataset, skipped }: { dataset: DatasetFile; skipped: SkippedEvent[] }) {
  useUrlSync(dataset, skipped);
  const selectedId = useAppStore((s) => s.selectedId);
  const chosenView = useAppStore((s) => s.view);
  const filters = useAppStore((s) => s.filters);
  // The layout follows the screen (compact, short); the view does not (see openedNarrow).
  const view = shownView(chosenView, openedNarrow());
  // A phone upright or on its side: the controls above the views fold away (the view is chosen above).
  const compact = useCompactScreen();
  const short = useShortScreen();
  const printing = usePrinting();
  // A month chosen on the chart while the list is shown: the list goes there (see ListView).
  const [listJump, setListJump] = useState<ListJump | null>(null);
  const toListMonth = useCallback(
    (month: string, focus: boolean) => setListJump((j) => ({ month, focus, seq: (j?.seq ?? 0) + 1 })),
    [],
  );
  // On a phone the list's first screen should reach the chronology: the chart folds away under a summary.
  // So it does above the timeline on a short screen (a phone on its side), where it took a quarter of it.
  const foldChart = (compact && view === 'list') || short;
  const workspaceRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLDivElement>(null);

  const events = dataset.events;
  const index = useMemo(() => buildSearchIndex(events, dataset.vocabulary), [events, dataset.vocabulary]);
  // Up to a few tens of thousands of events a whole update takes about one 50 ms budget, so the
  // views follow each keystroke at once. Above that, typing stays responsive instead: the views
  // follow the search text as soon as they can (a render React can interrupt, one frame later).
  const lagging = useDeferredValue(filters.q);
  const deferredQ = events.length > DEFER_SEARCH_ABOVE ? lagging : filters.q;
  // Keyed on each field, not on the filters object: a keystroke changes only `q`, so the urgent
  // render that shows the typed letter keeps every view's input as it was and redoes no filtering.
  const { kinds, statuses, parties, partyMode, tracks, tags, from, to, thread } = filters;
  const deferredFilters = useMemo(
    () => ({ q: deferredQ, kinds, statuses, parties, partyMode, tracks, tags, from, to, thread }),
    [deferredQ, kinds, statuses, parties, partyMode, tracks, tags, from, to, thread],
  );
  const facetIndex = useMemo(() => buildFacetIndex(events), [events]);
  const textAndDates = useMemo(
    () => matchTextAndDates(events, { q: deferredQ, from, to, thread }, index),
    [events, deferredQ, from, to, thread, index],
  );
  const shown = useMemo(
    () => filterEvents(events, deferredFilters, index, facetIndex, textAndDates),
    [events, deferredFilters, index, facetIndex, textAndDates],
  );
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;
  // A link may open an event the filters leave out: it is shown, and the panel says so.
  const selectedHidden = useMemo(
    () => selected !== undefined && !shown.includes(selected),
    [selected, shown],
  );
  // The event whose thread is shown, named in the filter bar and in citations: its id if no event has it.
  const threadTitle = useMemo(
    () => (thread === null ? null : (events.find((e) => e.id === thread)?.title ?? thread)),
    [events, thread],
  );
  const description = describeFilters(deferredFilters, dataset.vocabulary, threadTitle);
  // With no event in the dataset, no filter is to blame for an empty view.
  const filtering = events.length > 0 && isFiltering(deferredFilters);
  usePanelDrop(workspaceRef, mainRef, selected !== undefined, view);

  const chart = foldChart ? (
    <DensityFold>
      <ViewBoundary part="the chart of events per month" compact>
        <DensityStrip
          events={shown}
          onMonth={view === 'list' ? toListMonth : undefined}
          titleHidden
          fallback={<p role="status">Loading the chart…</p>}
        />
      </ViewBoundary>
    </DensityFold>
  ) : (
    <ViewBoundary part="the chart of events per month" compact>
      <DensityStrip
        events={shown}
        onMonth={view === 'list' ? toListMonth : undefined}
        fallback={<div className="density density--loading" aria-hidden="true" />}
      />
    </ViewBoundary>
  );

  const tools = (
    <>
      <ExportMenu events={shown} dataset={dataset} description={description} />
      <CiteButton
        label="Cite this view"
        input={() => ({
          datasetVersion: dataset.version,
          permalink: window.location.href,
          accessed: new Date(),
          eventCount: shown.length,
          viewDescription: description || undefined,
        })}
      />
    </>
  );

  return (
    <>
      {/* On a phone it is one short line: the years, not the days, and in smaller type. */}
      <p
        className={compact ? 'dataset-summary dataset-summary--compact' : 'dataset-summary'}
        data-testid="dataset-summary"
      >
        {eventCount(events.length)}
        {events.length > 0 &&
          `, ${compact ? yearSpan(events[0]!.start, events.at(-1)!.start) : formatDateRange(events[0]!.start, events.at(-1)!.start)}`}
        {compact ? ` · version ${dataset.version}` : ` · dataset version ${dataset.version}`}
      </p>
      {printing && (
        <div className="print-only print-lines">
          {printLines({
            shown: shown.length,
            total: events.length,
            description,
            eventOpen: selected !== undefined,
            address: window.location.href,
          }).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <Notices />
      <SkippedNotice skipped={skipped} />
      <FilterBar
        dataset={dataset}
        index={index}
        facetIndex={facetIndex}
        textAndDates={textAndDates}
        shown={shown.length}
        viewFilters={deferredFilters}
        threadTitle={threadTitle}
      />
      <div
        ref={workspaceRef}
        className={[
          'workspace',
          selected ? 'workspace--with-panel' : '',
          view === 'timeline' ? 'workspace--timeline' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <div className="workspace__main" ref={mainRef}>
          <div className="workspace__bar">
            <ViewSwitch view={view} />
            {/* On a short screen its fold shares the view switch's row: a row of its own, 44 px, was a
                tenth of the first screen of a phone on its side. */}
            {short && chart}
            {compact ? (
              // On a phone the exports and the citation fold away, so that the first screen reaches the
              // chronology.
              <details className="workspace__tools workspace__tools--folded">
                <summary>Export or cite</summary>
                {tools}
              </details>
            ) : (
              <div className="workspace__tools">{tools}</div>
            )}
          </div>
          {!short && chart}
          {/* Beside the panel on a wide screen, the controls above keeping the page's width (app.css). */}
          <div className="workspace__view">
            {view === 'timeline' ? (
              <>
                {/* Keyed: the view's only child, the fragment is unwrapped, and unkeyed the list's boundary
                    would be this one, kept with its error ("the list could not be loaded" after the
                    timeline's code failed). */}
                <ViewBoundary
                  key="timeline"
                  part="the timeline"
                  instead={{ label: 'Show the list instead', go: () => setView('list') }}
                >
                  <TimelineView
                    allEvents={events}
                    events={shown}
                    tracks={dataset.vocabulary.tracks}
                    filtering={filtering}
                    fallback={<p role="status">Loading the timeline…</p>}
                  />
                </ViewBoundary>
                <Legend />
                {/* Paper gets the chronology as text: a drawing of one span of the timeline would leave
                  out most events and every source. An open event is printed alone. */}
                {printing && !selected && (
                  <div className="print-only">
                    <ListView
                      events={shown}
                      total={events.length}
                      selectedId={null}
                      filtering={filtering}
                      fallback={<p>To print the chronology, choose List and print again.</p>}
                    />
                  </div>
                )}
              </>
            ) : (
              <ViewBoundary
                key="list"
                part="the list"
                instead={{ label: 'Show the timeline instead', go: () => setView('timeline') }}
              >
                <ListView
                  events={shown}
                  total={events.length}
                  selectedId={selectedId}
                  filtering={filtering}
                  jump={listJump}
                  fallback={<p role="status">Loading the list…</p>}
                />
              </ViewBoundary>
            )}
          </div>
        </div>
        {selected && (
          <ViewBoundary
            key="panel"
            part="the event panel"
            instead={{ label: 'Close', go: () => selectEvent(null) }}
            frame={(message) => (
              <aside className="panel" aria-label="Event">
                {message}
              </aside>
            )}
          >
            <EventPanel
              event={selected}
              dataset={dataset}
              hiddenByFilters={selectedHidden}
              fallback={
                <aside className="panel" aria-busy="true">
                  <p role="status">Loading the event…</p>
                </aside>
              }
            />
          </ViewBoundary>
        )}
      </div>
    </>
  );
}
