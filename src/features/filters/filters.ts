/**
 * How the chosen parties combine: events involving any of them (the default), or only events
 * involving all of them ("every meeting of the United States and Russia").
 */
export type PartyMode = 'any' | 'all';

/** What the reader has chosen to see. Empty lists mean "no restriction". */
export interface Filters {
  q: string;
  kinds: string[];
  statuses: string[];
  parties: string[];
  /** Restricts nothing while no party is chosen; with one, both modes keep the same events. */
  partyMode: PartyMode;
  tracks: string[];
  tags: string[];
  /** A dataset date ("2025", "2025-01" or "2025-01-15"): events ending before it are left out. */
  from: string | null;
  /** Events starting after it are left out. */
  to: string | null;
  /** An event's id: only the events of its thread (thread.ts) are shown. */
  thread: string | null;
}

export const EMPTY_FILTERS: Filters = {
  q: '',
  kinds: [],
  statuses: [],
  parties: [],
  partyMode: 'any',
  tracks: [],
  tags: [],
  from: null,
  to: null,
  thread: null,
};

export type ListFilterKey = 'kinds' | 'statuses' | 'parties' | 'tracks' | 'tags';

export function isFiltering(f: Filters): boolean {
  return (
    f.q.trim() !== '' ||
    f.kinds.length + f.statuses.length + f.parties.length + f.tracks.length + f.tags.length > 0 ||
    f.from !== null ||
    f.to !== null ||
    f.thread !== null
  );
}
