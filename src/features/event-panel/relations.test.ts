import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../lib/data/dataset';
import { buildBacklinks, relatedEntries } from './relations';

const event = (id: string, start: string, related?: EventRecord['related']): EventRecord =>
  ({ id, start, title: id, related }) as unknown as EventRecord;

function entriesOf(id: string, events: EventRecord[]) {
  const all = new Map(events.map((e) => [e.id, e]));
  return relatedEntries(all.get(id)!, all, buildBacklinks(events)).map((r) => `${r.label}: ${r.event.id}`);
}

describe('relatedEntries', () => {
  it('reads a link from both ends', () => {
    const events = [event('a', '2025-01-01'), event('b', '2025-02-01', [{ id: 'a', relation: 'follows' }])];
    expect(entriesOf('b', events)).toEqual(['Follows: a']);
    expect(entriesOf('a', events)).toEqual(['Followed by: b']);
  });

  it('shows the specific link where the other end only says "see also"', () => {
    // The real case: the minerals deal signing was cancelled by the Oval Office meeting, which links
    // back to it with "see also".
    const events = [
      event('signing', '2025-02-28', [{ id: 'oval', relation: 'cancelled-by' }]),
      event('oval', '2025-02-28', [{ id: 'signing', relation: 'see-also' }]),
    ];
    expect(entriesOf('oval', events)).toEqual(['Cancelled: signing']);
    expect(entriesOf('signing', events)).toEqual(['Cancelled by: oval']);
  });

  it('keeps its own link where both ends are specific, and lists each event once, by date', () => {
    const events = [
      event('round-1', '2025-05-16', [{ id: 'round-2', relation: 'led-to' }]),
      event('round-2', '2025-06-02', [
        { id: 'round-1', relation: 'follows' },
        { id: 'round-3', relation: 'see-also' },
      ]),
      event('round-3', '2025-07-23', [{ id: 'round-2', relation: 'follows' }]),
    ];
    expect(entriesOf('round-2', events)).toEqual(['Follows: round-1', 'Followed by: round-3']);
  });

  it('skips links to events that are not in the data', () => {
    const events = [event('a', '2025-01-01', [{ id: 'gone', relation: 'follows' }])];
    expect(entriesOf('a', events)).toEqual([]);
  });

  it('shows a relation it does not know as it is, even one named like a member of every object', () => {
    // A hand-edited events.json: the validator refuses these relations, the parser checks only for text.
    const odd = [
      { id: 'b', relation: '__proto__' },
      { id: 'c', relation: 'toString' },
    ] as unknown as EventRecord['related'];
    const events = [event('a', '2025-01-01', odd), event('b', '2025-02-01'), event('c', '2025-03-01')];
    expect(entriesOf('a', events)).toEqual(['__proto__: b', 'toString: c']);
    expect(entriesOf('b', events)).toEqual(['__proto__: a']);
  });
});
