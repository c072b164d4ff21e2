import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import fc from 'fast-check';
import { allFacetCounts, facetCounts, filterEvents } from './filter-events';
import { buildFacetIndex } from './facet-index';
import { EMPTY_FILTERS, type Filters } from './filters';
import { buildSearchIndex } from './search-index';

const base: Pick<EventRecord, 'summary' | 'track' | 'sources'> = {
  summary: 'Summary.',
  track: 'russia-ukraine',
  sources: [{ url: 'https://example.org/a', title: 'T', publisher: 'Kyiv Independent', language: 'en' }],
};
const events: EventRecord[] = [
  {
    ...base,
    id: 'a',
    title: 'Talks at Dolmabahçe Palace',
    kind: 'negotiation-round',
    status: 'held',
    start: '2025-05-16',
    parties: ['RU', 'UA', 'TR'],
    location: { place: 'Istanbul', venue: 'Dolmabahçe Palace', country: 'TR' },
    tags: ['istanbul-process'],
  },
  {
    ...base,
    id: 'b',
    title: 'Summit at Bürgenstock',
    kind: 'summit',
    status: 'held',
    start: '2024-06-15',
    end: '2024-06-16',
    parties: ['UA', 'CH'],
    track: 'multilateral',
  },
  {
    ...base,
    id: 'c',
    title: 'Budapest summit',
    kind: 'summit',
    status: 'cancelled',
    start: '2025-10',
    parties: ['US', 'RU'],
    track: 'us-russia',
    participants: [{ name: 'Viktor Orbán', role: 'Host', party: 'HU' }],
  },
  {
    ...base,
    id: 'd',
    title: 'Call',
    kind: 'call',
    status: 'held',
    start: '2025-10-16',
    parties: ['US', 'RU'],
    track: 'us-russia',
    outcomes: ['Agreed to meet in Hungary'],
    related: [
      { id: 'c', relation: 'led-to' },
      { id: 'a', relation: 'see-also' },
    ],
  },
  {
    ...base,
    id: 'e',
    title: 'Exchange',
    kind: 'prisoner-exchange',
    status: 'held',
    start: '2025',
    parties: ['RU', 'UA'],
    track: 'prisoner-exchanges',
    sources: [{ url: 'https://example.org/t', title: 'T', publisher: 'TASS', language: 'ru' }],
  },
];
const index = buildSearchIndex(events);
const ids = (f: Partial<Filters>) => filterEvents(events, { ...EMPTY_FILTERS, ...f }, index).map((e) => e.id);

