import { useEffect } from 'react';
import { ChronologyList } from '../features/chronology/ChronologyList';
import { SkippedNotice } from '../features/dataset/SkippedNotice';
import { EventPanel } from '../features/event-panel/EventPanel';
import { Legend } from '../features/timeline/Legend';
import { TimelineView } from '../features/timeline/TimelineView';
import type { DatasetFile } from '../lib/data/dataset';
import type { SkippedEvent } from '../lib/data/parse-dataset';
import { formatDateRange } from '../lib/dates/format-partial-date';
import { addNotice, selectEvent, useAppStore } from '../store/app-store';
import { Notices } from './Notices';

/** Reads ?event=<id> once the data is there, and keeps it in the address as the selection changes. */
function useEventParam(dataset: DatasetFile) {
  const selectedId = useAppStore((s) => s.selectedId);
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('event');
    if (id === null) return;
    if (dataset.events.some((e) => e.id === id)) selectEvent(id);
    else
      addNotice(
        `The event “${id.slice(0, 80)}” in the link was not found; it may have been renamed or removed.`,
      );
  }, [dataset]);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (selectedId) url.searchParams.set('event', selectedId);
    else url.searchParams.delete('event');
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  }, [selectedId]);
}

export function Workspace({ dataset, skipped }: { dataset: DatasetFile; skipped: SkippedEvent[] }) {
  const selectedId = useAppStore((s) => s.selectedId);
  useEventParam(dataset);
  const events = dataset.events;
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
      <div className={selected ? 'workspace workspace--with-panel' : 'workspace'}>
        <div className="workspace__main">
          <Legend />
          <TimelineView allEvents={events} events={events} tracks={dataset.vocabulary.tracks} />
          <ChronologyList events={events} selectedId={selectedId} />
        </div>
        {selected && <EventPanel key="panel" event={selected} dataset={dataset} />}
      </div>
    </>
  );
}
