import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../filters/filters';
import {
  EMPTY_URL_STATE,
  parseUrlState,
  serialiseUrlState,
  withImpliedView,
  type KnownValues,
  type UrlState,
} from './url-state';

const known: KnownValues = {
  kinds: new Set(['summit', 'negotiation-round', 'call']),
  statuses: new Set(['held', 'cancelled']),
  parties: new Set(['UA', 'RU', 'US']),
  tracks: new Set(['us-russia', 'russia-ukraine']),
  tags: new Set(['istanbul-process']),
  eventIds: new Set(['2025-10-budapest-summit', '2025-05-16-istanbul-talks-round-1']),
  formerIds: new Map([
    ['2025-05-16-istanbul-talks', '2025-05-16-istanbul-talks-round-1'],
    // Refused by the validator; a current id still opens its own event.
    ['2025-10-budapest-summit', '2025-05-16-istanbul-talks-round-1'],
  ]),
};

describe('parseUrlState', () => {
  describe('thread', () => {
    it('reads and writes the thread of an event', () => {
      const { state, problems } = parseUrlState('?kind=summit&thread=2025-10-budapest-summit', known);
      expect(problems).toEqual([]);
      expect(state.filters).toEqual({
        ...EMPTY_FILTERS,
        kinds: ['summit'],
        thread: '2025-10-budapest-summit',
      });
      expect(serialiseUrlState(state)).toBe('?kind=summit&thread=2025-10-budapest-summit');
    });

    it('ignores an id no event has, and says so', () => {
      const { state, problems, offers } = parseUrlState(
        '?thread=2024-01-01-nothing-like-it&kind=summit',
        known,
      );
      expect(offers).toBeUndefined();
      expect(state.filters).toEqual({ ...EMPTY_FILTERS, kinds: ['summit'] });
      expect(problems).toEqual([
        'Ignored the thread of “2024-01-01-nothing-like-it” in the link: no event has that id; it may have been renamed or removed.',
      ]);
      expect(serialiseUrlState(state)).toBe('?kind=summit');
    });

    it('offers the event whose id a link nearly gives, as it does for the open event', () => {
      const { state, problems, offers } = parseUrlState('?thread=2025-10-budapest-sumit&kind=summit', known);
      expect(state.filters).toEqual({ ...EMPTY_FILTERS, kinds: ['summit'] });
      const problem =
        'Ignored the thread of “2025-10-budapest-sumit” in the link: no event has that id. Did you mean “2025-10-budapest-summit”?';
      expect(problems).toEqual([problem]);
      expect(offers).toEqual([{ problem, eventId: '2025-10-budapest-summit', as: 'thread' }]);
      // An earlier id nearly given offers the thread of the event by its id now.
      expect(parseUrlState('?thread=2025-05-16-istanbul-talk', known).offers).toEqual([
        expect.objectContaining({ eventId: '2025-05-16-istanbul-talks-round-1', as: 'thread' }),
      ]);
    });

    it('offers both when a link nearly gives the thread and the open event', () => {
      const { problems, offers } = parseUrlState(
        '?thread=2025-10-budapest-sumit&event=2025-05-16-istanbul-talks-round-l',
        known,
      );
      expect(offers).toEqual([
        { problem: problems[0], eventId: '2025-10-budapest-summit', as: 'thread' },
        { problem: problems[1], eventId: '2025-05-16-istanbul-talks-round-1', as: 'event' },
      ]);
    });

    it('reads a near id with invisible characters in it, and offers nothing for one of them alone', () => {
      const zw = parseUrlState('?thread=2025-10-buda%E2%80%8Bpest-sumit', known);
      expect(zw.offers?.[0]?.eventId).toBe('2025-10-budapest-summit');
      expect(zw.problems[0]).toContain('Did you mean “2025-10-budapest-summit”?');
      const only = parseUrlState('?thread=%E2%80%8B%E2%80%AE', known);
      expect(only.state.filters.thread).toBeNull();
      expect(only.offers).toBeUndefined();
      expect(only.problems).toHaveLength(1);
    });

    it('reads an earlier id as the event’s id now, and says so', () => {
      const read = parseUrlState('?thread=2025-05-16-istanbul-talks', known);
      expect(read.state.filters.thread).toBe('2025-05-16-istanbul-talks-round-1');
      expect(read.problems).toEqual([
        'This link named the event of its thread by an earlier id, “2025-05-16-istanbul-talks”; it is now “2025-05-16-istanbul-talks-round-1”.',
      ]);
      expect(read.rewrittenThread).toBe(true);
      expect(serialiseUrlState(read.state)).toBe('?thread=2025-05-16-istanbul-talks-round-1');
    });

    it('reads an id in capitals or with a full stop after it, and tidies the address', () => {
      const read = parseUrlState('?thread=2025-10-Budapest-Summit.', known);
      expect(read.state.filters.thread).toBe('2025-10-budapest-summit');
      expect(read.problems).toEqual([]);
      expect(read.rewrittenThread).toBe(true);
    });

    it('quotes a very long id cut short, and uses the first of many', () => {
      const long = parseUrlState(`?thread=${'x'.repeat(100_000)}`, known);
      expect(long.state.filters.thread).toBeNull();
      expect(long.problems).toEqual([
        `Ignored the thread of “${'x'.repeat(40)}…” in the link: no event has that id; it may have been renamed or removed.`,
      ]);
      const many = parseUrlState(
        `?${Array.from({ length: 1000 }, () => 'thread=2025-10-budapest-summit').join('&')}`,
        known,
      );
      expect(many.state.filters.thread).toBe('2025-10-budapest-summit');
      expect(many.problems).toEqual(['The link gives “thread” 1,000 times: only the first was read.']);
    });
  });

  it('reads values typed in the wrong case as the values they name, without a notice', () => {
    const { state, problems } = parseUrlState(
      '?party=ua,Us&kind=SUMMIT&tag=Istanbul-Process&view=LIST',
      known,
    );
    expect(state.filters.parties).toEqual(['UA', 'US']);
    expect(state.filters.kinds).toEqual(['summit']);
    expect(state.filters.tags).toEqual(['istanbul-process']);
    expect(state.view).toBe('list');
    expect(problems).toEqual([]);
  });

  it('still names a value that no case makes known', () => {
    const { problems } = parseUrlState('?party=ukr', known);
    expect(problems).toEqual(['Ignored the unknown party “ukr”.']);
  });

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
      span: null,
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
      'Ignored the date “2025-13” for “from”: months run from 01 to 12.',
      'Ignored the view “grid”: use “timeline” or “list”.',
      'The event “nope” in the link was not found; it may have been renamed or removed.',
    ]);
  });

  it('says of an event the data file holds but could not show that it is malformed, not renamed or removed', () => {
    const withSkipped: KnownValues = { ...known, skippedIds: new Set(['2025-06-01-broken']) };
    const event = parseUrlState('?event=2025-06-01-broken', withSkipped);
    expect(event.state.event).toBeNull();
    expect(event.problems).toEqual([
      'The event “2025-06-01-broken” in the link is in the data file but could not be shown: it is malformed.',
    ]);
    const thread = parseUrlState('?thread=2025-06-01-broken', withSkipped);
    expect(thread.state.filters.thread).toBeNull();
    expect(thread.problems).toEqual([
      'Ignored the thread of “2025-06-01-broken” in the link: the data file holds that event, but it is malformed.',
    ]);
  });

  it('opens an event named by an earlier id by its id now, and says so', () => {
    const { state, problems, formerId } = parseUrlState(
      '?kind=summit&event=2025-05-16-istanbul-talks',
      known,
    );
    expect(state.event).toBe('2025-05-16-istanbul-talks-round-1');
    expect(formerId).toBe('2025-05-16-istanbul-talks');
    expect(problems).toEqual([
      'This link named the event by an earlier id, “2025-05-16-istanbul-talks”; it is now “2025-05-16-istanbul-talks-round-1”.',
    ]);
    // The address is then written with the id now.
    expect(serialiseUrlState(state)).toBe('?kind=summit&event=2025-05-16-istanbul-talks-round-1');
  });

  it.each([
    ['a full stop', '2025-10-budapest-summit.'],
    ['a closing bracket', '2025-10-budapest-summit)'],
    ['a slash', '2025-10-budapest-summit/'],
    ['a space', '2025-10-budapest-summit%20'],
    ['a comma and a quote', '2025-10-budapest-summit,%E2%80%9D'],
    ['an opening bracket before it', '(2025-10-budapest-summit)'],
    ['capitals', '2025-10-BUDAPEST-summit'],
    ['capitals and a full stop', '2025-10-Budapest-Summit.'],
  ])('opens an event whose id a link gives with %s, without a notice', (_, written) => {
    const { state, problems, tidiedEvent } = parseUrlState(`?event=${written}`, known);
    expect([state.event, problems, tidiedEvent]).toEqual(['2025-10-budapest-summit', [], true]);
    expect(serialiseUrlState(state)).toBe('?event=2025-10-budapest-summit');
  });

  it('opens an event named by an earlier id in capitals or with a full stop, and says so', () => {
    const { state, problems, formerId } = parseUrlState('?event=2025-05-16-Istanbul-Talks.', known);
    expect(state.event).toBe('2025-05-16-istanbul-talks-round-1');
    expect(formerId).toBe('2025-05-16-istanbul-talks');
    expect(problems).toEqual([
      'This link named the event by an earlier id, “2025-05-16-istanbul-talks”; it is now “2025-05-16-istanbul-talks-round-1”.',
    ]);
  });

  it('offers the event whose id a link nearly gives, instead of saying it was removed', () => {
    const { state, problems, offers } = parseUrlState('?event=2025-10-budapest-sumit', known);
    expect(state.event).toBeNull();
    const problem =
      'The event “2025-10-budapest-sumit” in the link was not found. Did you mean “2025-10-budapest-summit”?';
    expect(problems).toEqual([problem]);
    expect(offers).toEqual([{ problem, eventId: '2025-10-budapest-summit', as: 'event' }]);
    // An earlier id nearly given offers the event by its id now.
    expect(parseUrlState('?event=2025-05-16-istanbul-talk', known).offers?.[0]?.eventId).toBe(
      '2025-05-16-istanbul-talks-round-1',
    );
  });

  it('offers nothing for an id far from every other, and says it may have been renamed or removed', () => {
    const { problems, offers } = parseUrlState('?event=2024-01-01-nothing-like-it', known);
    expect(offers).toBeUndefined();
    expect(problems).toEqual([
      'The event “2024-01-01-nothing-like-it” in the link was not found; it may have been renamed or removed.',
    ]);
  });

  it('opens an event by its own id before any earlier id of another', () => {
    const { state, problems, formerId } = parseUrlState('?event=2025-10-budapest-summit', known);
    expect([state.event, formerId, problems]).toEqual(['2025-10-budapest-summit', undefined, []]);
  });

  it('keeps a reversed range as the reader set it, so that the link shows what its sender saw', () => {
    const { state, problems } = parseUrlState('?from=2025-06&to=2025-03', known);
    expect([state.filters.from, state.filters.to]).toEqual(['2025-06', '2025-03']);
    expect(problems).toEqual([]);
  });

  it('reads a year as the months the date inputs show: the same range, said in a notice', () => {
    const { state, problems } = parseUrlState('?from=2025-06&to=2025', known);
    // June to December 2025: not a reversed range.
    expect([state.filters.from, state.filters.to]).toEqual(['2025-06', '2025-12']);
    expect(parseUrlState('?from=2023', known).state.filters.from).toBe('2023-01');
    expect(problems).toEqual([
      'Read the date “2025” for “to” as December 2025: the date filter works by month, and this is the same range.',
    ]);
  });

  it('widens a day to its month, and says so', () => {
    const { state, problems } = parseUrlState('?from=2025-05-16', known);
    expect(state.filters.from).toBe('2025-05');
    expect(problems).toEqual([
      'Read the date “2025-05-16” for “from” as May 2025: the date filter works by month, so the whole month is included.',
    ]);
  });

  it('uses the first of a repeated single parameter, with a notice', () => {
    const { state, problems } = parseUrlState('?q=istanbul&q=budapest&view=list&view=timeline', known);
    expect(state.filters.q).toBe('istanbul');
    expect(state.view).toBe('list');
    expect(problems).toEqual([
      'The link gives “q” 2 times: only the first was read.',
      'The link gives “view” 2 times: only the first was read.',
    ]);
  });

  it('drops search text that broken percent-encoding made unreadable, with a notice', () => {
    const { state, problems } = parseUrlState('?q=grain%E0%A4%A', known);
    expect(state.filters.q).not.toContain('\uFFFD');
    expect(state.filters.q.startsWith('grain')).toBe(true);
    expect(problems).toEqual(['Dropped characters of the search text in the link that could not be read.']);
  });

  it('drops controls of direction from the search text, with a notice', () => {
    // Drawn in the search box, "\u202Enamor" reads "roman": the box would show another word than the one searched.
    const { state, problems } = parseUrlState('?q=%E2%80%AEnamor%E2%80%8F+talks%E2%81%A6', known);
    expect(state.filters.q).toBe('namor talks');
    expect(problems).toEqual([
      'Dropped characters that turn the direction of text from the search text in the link.',
    ]);
  });

  it('sums up many bad values in one notice per parameter', () => {
    const bogus = Array.from({ length: 300 }, (_, i) => `bogus${i}`);
    const { state, problems } = parseUrlState(`?kind=summit,${bogus.join(',')}&a=1&b=2`, known);
    expect(state.filters.kinds).toEqual(['summit']);
    expect(problems).toEqual([
      'Ignored 2 unknown link parameters: “a”, “b”.',
      'Ignored 300 unknown kinds: “bogus0”, “bogus1”, “bogus2”, “bogus3”, “bogus4” and 295 more.',
    ]);
  });

  it('reads a link with 100,000 filter values at once, naming only a few in its notices', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `k${i}`);
    const started = performance.now();
    const { state, problems } = parseUrlState(`?kind=${many.join(',')},summit`, known);
    // Quadratic de-duplication took 24 s here. Linear takes tens of milliseconds, but up to 250 ms were
    // seen on a loaded two-core machine: the bound only has to tell the two apart.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(state.filters.kinds).toEqual(['summit']);
    expect(problems).toEqual([
      'Ignored 100,000 unknown kinds: “k0”, “k1”, “k2”, “k3”, “k4” and 99,995 more.',
    ]);
    const parties = Array.from({ length: 100_000 }, (_, i) => `p${i}`);
    const unchecked = parseUrlState(`?party=${parties.join(',')},p0,p1`);
    expect(unchecked.state.filters.parties).toEqual(parties.slice(0, 50));
    expect(unchecked.problems).toEqual([
      'Ignored 99,950 parties: “p50”, “p51”, “p52”, “p53”, “p54” and 99,945 more: a link holds at most 50 parties.',
    ]);
  });

  it('counts a value given twice once, whether kept, unknown or over the limit', () => {
    const tags = Array.from({ length: 53 }, (_, i) => `t${i}`);
    const unchecked = parseUrlState(`?tag=${tags.join(',')},t0,t52&tag=t51`);
    expect(unchecked.state.filters.tags).toEqual(tags.slice(0, 50));
    expect(unchecked.problems).toEqual([
      'Ignored 3 tags: “t50”, “t51”, “t52”: a link holds at most 50 tags.',
    ]);
    const { state, problems } = parseUrlState('?kind=x,summit,+x,summit,y,,call', known);
    expect(state.filters.kinds).toEqual(['summit', 'call']);
    expect(problems).toEqual(['Ignored 2 unknown kinds: “x”, “y”.']);
  });

  it('reads and writes the timeline’s span to the day, at local midnight as the timeline draws dates', () => {
    const { state, problems } = parseUrlState('?span=2025-01-15,2025-06-30', known);
    expect(problems).toEqual([]);
    expect(state.span).toEqual({
      start: new Date(2025, 0, 15).getTime(),
      end: new Date(2025, 5, 30).getTime(),
    });
    // A window that does not fall on midnights is written to the nearest days.
    const moved = { start: new Date(2025, 0, 15, 13).getTime(), end: new Date(2025, 5, 30, 2).getTime() };
    expect(serialiseUrlState({ ...state, span: moved })).toBe('?span=2025-01-16,2025-06-30');
  });

  it('ignores a span that is not two days in order, with a notice', () => {
    for (const bad of ['2025-06-30,2025-01-15', '2025-01,2025-06', '2025-01-15', 'x,y']) {
      const { state, problems } = parseUrlState(`?span=${bad}`, known);
      expect(state.span).toBeNull();
      expect(problems).toEqual([
        `Ignored the time span “${bad}”: use span=YYYY-MM-DD,YYYY-MM-DD, the first day before the last.`,
      ]);
    }
  });

  it('ignores a span wider than the timeline can show, with a notice, rather than showing another span', () => {
    const { state, problems } = parseUrlState('?span=0001-01-01,9999-12-31', known);
    expect(state.span).toBeNull();
    expect(problems).toEqual([
      'Ignored the time span “0001-01-01,9999-12-31”: the timeline shows at most 12 years at once.',
    ]);
    // The widest span the timeline shows is kept, its ends rounded to days as the address writes them.
    const widest = {
      start: new Date(2014, 0, 1, 9).getTime(),
      end: new Date(2014, 0, 1, 9).getTime() + 12 * 365 * 864e5,
    };
    const written = serialiseUrlState({ ...EMPTY_URL_STATE, span: widest });
    expect(parseUrlState(written, known)).toMatchObject({
      problems: [],
      state: { span: { start: expect.any(Number) } },
    });
    expect(parseUrlState('?span=2014-01-01,2026-01-10', known).state.span).toBeNull();
  });

  it('writes early years with four digits, so that the address reads back as it was written', () => {
    const once = serialiseUrlState(parseUrlState('?from=0050-03&to=0999-01', known).state);
    expect(once).toBe('?from=0050-03&to=0999-01');
    expect(parseUrlState(once, known).problems).toEqual([]);
    // Not new Date(50, …), which is 1950.
    const span = {
      start: new Date(2000, 0, 1).setFullYear(50, 0, 1),
      end: new Date(2000, 0, 1).setFullYear(55, 11, 31),
    };
    expect(serialiseUrlState({ ...EMPTY_URL_STATE, span })).toBe('?span=0050-01-01,0055-12-31');
  });

  it('widens a span narrower than the timeline can show to a week around its middle, and says so', () => {
    const { state, problems } = parseUrlState('?span=2025-01-01,2025-01-02', known);
    expect(problems).toEqual([
      'Widened the time span “2025-01-01,2025-01-02” to “2024-12-29,2025-01-05”: the timeline shows at least 7 days at once.',
    ]);
    expect(state.span).toEqual({
      start: new Date(2024, 11, 29).getTime(),
      end: new Date(2025, 0, 5).getTime(),
    });
    expect(serialiseUrlState(state)).toBe('?span=2024-12-29,2025-01-05');
    expect(parseUrlState('?span=2025-03-01,2025-03-06', known).problems).toEqual([
      'Widened the time span “2025-03-01,2025-03-06” to “2025-02-28,2025-03-07”: the timeline shows at least 7 days at once.',
    ]);
    // A week read back: across a change of the clocks its ends may round to six days apart.
    for (const week of ['2025-01-01,2025-01-08', '2025-10-21,2025-10-27'])
      expect(parseUrlState(`?span=${week}`, known).problems).toEqual([]);
  });

  it('ignores a span wholly outside the years of the chronology, with a notice', () => {
    vi.useFakeTimers({ now: new Date(2026, 4, 16, 15) });
    try {
      for (const bad of [
        '9999-01-01,9999-06-01',
        '0001-01-01,0001-06-01',
        '2013-01-01,2014-01-01',
        '2031-05-16,2031-06-01',
      ]) {
        const { state, problems } = parseUrlState(`?span=${bad}`, known);
        expect(state.span).toBeNull();
        expect(problems).toEqual([
          `Ignored the time span “${bad}”: it lies wholly outside 1 January 2014 to 16 May 2031, the dates the timeline covers.`,
        ]);
      }
      // A span that shows part of those years is kept as it is.
      for (const partly of ['2013-06-01,2014-01-02', '2031-05-09,2031-05-17'])
        expect(parseUrlState(`?span=${partly}`, known)).toMatchObject({
          problems: [],
          state: { span: { start: expect.any(Number) } },
        });
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores a date bound that is no calendar date, saying in plain words what is wrong with it', () => {
    for (const [value, why] of [
      ['0000', 'there is no year 0: the calendar goes from 1 BC to AD 1'],
      ['0000-05', 'there is no year 0: the calendar goes from 1 BC to AD 1'],
      ['2025-00', 'months run from 01 to 12'],
      ['2025-13', 'months run from 01 to 12'],
      ['2025-05-00', 'the days of May 2025 run from 01 to 31'],
      ['2025-02-29', 'the days of February 2025 run from 01 to 28'],
      ['-0001', 'use YYYY, YYYY-MM or YYYY-MM-DD'],
      ['20250', 'use YYYY, YYYY-MM or YYYY-MM-DD'],
      ['2025 05', 'use YYYY, YYYY-MM or YYYY-MM-DD'],
    ]) {
      for (const bound of ['from', 'to']) {
        const { state, problems } = parseUrlState(`?${bound}=${encodeURIComponent(value!)}`, known);
        expect(state.filters[bound as 'from' | 'to']).toBeNull();
        expect(problems).toEqual([`Ignored the date “${value}” for “${bound}”: ${why}.`]);
      }
    }
  });

  it('names an early year with its four digits, so that “January 0001” is not read as a day', () => {
    expect(parseUrlState('?from=0001', known)).toMatchObject({
      state: { filters: { from: '0001-01' } },
      problems: [
        'Read the date “0001” for “from” as January 0001: the date filter works by month, and this is the same range.',
      ],
    });
    expect(parseUrlState('?to=0800-02-10', known)).toMatchObject({
      state: { filters: { to: '0800-02' } },
      problems: [
        'Read the date “0800-02-10” for “to” as February 0800: the date filter works by month, so the whole month is included.',
      ],
    });
  });

  it('reads a date bound with spaces around it, as it reads the span’s days', () => {
    expect(parseUrlState('?from=+2025-05+&to=%202025-06', known)).toEqual({
      state: { ...EMPTY_URL_STATE, filters: { ...EMPTY_FILTERS, from: '2025-05', to: '2025-06' } },
      problems: [],
    });
    expect(parseUrlState('?from=+', known)).toEqual({ state: EMPTY_URL_STATE, problems: [] });
  });

  it('ignores a span whose days are no calendar days, saying which part is wrong', () => {
    for (const [value, why] of [
      ['0000-01-01,0000-01-05', 'there is no year 0: the calendar goes from 1 BC to AD 1'],
      ['2025-02-30,2025-03-01', 'the days of February 2025 run from 01 to 28'],
      ['2025-01-01,2025-00-05', 'months run from 01 to 12'],
    ]) {
      const { state, problems } = parseUrlState(`?span=${value}`, known);
      expect(state.span).toBeNull();
      expect(problems).toEqual([`Ignored the time span “${value}”: ${why}.`]);
    }
  });

  it('cuts long text by characters, never through an emoji', () => {
    const a199 = 'a'.repeat(199);
    const whole = parseUrlState(`?q=${a199}%F0%9F%98%80`, known);
    expect(whole).toEqual({
      state: { ...EMPTY_URL_STATE, filters: { ...EMPTY_FILTERS, q: `${a199}😀` } },
      problems: [],
    });
    expect(serialiseUrlState(whole.state)).toBe(`?q=${a199}%F0%9F%98%80`);
    const cut = parseUrlState(`?q=${a199}%F0%9F%98%80%F0%9F%98%80`, known);
    expect(cut.state.filters.q).toBe(`${a199}😀`);
    expect(cut.problems).toEqual(['The search text in the link was cut to 200 characters.']);
    // A notice quotes 40 characters of a value.
    const a39 = 'a'.repeat(39);
    expect(parseUrlState(`?view=${a39}%F0%9F%98%80b`, known).problems).toEqual([
      `Ignored the view “${a39}😀…”: use “timeline” or “list”.`,
    ]);
  });

  it('quotes a value without the invisible characters that could reorder or hide the notice’s text, and says so', () => {
    const { problems } = parseUrlState(
      '?kind=%E2%80%AEgnp.exe&event=%E2%80%AEdeveiler%20eb%20ot%20deen',
      known,
    );
    expect(problems).toEqual([
      'Ignored the unknown kind “gnp.exe” (invisible characters removed).',
      'The event “deveiler eb ot deen” (invisible characters removed) in the link was not found; it may have been renamed or removed.',
    ]);
    for (const c of '\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u061C\u200B\u2060\uFEFF\u{E0041}')
      expect(parseUrlState(`?view=${encodeURIComponent(`gr${c}id`)}`, known).problems, c).toEqual([
        'Ignored the view “grid” (invisible characters removed): use “timeline” or “list”.',
      ]);
    // Removed before the cut: they take no room in the 40 characters quoted.
    expect(parseUrlState(`?view=${'%E2%80%8B'.repeat(50)}${'a'.repeat(40)}`, known).problems).toEqual([
      `Ignored the view “${'a'.repeat(40)}” (invisible characters removed): use “timeline” or “list”.`,
    ]);
  });

  it('reads whether the events must involve all of the chosen parties', () => {
    const read = (search: string) => parseUrlState(search, known);
    expect(read('?party=US,RU&partymode=all')).toEqual({
      state: { ...EMPTY_URL_STATE, filters: { ...EMPTY_FILTERS, parties: ['US', 'RU'], partyMode: 'all' } },
      problems: [],
    });
    // Typed by hand: in capitals, with a space, or the default said out loud.
    expect(read('?party=US,RU&partymode=+ALL').state.filters.partyMode).toBe('all');
    expect(read('?party=US,RU&partymode=any')).toEqual(read('?party=US,RU'));
    // Before any party: the Party menu reopens on it.
    expect(read('?partymode=all').state.filters).toEqual({ ...EMPTY_FILTERS, partyMode: 'all' });
  });

  it('ignores a party mode it does not know, with a notice, and keeps the parties', () => {
    const { state, problems } = parseUrlState('?party=US,RU&partymode=both', known);
    expect(state.filters).toEqual({ ...EMPTY_FILTERS, parties: ['US', 'RU'], partyMode: 'any' });
    expect(problems).toEqual([
      'Ignored the party mode “both”: use “all” for events involving every chosen party, or “any”.',
    ]);
    expect(parseUrlState('?partymode=all&partymode=any', known)).toMatchObject({
      state: { filters: { partyMode: 'all' } },
      problems: ['The link gives “partymode” 2 times: only the first was read.'],
    });
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
      span: null,
    };
    expect(serialiseUrlState(state)).toBe(
      '?q=grain+deal&kind=summit,negotiation-round&status=cancelled&from=2025-01&view=list&event=2025-10-budapest-summit',
    );
    expect(serialiseUrlState({ filters: EMPTY_FILTERS, view: null, event: null, span: null })).toBe('');
  });

  it('writes "all of the chosen parties" beside the parties, and the default not at all', () => {
    const parties = (partyMode: 'any' | 'all') =>
      serialiseUrlState({
        ...EMPTY_URL_STATE,
        filters: { ...EMPTY_FILTERS, parties: ['US', 'RU'], partyMode, tags: ['istanbul-process'] },
      });
    expect(parties('all')).toBe('?party=US,RU&partymode=all&tag=istanbul-process');
    expect(parties('any')).toBe('?party=US,RU&tag=istanbul-process');
  });
});