describe('filterEvents', () => {
  it('returns everything without filters', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('searches accent- and case-insensitively across titles, venues, people, outcomes and publishers', () => {
    expect(ids({ q: 'dolmabahce' })).toEqual(['a']);
    expect(ids({ q: 'BURGENSTOCK' })).toEqual(['b']);
    expect(ids({ q: 'orban' })).toEqual(['c']);
    expect(ids({ q: 'hungary' })).toEqual(['d']);
    expect(ids({ q: 'tass' })).toEqual(['e']);
    expect(ids({ q: 'istanbul palace' })).toEqual(['a']);
    expect(ids({ q: 'istanbul budapest' })).toEqual([]);
  });

  it('matches each search word at the start of a word', () => {
    // "us" is the United States, not the middle of "Russia" or "discuss".
    const more: EventRecord[] = [
      { ...events[3]!, id: 'us', title: 'US-mediated talks in Riyadh' },
      { ...events[3]!, id: 'ru', title: 'Russia and Ukraine discuss prisoners' },
      { ...events[3]!, id: 'ap', title: "Putin's proposal for a 30-day truce" },
    ];
    const search = (q: string) =>
      filterEvents(more, { ...EMPTY_FILTERS, q }, buildSearchIndex(more)).map((e) => e.id);
    expect(search('us')).toEqual(['us']);
    expect(search('us-mediated')).toEqual(['us']);
    expect(search('mediated')).toEqual(['us']);
    expect(search('ukr')).toEqual(['ru']);
    expect(search('ussia')).toEqual([]);
    expect(search("putin's 30-day")).toEqual(['ap']);
    expect(search('putin')).toEqual(['ap']);
    expect(search('day')).toEqual(['ap']);
  });

  it('reads punctuation around a search word as no part of it', () => {
    expect(ids({ q: '"Istanbul palace"' })).toEqual(['a']);
    expect(ids({ q: '“dolmabahçe”' })).toEqual(['a']);
    expect(ids({ q: 'Hungary.' })).toEqual(['d']);
    expect(ids({ q: '(Orbán),' })).toEqual(['c']);
    // A word of punctuation alone restricts nothing.
    expect(ids({ q: 'summit -' })).toEqual(['b', 'c']);
  });

  it('finds a number written with or without its thousands separator', () => {
    const more: EventRecord[] = [
      { ...events[4]!, id: 'swap', title: 'Agreed a 1,000-for-1,000 prisoner exchange' },
      { ...events[4]!, id: 'big', title: 'Exchange of 1,200,000 letters' },
      { ...events[4]!, id: 'list', title: 'Talks on 2,3 and 4 June' },
    ];
    const search = (q: string) =>
      filterEvents(more, { ...EMPTY_FILTERS, q }, buildSearchIndex(more)).map((e) => e.id);
    expect(search('1000')).toEqual(['swap']);
    expect(search('1,000')).toEqual(['swap']);
    expect(search('1000-for-1000')).toEqual(['swap']);
    expect(search('1200000')).toEqual(['big']);
    expect(search('1,200')).toEqual(['big']);
    // Digits a comma parts that are not a group of three stay apart.
    expect(search('23')).toEqual([]);
    expect(search('2,3')).toEqual(['list']);
  });

  it('finds text pasted with characters that draw nothing', () => {
    // A soft hyphen, as German pages break "Bürgenstock"; a zero-width space; marks of direction.
    expect(ids({ q: 'B\u00FCrgen\u00ADstock' })).toEqual(['b']);
    expect(ids({ q: 'dolma\u200Bbahce' })).toEqual(['a']);
    expect(ids({ q: '\u200Eorban\u200F' })).toEqual(['c']);
    expect(ids({ q: '\u202Etass' })).toEqual(['e']);
  });

  it('treats choices within a facet as alternatives and facets as all required', () => {
    expect(ids({ kinds: ['summit', 'call'] })).toEqual(['b', 'c', 'd']);
    expect(ids({ kinds: ['summit'], statuses: ['cancelled'] })).toEqual(['c']);
    expect(ids({ parties: ['TR', 'CH'] })).toEqual(['a', 'b']);
    expect(ids({ tracks: ['us-russia'] })).toEqual(['c', 'd']);
    expect(ids({ tags: ['istanbul-process'] })).toEqual(['a']);
  });

  it('keeps, for all of the chosen parties, only the events involving every one of them', () => {
    expect(ids({ parties: ['US', 'RU'] })).toEqual(['a', 'c', 'd', 'e']);
    expect(ids({ parties: ['US', 'RU'], partyMode: 'all' })).toEqual(['c', 'd']);
    expect(ids({ parties: ['RU', 'UA', 'TR'], partyMode: 'all' })).toEqual(['a']);
    expect(ids({ parties: ['US', 'UA'], partyMode: 'all' })).toEqual([]);
    // With the other facets as ever: all of them must hold too.
    expect(ids({ parties: ['US', 'RU'], partyMode: 'all', kinds: ['call'] })).toEqual(['d']);
    // A party no event involves leaves none that involve all, as it adds none to any.
    expect(ids({ parties: ['TR', 'XX'], partyMode: 'all' })).toEqual([]);
    expect(ids({ parties: ['TR', 'XX'] })).toEqual(['a']);
  });

  it('gives the same events in both modes with no party or one party chosen', () => {
    for (const parties of [[], ['RU'], ['HU'], ['RU', 'RU']])
      expect(ids({ parties, partyMode: 'all' })).toEqual(ids({ parties, partyMode: 'any' }));
    expect(ids({ partyMode: 'all' })).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ parties: ['UA'], partyMode: 'all' })).toEqual(['a', 'b', 'e']);
  });

  it('keeps, for a thread, the events of its thread that the other filters keep', () => {
    expect(ids({ thread: 'c' })).toEqual(['c', 'd']);
    expect(ids({ thread: 'c', kinds: ['call'] })).toEqual(['d']);
    expect(ids({ thread: 'c', q: 'Hungary' })).toEqual(['d']);
    expect(ids({ thread: 'b' })).toEqual(['b']);
    // An id no event has: nothing to show, rather than every event.
    expect(ids({ thread: 'gone' })).toEqual([]);
  });

  it('keeps events that overlap the date range at their own precision', () => {
    expect(ids({ from: '2025-10' })).toEqual(['c', 'd', 'e']);
    expect(ids({ from: '2025-10-20', to: '2025-10-31' })).toEqual(['c', 'e']);
    expect(ids({ to: '2024-06-15' })).toEqual(['b']);
    expect(ids({ from: '2024-06-16', to: '2024-06' })).toEqual(['b']);
  });
});

describe('facetCounts', () => {
  it('counts what each choice would give with the other filters kept', () => {
    const counts = facetCounts(
      events,
      { ...EMPTY_FILTERS, kinds: ['summit'], statuses: ['held'] },
      'kinds',
      index,
    );
    expect(Object.fromEntries(counts)).toEqual({
      'negotiation-round': 1,
      summit: 1,
      call: 1,
      'prisoner-exchange': 1,
    });
    const parties = facetCounts(events, { ...EMPTY_FILTERS, tracks: ['us-russia'] }, 'parties', index);
    expect(Object.fromEntries(parties)).toEqual({ US: 2, RU: 2 });
  });

  it('counts, for all of the chosen parties, what ticking each party would show', () => {
    const partyCounts = (f: Partial<Filters>) =>
      Object.fromEntries(facetCounts(events, { ...EMPTY_FILTERS, ...f }, 'parties', index));
    // Any: each party's own events, whatever is chosen. All: those that involve it and every chosen one.
    expect(partyCounts({ parties: ['US'] })).toEqual({ RU: 4, UA: 3, TR: 1, CH: 1, US: 2 });
    expect(partyCounts({ parties: ['US'], partyMode: 'all' })).toEqual({ US: 2, RU: 2 });
    expect(partyCounts({ parties: ['RU', 'UA'], partyMode: 'all' })).toEqual({ RU: 2, UA: 2, TR: 1 });
    // With nothing chosen, ticking a party shows its events in either mode.
    expect(partyCounts({ partyMode: 'all' })).toEqual(partyCounts({}));
  });
});

