import type { EventRecord } from '../../lib/data/dataset';
import { eventCount } from '../../lib/text/count-phrase';
import { announce, requestFit, setFilters, useAppStore } from '../../store/app-store';
import { filterEvents } from '../filters/filter-events';

/**
 * Narrows the view to the event's thread, keeping the other filters, and says so. The count's live
 * region then says how many events that leaves (those the view shows, which the other filters may make
 * fewer than the thread's); said here too, the count was heard twice. Where the count does not change,
 * that region says nothing, and this says it. The timeline fits them, as for a new date range: the
 * reader asked to see the thread, from its start to its end.
 */
export function showThread(event: EventRecord, events: readonly EventRecord[]): void {
  const before = filterEvents(events, useAppStore.getState().filters).length;
  setFilters({ thread: event.id });
  requestFit();
  const shown = filterEvents(events, useAppStore.getState().filters).length;
  announce(
    shown === before
      ? `Showing the thread of ${event.title}: ${eventCount(shown)}.`
      : `Showing the thread of ${event.title}.`,
  );
}
