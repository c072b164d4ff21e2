import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../filters/filters';
import { eventHref, threadHref, yearHref } from './event-href';
import { EMPTY_URL_STATE, parseUrlState, type UrlState } from './url-state';

const EVENT = '2025-10-budapest-summit';

/** The reader's page: a search, two lists, a date range, the list chosen, the timeline moved. */
const reading: UrlState = {
  filters: {
    ...EMPTY_FILTERS,
    q: 'grain deal',
    parties: ['UA', 'RU'],
    statuses: ['cancelled'],
    from: '2024-01',
  },
  view: 'list',
  event: null,
  span: { start: new Date(2025, 0, 15).getTime(), end: new Date(2025, 5, 30).getTime() },
};

describe('eventHref', () => {
  it('keeps the reader’s filters, view and span, and sets the event, in the order the address has them', () => {
    expect(eventHref(reading, EVENT, '/')).toBe(
      `/?q=grain+deal&status=cancelled&party=UA,RU&from=2024-01&view=list&event=${EVENT}&span=2025-01-15,2025-06-30`,
    );
  });

  it('replaces the event open now', () => {
    const href = eventHref({ ...reading, event: '2025-05-16-istanbul-talks-round-1' }, EVENT, '/');
    expect(new URL(href, 'http://localhost').searchParams.getAll('event')).toEqual([EVENT]);
  });

  it('is the bare event on a page with nothing chosen, under the site’s own path', () => {
    expect(eventHref(EMPTY_URL_STATE, EVENT, '/diplomatic-timeline/')).toBe(
      `/diplomatic-timeline/?event=${EVENT}`,
    );
  });

  it('encodes an id that would otherwise add parameters, a fragment or markup to the address', () => {
    const hostile = 'x&view=timeline#top"><img src=y>?a=b c+d';
    const href = eventHref(reading, hostile, '/');
    expect(href).toContain('event=x%26view%3Dtimeline%23top%22%3E%3Cimg+src%3Dy%3E%3Fa%3Db+c%2Bd&');
    expect(href).not.toMatch(/[#"<> ]/);
    const url = new URL(href, 'http://localhost');
    expect(url.hash).toBe('');
    expect(url.searchParams.getAll('view')).toEqual(['list']);
    expect(url.searchParams.getAll('event')).toEqual([hostile]);
  });

  it('reads back as the reader’s state with that event, whatever the id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (id) => {
        const href = eventHref(reading, id, '/');
        expect(parseUrlState(href.slice(1)).state).toEqual({ ...reading, event: id });
      }),
    );
  });
});

describe('threadHref', () => {
  it('keeps the reader’s filters, view and span, and sets the thread, whatever the id', () => {
    expect(threadHref(reading, EVENT, '/')).toBe(
      `/?q=grain+deal&status=cancelled&party=UA,RU&from=2024-01&thread=${EVENT}&view=list&span=2025-01-15,2025-06-30`,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (id) => {
        const href = threadHref(reading, id, '/x/');
        expect(parseUrlState(href.slice(3)).state).toEqual({
          ...reading,
          filters: { ...reading.filters, thread: id },
        });
      }),
    );
  });
});

describe('yearHref', () => {
  it('names the list where it is the view unnamed (a phone’s), which a laptop would open as the timeline', () => {
    expect(yearHref(EMPTY_URL_STATE, '2024', '/')).toBe('/?view=list#list-year-2024');
  });

  it('keeps the reader’s filters and span, drops the open event, and is under the site’s own path', () => {
    expect(yearHref({ ...reading, view: null, event: EVENT }, '2025', '/diplomatic-timeline/')).toBe(
      '/diplomatic-timeline/?q=grain+deal&status=cancelled&party=UA,RU&from=2024-01&view=list&span=2025-01-15,2025-06-30#list-year-2025',
    );
  });
});
