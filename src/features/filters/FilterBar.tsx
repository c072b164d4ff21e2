import { useMemo } from 'react';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { KIND_MARKS } from '../../lib/data/kind-marks';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { clearFilters, setFilters, useAppStore } from '../../store/app-store';
import { allFacetCounts } from './filter-events';
import { isFiltering, type Filters, type ListFilterKey } from './filters';
import type { SearchIndex } from './search-index';
import { FacetMenu, type FacetOption } from './FacetMenu';
import './filters.css';

function options(
  counts: Map<string, number>,
  all: Iterable<string>,
  label: (v: string) => string,
  order: 'count' | 'label' | 'given',
  mark?: (v: string) => string,
): FacetOption[] {
  const list = [...new Set(all)].map((value) => ({
    value,
    label: label(value),
    count: counts.get(value) ?? 0,
    mark: mark?.(value),
  }));
  if (order === 'count') list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (order === 'label') list.sort((a, b) => a.label.localeCompare(b.label));
  return list;
}

const toMonth = (value: string | null) => (value ? value.slice(0, 7) : '');

export function FilterBar({
  dataset,
  index,
  shown,
  viewFilters,
}: {
  dataset: DatasetFile;
  index: SearchIndex;
  shown: number;
  /** The filters the views show (the search text may lag the box while typing): counts follow them. */
  viewFilters: Filters;
}) {
  const filters = useAppStore((s) => s.filters);
  const events: EventRecord[] = dataset.events;
  const { parties, tracks } = dataset.vocabulary;
  const facets = useMemo(() => {
    const counts = allFacetCounts(events, viewFilters, index);
    const count = (key: ListFilterKey) => counts[key];
    return {
      kinds: options(
        count('kinds'),
        [...Object.keys(KIND_MARKS), ...events.map((e) => e.kind)],
        kindLabel,
        'given',
        (k) => KIND_MARKS[k as keyof typeof KIND_MARKS] ?? '■',
      ),
      statuses: options(
        count('statuses'),
        ['held', 'planned', 'postponed', 'cancelled', ...events.map((e) => e.status)],
        statusLabel,
        'given',
      ),
      tracks: options(
        count('tracks'),
        [
          ...Object.entries(tracks)
            .sort((a, b) => (a[1]?.order ?? 0) - (b[1]?.order ?? 0))
            .map(([k]) => k),
          ...events.map((e) => e.track),
        ],
        (t) => tracks[t]?.name ?? t,
        'given',
      ),
      parties: options(
        count('parties'),
        events.flatMap((e) => e.parties),
        (p) => `${parties[p]?.name ?? p} (${p})`,
        'count',
      ),
      tags: options(
        count('tags'),
        events.flatMap((e) => e.tags ?? []),
        (t) => t.replace(/-/g, ' '),
        'count',
      ),
    };
  }, [events, viewFilters, index, parties, tracks]);

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter the events"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="filters__row">
        <label className="filters__search">
          <span>Search events</span>
          <input
            type="search"
            value={filters.q}
            placeholder="e.g. Istanbul, Dolmabahçe, Umerov, grain"
            onChange={(e) => setFilters({ q: e.target.value })}
            maxLength={200}
          />
        </label>
        <div className="filters__dates">
          <label>
            <span>From</span>
            <input
              type="month"
              value={toMonth(filters.from)}
              onChange={(e) => setFilters({ from: e.target.value || null })}
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="month"
              value={toMonth(filters.to)}
              onChange={(e) => setFilters({ to: e.target.value || null })}
            />
          </label>
        </div>
      </div>
      <div className="filters__row filters__facets">
        <FacetMenu title="Kind" filterKey="kinds" options={facets.kinds} selected={filters.kinds} />
        <FacetMenu
          title="Status"
          filterKey="statuses"
          options={facets.statuses}
          selected={filters.statuses}
        />
        <FacetMenu title="Track" filterKey="tracks" options={facets.tracks} selected={filters.tracks} />
        <FacetMenu title="Party" filterKey="parties" options={facets.parties} selected={filters.parties} />
        <FacetMenu title="Tag" filterKey="tags" options={facets.tags} selected={filters.tags} />
        <p className="filters__count" role="status" aria-live="polite" data-testid="showing">
          Showing {shown} of {events.length} events
        </p>
        <button type="button" onClick={clearFilters} disabled={!isFiltering(filters)}>
          Clear all filters
        </button>
      </div>
    </form>
  );
}
