import type { EventRecord } from '../../lib/data/dataset';
import { eventCount } from '../../lib/text/count-phrase';
import { announce, requestFit, setFilters, useAppStore } from '../../store/app-store';
import { filterEvents } from '../filters/filter-events';

/**
 * Narrows the view to the event's thread, keeping the other filters, and says how many events that
 * leaves: those the view shows, which the other filters may make fewer than the thread's. The timeline
 * fits them, as for a new date range: the reader asked to see the thread, from its start to its end.
 */
export function showThread(event: EventRecord, events: readonly EventRecord[]): void {
  setFilters({ thread: event.id });
  requestFit();
  const shown = filterEvents(events, useAppStore.getState().filters).length;
  announce(`Showing the thread of ${event.title}: ${eventCount(shown)}.`);
}
