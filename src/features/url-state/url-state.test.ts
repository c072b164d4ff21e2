import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../filters/filters';
import { parseUrlState, serialiseUrlState, type KnownValues, type UrlState } from './url-state';

const known: KnownValues = {
  kinds: new Set(['summit', 'negotiation-round', 'call']),
  statuses: new Set(['held', 'cancelled']),
  parties: new Set(['UA', 'RU', 'US']),
  tracks: new Set(['us-russia', 'russia-ukraine']),
  tags: new Set(['istanbul-process']),
  eventIds: new Set(['2025-10-budapest-summit', '2025-05-16-istanbul-talks-round-1']),
};

describe('parseUrlState', () => {
  it('reads the example link of the issue', () => {
    const { state, problems } = parseUrlState(
      '?kind=summit,negotiation-round&status=cancelled&from=2025-01&view=list&event=2025-10-budapest-summit',
      known,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      filters: {
        ...EMPTY_FILTERS,
        kinds: ['summit', 'negotiation-round'],
        statuses: ['cancelled'],
        from: '2025-01',
      },
      view: 'list',
      event: '2025-10-budapest-summit',
    });
  });

  it('drops unknown and invalid values, each with a notice', () => {
    const { state, problems } = parseUrlState(
      '?kind=summit,bogus&from=2025-13&view=grid&event=nope&utm=x',
      known,
    );
    expect(state.filters.kinds).toEqual(['summit']);
    expect(state.filters.from).toBeNull();
    expect(state.view).toBeNull();
    expect(state.event).toBeNull();
    expect(problems).toEqual([
      'Ignored the unknown link parameter “utm”.',
      'Ignored the unknown kind “bogus”.',
      'Ignored the date “2025-13” for “from”: use YYYY, YYYY-MM or YYYY-MM-DD.',
      'Ignored the view “grid”: use “timeline” or “list”.',
      'The event “nope” in the link was not found; it may have been renamed or removed.',
    ]);
  });

  it('swaps a reversed range and says so', () => {
    const { state, problems } = parseUrlState('?from=2025-06&to=2025-01', known);
    expect([state.filters.from, state.filters.to]).toEqual(['2025-01', '2025-06']);
    expect(problems).toHaveLength(1);
  });

  it('reads search text with spaces, plus signs and accents', () => {
    expect(parseUrlState('?q=Dolmaba%C3%A7e+palace', known).state.filters.q).toBe('Dolmabaçe palace');
  });
});

describe('serialiseUrlState', () => {
  it('writes readable parameters in a fixed order', () => {
    const state: UrlState = {
      filters: {
        ...EMPTY_FILTERS,
        q: 'grain deal',
        kinds: ['summit', 'negotiation-round'],
        statuses: ['cancelled'],
        from: '2025-01',
      },
      view: 'list',
      event: '2025-10-budapest-summit',
    };
    expect(serialiseUrlState(state)).toBe(
      '?q=grain+deal&kind=summit,negotiation-round&status=cancelled&from=2025-01&view=list&event=2025-10-budapest-summit',
    );
    expect(serialiseUrlState({ filters: EMPTY_FILTERS, view: null, event: null })).toBe('');
  });
});

const pick = (set: ReadonlySet<string>) => fc.uniqueArray(fc.constantFrom(...set), { maxLength: set.size });
const date = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2000, max: 2099 }).map(String),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    q: fc.string({ maxLength: 60, unit: 'grapheme' }),
    kinds: pick(known.kinds),
    statuses: pick(known.statuses),
    parties: pick(known.parties),
    tracks: pick(known.tracks),
    tags: pick(known.tags),
    from: date,
    to: date,
    view: fc.constantFrom(null, 'timeline' as const, 'list' as const),
    event: fc.constantFrom(null, ...known.eventIds),
  })
  .map(({ view, event, ...f }) => {
    const [from, to] = f.from && f.to && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
    return { filters: { ...f, from, to }, view, event };
  });

describe('properties', () => {
  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        parseUrlState(s, known);
        parseUrlState(`?${s}`);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('q', 'kind', 'from', 'to', 'view', 'event', 'x'),
            fc.string({ unit: 'binary' }),
          ),
        ),
        (pairs) => {
          parseUrlState(`?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`, known);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('round-trips every valid state through the address', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, problems } = parseUrlState(serialiseUrlState(state), known);
        expect(problems).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('settles after one pass on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = serialiseUrlState(parseUrlState(s, known).state);
        expect(serialiseUrlState(parseUrlState(once, known).state)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
