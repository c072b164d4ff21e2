import { describe, expect, it } from 'vitest';
import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { EMPTY_FILTERS } from '../filters/filters';
import { threadCount, threadCountText } from './thread-count';

const event = (id: string, kind: string, start: string, related?: EventRecord['related']): EventRecord =>
  ({
    id,
    kind,
    start,
    title: id,
    summary: '',
    sources: [],
    status: 'held',
    track: 't',
    parties: [],
    related,
  }) as unknown as EventRecord;

// A call agrees a summit, which a statement cancels; an unrelated summit stands apart.
const events = [
  event('call', 'call', '2025-10-16', [{ id: 'summit', relation: 'led-to' }]),
  event('summit', 'summit', '2025-10-30', [{ id: 'cancel', relation: 'cancelled-by' }]),
  event('cancel', 'statement', '2025-10-22'),
  event('other', 'summit', '2025-08-15'),
];

describe('threadCount', () => {
  it('is the whole thread with no other filter', () => {
    expect(threadCount(events, 'summit', EMPTY_FILTERS)).toEqual({ shown: 3, size: 3 });
  });

  it('counts only the thread’s events the other filters keep, as the click keeps them', () => {
    const filters = { ...EMPTY_FILTERS, kinds: ['summit'] };
    expect(threadCount(events, 'call', filters)).toEqual({ shown: 1, size: 3 });
    expect(threadCount(events, 'call', { ...filters, from: '2025-11' })).toEqual({ shown: 0, size: 3 });
  });

  it('finds a party by its name, as the view’s search does', () => {
    const withParties = events.map((e) =>
      e.id === 'cancel' ? ({ ...e, parties: ['HU'] } as EventRecord) : e,
    );
    const vocabulary = {
      parties: { HU: { name: 'Hungary' } },
      tracks: {},
    } as unknown as DatasetFile['vocabulary'];
    expect(threadCount(withParties, 'summit', { ...EMPTY_FILTERS, q: 'hungary' }, vocabulary)).toEqual({
      shown: 1,
      size: 3,
    });
  });

  it('goes by this event’s thread, not one the filters already show', () => {
    expect(threadCount(events, 'summit', { ...EMPTY_FILTERS, thread: 'other' })).toEqual({
      shown: 3,
      size: 3,
    });
  });
});

describe('threadCountText', () => {
  it('gives the thread’s size when the click shows it whole', () => {
    expect(threadCountText({ shown: 11, size: 11 })).toBe('11 events');
  });

  it('says how many of the thread’s events the current filters leave', () => {
    expect(threadCountText({ shown: 2, size: 11 })).toBe('2 of its 11 events with the current filters');
    expect(threadCountText({ shown: 0, size: 3 })).toBe('0 of its 3 events with the current filters');
  });
});
