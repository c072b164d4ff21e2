import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { eventCount } from '../../lib/text/count-phrase';
import { formatCount } from '../../lib/text/format-count';
import { compileFilters } from '../filters/filter-events';
import type { Filters } from '../filters/filters';
import { searchText } from '../filters/search-index';
import { threadIds } from '../filters/thread';

/** How many events an event's thread has, and how many of them "Show this thread" shows. */
export interface ThreadCount {
  shown: number;
  size: number;
}

/**
 * What "Show this thread" gives: the events of the thread that the other filters keep, since it keeps
 * them, out of all the thread's events.
 */
export function threadCount(
  events: readonly EventRecord[],
  id: string,
  filters: Filters,
  vocabulary?: DatasetFile['vocabulary'],
): ThreadCount {
  const members = threadIds(events, id);
  const inThread = events.filter((e) => members.has(e.id));
  // The search reads what the view's does, parties' names included ("hungary" finds HU's events): the
  // thread's own events only, not the whole dataset's index.
  const index = filters.q ? new Map(inThread.map((e) => [e, searchText(e, vocabulary)])) : undefined;
  const keep = compileFilters({ ...filters, thread: id }, index, undefined, members);
  return { shown: inThread.filter(keep).length, size: members.size };
}

/** The words beside the button: "11 events", or "2 of its 11 events with the current filters". */
export function threadCountText({ shown, size }: ThreadCount): string {
  return shown === size
    ? eventCount(size)
    : `${formatCount(shown)} of its ${eventCount(size)} with the current filters`;
}
