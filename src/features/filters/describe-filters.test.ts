import { expect, it } from 'vitest';
import { describeFilters, filteredByParties, filteredByTags } from './describe-filters';
import { EMPTY_FILTERS } from './filters';

it('describes the filters in words, or nothing', () => {
  expect(describeFilters(EMPTY_FILTERS)).toBe('');
  expect(
    describeFilters(
      {
        ...EMPTY_FILTERS,
        q: ' grain ',
        kinds: ['summit', 'call'],
        statuses: ['cancelled'],
        parties: ['HU'],
        from: '2025-10',
      },
      { parties: { HU: { name: 'Hungary' } }, tracks: {} },
    ),
  ).toBe('Search “grain”; kind: summit, call; status: cancelled; party: Hungary; from October 2025');
  expect(describeFilters({ ...EMPTY_FILTERS, from: '2025-01', to: '2025-06' })).toBe(
    'January 2025 to June 2025',
  );
});

it('quotes the search text without characters that draw nothing', () => {
  // U+202E would turn the rest of a citation's line, the address with it, right to left.
  expect(describeFilters({ ...EMPTY_FILTERS, q: '\u202Enamor', kinds: ['summit'] })).toBe(
    'Search “namor”; kind: summit',
  );
  expect(describeFilters({ ...EMPTY_FILTERS, q: '\u200B' })).toBe('');
});

it('says whether an event involves any or all of the chosen parties', () => {
  const vocabulary = {
    parties: { US: { name: 'United States' }, RU: { name: 'Russia' }, UA: { name: 'Ukraine' } },
    tracks: {},
  };
  const parties = (parties: string[], partyMode: 'any' | 'all') =>
    describeFilters({ ...EMPTY_FILTERS, parties, partyMode, kinds: ['meeting'] }, vocabulary);
  expect(parties(['US'], 'any')).toBe('Kind: meeting; party: United States');
  expect(parties(['US'], 'all')).toBe('Kind: meeting; party: United States');
  expect(parties(['US', 'RU'], 'any')).toBe('Kind: meeting; parties: any of United States, Russia');
  expect(parties(['US', 'RU'], 'all')).toBe('Kind: meeting; parties: both United States and Russia');
  expect(parties(['US', 'RU', 'UA'], 'all')).toBe(
    'Kind: meeting; parties: all of United States, Russia, Ukraine',
  );
  // "All" with no party chosen restricts nothing, and is not described.
  expect(describeFilters({ ...EMPTY_FILTERS, partyMode: 'all' })).toBe('');
});

it('says, as a party is chosen from an event, which parties the view now needs', () => {
  const vocabulary = {
    parties: { US: { name: 'United States' }, RU: { name: 'Russia' }, UA: { name: 'Ukraine' } },
    tracks: {},
  };
  const said = (parties: string[], partyMode: 'any' | 'all') =>
    filteredByParties({ ...EMPTY_FILTERS, parties, partyMode }, vocabulary);
  expect(said(['RU'], 'all')).toBe('Filtered by party: Russia.');
  // Russia chosen with the United States already there: the events now need both, or either.
  expect(said(['US', 'RU'], 'all')).toBe('Filtered by parties: both United States and Russia.');
  expect(said(['US', 'RU', 'UA'], 'all')).toBe('Filtered by parties: all of United States, Russia, Ukraine.');
  expect(said(['US', 'RU'], 'any')).toBe('Filtered by parties: any of United States, Russia.');
});

it('says, as a tag is chosen from an event, every tag the view now shows', () => {
  expect(filteredByTags({ ...EMPTY_FILTERS, tags: ['grain'] })).toBe('Filtered by tag: grain.');
  expect(filteredByTags({ ...EMPTY_FILTERS, tags: ['grain', 'prisoners'] })).toBe(
    'Filtered by tags: any of grain, prisoners.',
  );
});

it('names the event whose thread is shown by its title, without characters that draw nothing', () => {
  expect(
    describeFilters(
      { ...EMPTY_FILTERS, thread: '2025-10-budapest-summit', kinds: ['call'] },
      undefined,
      'Planned Trump–Putin summit in Budapest',
    ),
  ).toBe('Thread of “Planned Trump–Putin summit in Budapest”; kind: call');
  expect(
    describeFilters({ ...EMPTY_FILTERS, thread: 'hostile' }, undefined, '\u202Etimmus\u200B <b>x</b>'),
  ).toBe('Thread of “timmus <b>x</b>”');
  // No title to give: the id.
  expect(describeFilters({ ...EMPTY_FILTERS, thread: 'gone' })).toBe('Thread of “gone”');
});
