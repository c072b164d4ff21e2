/** What the reader has chosen to see. Empty lists mean "no restriction". */
export interface Filters {
  q: string;
  kinds: string[];
  statuses: string[];
  parties: string[];
  tracks: string[];
  tags: string[];
  /** A dataset date ("2025", "2025-01" or "2025-01-15"): events ending before it are left out. */
  from: string | null;
  /** Events starting after it are left out. */
  to: string | null;
}

export const EMPTY_FILTERS: Filters = {
  q: '',
  kinds: [],
  statuses: [],
  parties: [],
  tracks: [],
  tags: [],
  from: null,
  to: null,
};

export type ListFilterKey = 'kinds' | 'statuses' | 'parties' | 'tracks' | 'tags';

export function isFiltering(f: Filters): boolean {
  return (
    f.q.trim() !== '' ||
    f.kinds.length + f.statuses.length + f.parties.length + f.tracks.length + f.tags.length > 0 ||
    f.from !== null ||
    f.to !== null
  );
}
