import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { buildThreadGraph, threadIds, threadOf } from './thread';

const event = (id: string, related?: EventRecord['related']): EventRecord =>
  ({ id, start: '2025-10-01', title: id, related }) as unknown as EventRecord;

// The Budapest thread in small: a call agrees a summit, a meeting prepares it, a statement cancels it.
// "See also" joins it to an unrelated meeting, which has a thread of its own.
const events = [
  event('call', [{ id: 'summit', relation: 'led-to' }]),
  event('summit', [{ id: 'cancel', relation: 'cancelled-by' }]),
  event('prep', [
    { id: 'summit', relation: 'part-of' },
    { id: 'other', relation: 'see-also' },
  ]),
  event('cancel'),
  event('other', [{ id: 'other-follow-up', relation: 'led-to' }]),
  event('other-follow-up'),
  event('alone', [
    { id: 'gone', relation: 'follows' },
    { id: 'call', relation: 'see-also' },
  ]),
  // A cycle: each round follows the one before, and the first says it follows the last.
  event('round-1', [{ id: 'round-3', relation: 'follows' }]),
  event('round-2', [{ id: 'round-1', relation: 'follows' }]),
  event('round-3', [{ id: 'round-2', relation: 'follows' }]),
];
const graph = buildThreadGraph(events);
const thread = (id: string) => [...threadOf(graph, id)].sort();

describe('threadOf', () => {
  it('follows specific links both ways and at any distance', () => {
    const whole = ['call', 'cancel', 'prep', 'summit'];
    for (const id of whole) expect(thread(id)).toEqual(whole);
  });

  it('does not follow "see also"', () => {
    expect(thread('other')).toEqual(['other', 'other-follow-up']);
  });

  it('is the event alone when it has no specific link to an event that exists', () => {
    expect(thread('alone')).toEqual(['alone']);
  });

  it('ends on a cycle', () => {
    expect(thread('round-2')).toEqual(['round-1', 'round-2', 'round-3']);
  });

  it('is empty for an id no event has', () => {
    expect(thread('gone')).toEqual([]);
  });
});

describe('threadIds', () => {
  it('gives the same set for the same dataset and id, and a new one for another id', () => {
    const first = threadIds(events, 'call');
    expect(threadIds(events, 'call')).toBe(first);
    expect([...threadIds(events, 'round-1')].sort()).toEqual(['round-1', 'round-2', 'round-3']);
    expect([...threadIds(events, 'call')].sort()).toEqual(['call', 'cancel', 'prep', 'summit']);
  });

  it('keeps the thread of the filter while an open event asks for its own in turn', () => {
    const filter = threadIds(events, 'call');
    threadIds(events, 'round-1');
    threadIds(events, 'alone');
    // The same set, not a new walk: the panel and the filter take turns on every change.
    expect(threadIds(events, 'call')).toBe(filter);
  });
});