const pick = (set: ReadonlySet<string>) => fc.uniqueArray(fc.constantFrom(...set), { maxLength: set.size });
// The date inputs set months; a link's year or day is read as a month (tested above).
const date = fc.oneof(
  fc.constant(null),
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    // U+FFFD is what broken percent-encoding becomes, and is dropped from a link (tested above).
    // So are the controls of direction.
    q: fc
      .string({ maxLength: 60, unit: 'grapheme' })
      .filter((q) => !/[\uFFFD\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(q)),
    kinds: pick(known.kinds),
    statuses: pick(known.statuses),
    parties: pick(known.parties),
    partyMode: fc.constantFrom('any' as const, 'all' as const),
    tracks: pick(known.tracks),
    tags: pick(known.tags),
    from: date,
    to: date,
    thread: fc.constantFrom(null, ...known.eventIds),
    view: fc.constantFrom(null, 'timeline' as const, 'list' as const),
    event: fc.constantFrom(null, ...known.eventIds),
    span: fc.oneof(
      fc.constant(null),
      // At least a week, and showing some of the chronology's years (both tested above).
      fc
        .tuple(fc.integer({ min: -4_000, max: 4_000 }), fc.integer({ min: 7, max: 4_000 }))
        .filter(([from, days]) => from + days > 0)
        .map(([from, days]) => ({
          start: new Date(2014, 0, 1 + from).getTime(),
          end: new Date(2014, 0, 1 + from + days).getTime(),
        })),
    ),
  })
  .map(({ view, event, span, ...filters }) => ({ filters, view, event, span }));

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
            fc.constantFrom('q', 'kind', 'partymode', 'from', 'to', 'view', 'event', 'x'),
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

describe('withImpliedView', () => {
  const span = { start: new Date(2025, 0, 1).getTime(), end: new Date(2025, 5, 30).getTime() };
  it('opens a link with a span and no view on the timeline', () => {
    expect(withImpliedView({ ...EMPTY_URL_STATE, span }).view).toBe('timeline');
  });
  it('keeps a view the link names, and leaves a link without a span to the screen’s default', () => {
    expect(withImpliedView({ ...EMPTY_URL_STATE, span, view: 'list' }).view).toBe('list');
    expect(withImpliedView(EMPTY_URL_STATE).view).toBeNull();
  });
});
