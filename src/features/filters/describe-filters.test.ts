import { expect, it } from 'vitest';
import { describeFilters } from './describe-filters';
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