describe('allFacetCounts', () => {
  it('gives the same numbers as facetCounts for every facet, on any filters', () => {
    const pick = (values: string[]) => fc.subarray(values);
    fc.assert(
      fc.property(
        fc.record({
          kinds: pick(['summit', 'call', 'negotiation-round']),
          statuses: pick(['held', 'cancelled']),
          parties: pick(['RU', 'UA', 'US', 'TR', 'XX']),
          partyMode: fc.constantFrom('any' as const, 'all' as const),
          tracks: pick(['us-russia', 'multilateral']),
          tags: pick(['istanbul-process']),
          q: fc.constantFrom('', 'summit', 'istanbul'),
          from: fc.constantFrom(null, '2024', '2025-10'),
          thread: fc.constantFrom(null, 'c', 'a', 'gone'),
        }),
        (f) => {
          const filters = { ...EMPTY_FILTERS, ...f };
          const all = allFacetCounts(events, filters, index);
          for (const key of ['kinds', 'statuses', 'parties', 'tracks', 'tags'] as const) {
            expect(Object.fromEntries(all[key])).toEqual(
              Object.fromEntries(facetCounts(events, filters, key, index)),
            );
          }
          // The Party menu's order: the numbers of "any", whichever mode is chosen.
          expect(Object.fromEntries(all.partiesBeside)).toEqual(
            Object.fromEntries(facetCounts(events, { ...filters, partyMode: 'any' }, 'parties', index)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives beside each party, for all of the chosen parties, the number of events ticking it shows', () => {
    const facets = buildFacetIndex(events);
    const pick = (values: string[]) => fc.subarray(values);
    fc.assert(
      fc.property(
        fc.record({
          kinds: pick(['summit', 'call', 'negotiation-round']),
          parties: pick(['RU', 'UA', 'US', 'TR', 'CH']),
          q: fc.constantFrom('', 'summit', 'istanbul'),
          from: fc.constantFrom(null, '2025-10'),
        }),
        (f) => {
          const filters: Filters = { ...EMPTY_FILTERS, ...f, partyMode: 'all' };
          const counts = allFacetCounts(events, filters, index, facets).parties;
          for (const party of ['RU', 'UA', 'US', 'TR', 'CH']) {
            const ticked = { ...filters, parties: [...new Set([...filters.parties, party])] };
            expect(counts.get(party) ?? 0).toBe(filterEvents(events, ticked, index, facets).length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('filterEvents with the facet index', () => {
  it('keeps exactly the events the plain filter keeps', () => {
    const facets = buildFacetIndex(events);
    const pick = (values: string[]) => fc.subarray(values);
    fc.assert(
      fc.property(
        fc.record({
          kinds: pick(['summit', 'call', 'negotiation-round', 'not-a-kind']),
          statuses: pick(['held', 'cancelled']),
          parties: pick(['RU', 'UA', 'US', 'TR', 'XX']),
          partyMode: fc.constantFrom('any' as const, 'all' as const),
          tracks: pick(['us-russia', 'multilateral']),
          tags: pick(['istanbul-process']),
          q: fc.constantFrom('', 'summit', 'istanbul', 'dolmabahce'),
          from: fc.constantFrom(null, '2024', '2025-10'),
          to: fc.constantFrom(null, '2025-10-31'),
          thread: fc.constantFrom(null, 'c', 'a', 'gone'),
        }),
        (f) => {
          const filters = { ...EMPTY_FILTERS, ...f };
          expect(filterEvents(events, filters, index, facets).map((e) => e.id)).toEqual(
            filterEvents(events, filters, index).map((e) => e.id),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives back the same array when no filter is set, and a new one when one is', () => {
    const facets = buildFacetIndex(events);
    expect(filterEvents(events, EMPTY_FILTERS, index, facets)).toBe(events);
    // A facet chosen with no value left is still no filter.
    expect(filterEvents(events, { ...EMPTY_FILTERS, kinds: [] }, index, facets)).toBe(events);
    expect(filterEvents(events, { ...EMPTY_FILTERS, q: 'summit' }, index, facets)).not.toBe(events);
    expect(filterEvents(events, { ...EMPTY_FILTERS, kinds: ['call'] }, index, facets)).not.toBe(events);
  });
});
