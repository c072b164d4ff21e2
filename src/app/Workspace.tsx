import { useDeferredValue, useMemo } from 'react';
import { SkippedNotice } from '../features/dataset/SkippedNotice';
import { EventPanel } from '../features/event-panel/EventPanel';
import { filterEvents } from '../features/filters/filter-events';
import { FilterBar } from '../features/filters/FilterBar';
import { buildSearchIndex } from '../features/filters/search-index';
import { ListView } from '../features/list-view/ListView';
import { Legend } from '../features/timeline/Legend';
import { TimelineView } from '../features/timeline/TimelineView';
import { useUrlSync } from '../features/url-state/use-url-sync';
import type { DatasetFile } from '../lib/data/dataset';
import type { SkippedEvent } from '../lib/data/parse-dataset';
import { formatDateRange } from '../lib/dates/format-partial-date';
import { useAppStore } from '../store/app-store';
import { Notices } from './Notices';
import { useNarrowScreen } from './use-narrow-screen';
import { ViewSwitch } from './ViewSwitch';

export function Workspace({ dataset, skipped }: { dataset: DatasetFile; skipped: SkippedEvent[] }) {
  useUrlSync(dataset);
  const selectedId = useAppStore((s) => s.selectedId);
  const chosenView = useAppStore((s) => s.view);
  const filters = useAppStore((s) => s.filters);
  const narrow = useNarrowScreen();
  const view = chosenView ?? (narrow ? 'list' : 'timeline');

  const events = dataset.events;
  const index = useMemo(() => buildSearchIndex(events, dataset.vocabulary), [events, dataset.vocabulary]);
  // Typing stays responsive: the input updates at once, the views follow as soon as they can.
  const deferredFilters = useDeferredValue(filters);
  const shown = useMemo(() => filterEvents(events, deferredFilters, index), [events, deferredFilters, index]);
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;

  return (
    <>
      <p className="dataset-summary" data-testid="dataset-summary">
        {events.length} events
        {events.length > 0 && `, ${formatDateRange(events[0]!.start, events.at(-1)!.start)}`}
        {` · dataset version ${dataset.version}`}
      </p>
      <Notices />
      <SkippedNotice skipped={skipped} />
      <FilterBar dataset={dataset} index={index} shown={shown.length} />
      <div className={selected ? 'workspace workspace--with-panel' : 'workspace'}>
        <div className="workspace__main">
          <div className="workspace__bar">
            <ViewSwitch view={view} />
          </div>
          {view === 'timeline' ? (
            <>
              <Legend />
              <TimelineView allEvents={events} events={shown} tracks={dataset.vocabulary.tracks} />
            </>
          ) : (
            <ListView events={shown} selectedId={selectedId} />
          )}
        </div>
        {selected && <EventPanel key="panel" event={selected} dataset={dataset} />}
      </div>
    </>
  );
}
