import { useMemo, useRef, useState } from 'react';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { KIND_MARKS } from '../../lib/data/kind-marks';
import { compareDateStrings } from '../../lib/dates/partial-date';
import { IsolatedQuotes } from '../../lib/react/IsolatedQuotes';
import { useCompactScreen } from '../../lib/react/use-compact-screen';
import { eventCount } from '../../lib/text/count-phrase';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { compareText } from '../../lib/text/compare-text';
import { clearFilters, setFilters, typeFilter, useAppStore } from '../../store/app-store';
import type { FacetIndex } from './facet-index';
import { allFacetCounts } from './filter-events';
import { isFiltering, type Filters, type ListFilterKey } from './filters';
import type { SearchIndex } from './search-index';
import { tagLabel } from '../../lib/text/tag-label';
import { FacetMenu, type FacetOption } from './FacetMenu';
import { ALL_PARTIES_HINT, PartyModeChoice } from './PartyModeChoice';
import { MonthField, useMonthField } from './MonthField';
import { SaidCount } from './SaidCount';
import './filters.css';
import { formatCount } from '../../lib/text/format-count';

interface FacetChoices {
  values: string[];
  labels: string[];
  marks?: string[];
  order: 'count' | 'given';
}

function choices(
  all: Iterable<string>,
  label: (v: string) => string,
  order: 'count' | 'given',
  mark?: (v: string) => string,
): FacetChoices {
  let values = [...new Set(all)];
  if (order === 'count') {
    // In alphabetical order once per dataset: options() then sorts by count alone, and a stable sort
    // keeps equal counts alphabetical without comparing any text on each filter change.
    const byLabel = new Map(values.map((v) => [v, label(v)]));
    values = values.sort((a, b) => compareText(byLabel.get(a)!, byLabel.get(b)!));
  }
  return { values, labels: values.map(label), marks: mark && values.map(mark), order };
}

/**
 * The choices with their counts: the lists change only with the dataset, the counts with the filters.
 * Ordered by count, or by `orderBy` where the counts shown would move a choice as it is ticked.
 */
function options(
  { values, labels, marks, order }: FacetChoices,
  counts: Map<string, number>,
  orderBy = counts,
): FacetOption[] {
  const list = values.map((value, i) => ({
    value,
    label: labels[i]!,
    count: counts.get(value) ?? 0,
    mark: marks?.[i],
  }));
  if (order === 'count') {
    const rank = (o: FacetOption) => orderBy.get(o.value) ?? 0;
    list.sort((a, b) => rank(b) - rank(a));
  }
  return list;
}

/** Shown in the menu: beside "all chosen parties" a party's number is not its events, as it seems. */
/** What the Party menu's button says of the parties chosen: "2 chosen", "2 chosen, both required". */
function partiesChosen({ parties, partyMode }: Filters): string {
  const chosen = `${formatCount(parties.length)} chosen`;
  if (partyMode === 'any' || parties.length < 2) return chosen;
  return `${chosen}, ${parties.length === 2 ? 'both' : 'all'} required`;
}

/** The search box's id: where the focus goes when what held it leaves the page (a dismissed notice). */
export const SEARCH_BOX_ID = 'search-events';

/** A range that ends before it starts: it is kept as set (a link reopens what its sender saw), and named. */
const isReversed = (from: string | null, to: string | null) =>
  from !== null && to !== null && compareDateStrings(from, to) > 0;

