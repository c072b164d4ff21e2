/**
 * A dataset of at most this many events is always shown whole: every event the filters leave is drawn
 * in the timeline at every zoom, never as "N events" clusters, and every entry is on the page in the
 * list, for find-in-page and a screen reader's browse mode. The real dataset (153 events at the end of
 * November 2026) is one; `real-dataset.test.ts` fails when it outgrows it, with tooLargeMessage (dataset-coverage.ts).
 * Larger datasets keep the limits that keep filters fast (`FEED_MAX_ITEMS`, `WHOLE_LIST`): measured at
 * 1,000 events, drawing up to 300 filtered events one by one doubled a search's cost.
 */
export const SMALL_DATASET = 300;

export function isSmallDataset(eventCount: number): boolean {
  return eventCount <= SMALL_DATASET;
}
