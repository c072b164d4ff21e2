import type { EventRecord } from '../../lib/data/dataset';
import { buildBacklinks } from './relations';

export interface PanelLookups {
  byId: ReadonlyMap<string, EventRecord>;
  backlinks: ReturnType<typeof buildBacklinks>;
}

/**
 * Kept per dataset, not per panel: the panel is mounted anew for each event opened after a close, and
 * building both over 50,000 events on every open was a good part of what opening one cost.
 */
const cache = new WeakMap<readonly EventRecord[], PanelLookups>();

/** Every event by id, and the events that link to each, for the dataset's events: built once. */
export function panelLookups(events: readonly EventRecord[]): PanelLookups {
  let lookups = cache.get(events);
  if (!lookups) {
    lookups = { byId: new Map(events.map((e) => [e.id, e])), backlinks: buildBacklinks(events) };
    cache.set(events, lookups);
  }
  return lookups;
}