export function FilterBar({
  dataset,
  index,
  facetIndex,
  textAndDates,
  shown,
  viewFilters,
  threadTitle,
}: {
  dataset: DatasetFile;
  index: SearchIndex;
  /** The dataset's facet values, read once: counting is then arithmetic. */
  facetIndex: FacetIndex;
  /** Which events the search text, dates and thread keep (matchTextAndDates, for `viewFilters`). */
  textAndDates: Uint8Array | null;
  shown: number;
  /** The filters the views show (the search text may lag the box while typing): counts follow them. */
  viewFilters: Filters;
  /** The title of the event whose thread is shown, or null when no thread is. */
  threadTitle: string | null;
}) {
  const filters = useAppStore((s) => s.filters);
  const compact = useCompactScreen();
  const searchBox = useRef<HTMLInputElement>(null);
  const from = useMonthField('from', 'From', filters.from);
  const to = useMonthField('to', 'To', filters.to);
  const events: EventRecord[] = dataset.events;
  const countText = `Showing ${formatCount(shown)} of ${eventCount(events.length)}`;
  const { parties, tracks } = dataset.vocabulary;
  const universe = useMemo(() => {
    const column = (key: ListFilterKey) => facetIndex[key].values;
    return {
      kinds: choices([...Object.keys(KIND_MARKS), ...column('kinds')], kindLabel, 'given', (k) =>
        k in KIND_MARKS ? KIND_MARKS[k as keyof typeof KIND_MARKS] : '■',
      ),
      statuses: choices(
        ['held', 'planned', 'postponed', 'cancelled', ...column('statuses')],
        statusLabel,
        'given',
      ),
      tracks: choices(
        [
          ...Object.entries(tracks)
            .sort((a, b) => (a[1]?.order ?? 0) - (b[1]?.order ?? 0))
            .map(([k]) => k),
          ...column('tracks'),
        ],
        (t) => tracks[t]?.name ?? t,
        'given',
      ),
      parties: choices(column('parties'), (p) => `${parties[p]?.name ?? p} (${p})`, 'count'),
      tags: choices(column('tags'), tagLabel, 'count'),
    };
  }, [facetIndex, parties, tracks]);
  const facets = useMemo(() => {
    const counts = allFacetCounts(events, viewFilters, index, facetIndex, textAndDates);
    return {
      kinds: options(universe.kinds, counts.kinds),
      statuses: options(universe.statuses, counts.statuses),
      tracks: options(universe.tracks, counts.tracks),
      // Under "all chosen parties" the numbers change as parties are ticked: the order does not.
      parties: options(universe.parties, counts.parties, counts.partiesBeside),
      tags: options(universe.tags, counts.tags),
    };
  }, [events, viewFilters, index, facetIndex, textAndDates, universe]);

  const search = (
    <label className="filters__search">
      <span>Search events</span>
      <input
        ref={searchBox}
        id={SEARCH_BOX_ID}
        type="search"
        value={filters.q}
        placeholder="e.g. Istanbul, Dolmabahçe, Umerov, grain"
        onChange={(e) => typeFilter('q', e.target.value)}
        maxLength={200}
      />
    </label>
  );
  const dates = (
    <div className="filters__dates">
      <MonthField label="From" field={from} />
      <MonthField label="To" field={to} />
      {/* Always in the page, so that a screen reader hears it appear. */}
      <p id="date-range-hint" className="filters__hint" role="status" data-testid="date-range-hint">
        <IsolatedQuotes
          text={[
            from.problem,
            to.problem,
            isReversed(filters.from, filters.to) &&
              '“From” is after “To”: no event can match. Change one of them.',
          ]
            .filter(Boolean)
            .join(' ')}
        />
      </p>
    </div>
  );
  const facetMenus = (
    <>
      <FacetMenu title="Kind" filterKey="kinds" options={facets.kinds} selected={filters.kinds} />
      <FacetMenu title="Status" filterKey="statuses" options={facets.statuses} selected={filters.statuses} />
      <FacetMenu title="Track" filterKey="tracks" options={facets.tracks} selected={filters.tracks} />
      <FacetMenu
        title="Party"
        filterKey="parties"
        options={facets.parties}
        selected={filters.parties}
        chosen={partiesChosen(filters)}
        hint={filters.partyMode === 'all' ? ALL_PARTIES_HINT : undefined}
        hintShown={filters.partyMode === 'all'}
      >
        <PartyModeChoice mode={filters.partyMode} />
      </FacetMenu>
      <FacetMenu title="Tag" filterKey="tags" options={facets.tags} selected={filters.tags} />
    </>
  );
  // Said in words, in sight whether or not the other filters are folded away: no menu shows it.
  const thread = threadTitle !== null && (
    <div className="filters__row filters__thread" data-testid="thread-filter">
      <p>
        Only the thread of “<bdi>{threadTitle}</bdi>”
      </p>
      <button
        type="button"
        onClick={() => {
          // The button leaves with the thread: the focus goes where "Clear all" sends it.
          searchBox.current?.focus();
          setFilters({ thread: null });
        }}
        aria-label="Remove the thread filter"
      >
        Remove
      </button>
    </div>
  );
  const count = (
    <>
      {/* Shown at once; a screen reader reads it, and hears it change, from the live region below. */}
      <p className="filters__count" data-testid="showing" aria-hidden="true">
        {countText}
      </p>
      <SaidCount text={countText} />
    </>
  );
  const clear = (
    <button
      type="button"
      onClick={() => {
        // Cleared, the button is disabled and would drop the focus to the page: it goes to the search
        // box, where filtering starts again. The count beside, a live region, says what changed.
        searchBox.current?.focus();
        from.reset();
        to.reset();
        clearFilters();
      }}
      // Text typed in a date box that is not applied is cleared too.
      // So is "all chosen parties", which a link may set before any party is ticked.
      disabled={!isFiltering(filters) && filters.partyMode === 'any' && !from.pending && !to.pending}
      // Named in full where a phone shows "Clear all" (WCAG 2.5.3: the name starts with the words shown).
      aria-label="Clear all filters"
    >
      Clear all<span className="filters__wide-only"> filters</span>
    </button>
  );
  // On a phone the dates and the menus fold away under the search box, so that the first screen
  // reaches the chronology; they start open when the link set any of them.
  const setAside =
    filters.kinds.length +
    filters.statuses.length +
    filters.tracks.length +
    filters.parties.length +
    filters.tags.length +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0);
  // Open from the start when the link set any of them, and whenever a link or Back sets more; otherwise
  // the reader's to open and close. Tied to the count, it shut under the reader's hands when the last
  // filter in it was undone, dropping the focus to the page.
  const [moreOpen, setMoreOpen] = useState(setAside > 0);
  const [asideBefore, setAsideBefore] = useState(setAside);
  if (setAside !== asideBefore) {
    setAsideBefore(setAside);
    if (setAside > asideBefore && !moreOpen) setMoreOpen(true);
  }

  return (
    <form
      className={compact ? 'filters filters--compact' : 'filters'}
      role="search"
      aria-label="Filter the events"
      onSubmit={(e) => e.preventDefault()}
    >
      {compact ? (
        <>
          <div className="filters__row">{search}</div>
          <details
            className="filters__more"
            open={moreOpen}
            onToggle={(e) => setMoreOpen(e.currentTarget.open)}
          >
            <summary>More filters{setAside > 0 ? ` (${setAside} set)` : ''}</summary>
            <div className="filters__row">{dates}</div>
            <div className="filters__row filters__facets">{facetMenus}</div>
          </details>
          {thread}
          <div className="filters__row filters__tally">
            {count}
            {clear}
          </div>
        </>
      ) : (
        <>
          <div className="filters__row">
            {search}
            {dates}
          </div>
          <div className="filters__row filters__facets">
            {facetMenus}
            {count}
            {clear}
          </div>
          {thread}
        </>
      )}
    </form>
  );
}
