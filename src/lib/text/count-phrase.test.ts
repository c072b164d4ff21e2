import { describe, expect, it } from 'vitest';
import { countOf, eventCount, isOrAre } from './count-phrase';

describe('count phrases', () => {
  it('uses the singular for one and the plural for every other count', () => {
    expect(eventCount(1)).toBe('1 event');
    expect(eventCount(0)).toBe('0 events');
    expect(eventCount(2)).toBe('2 events');
    expect(eventCount(10_000)).toBe('10,000 events');
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
    expect(countOf(3, 'source')).toBe('3 sources');
  });

  it('agrees the verb with the count', () => {
    expect(`${eventCount(1)} ${isOrAre(1)}`).toBe('1 event is');
    expect(`${eventCount(4)} ${isOrAre(4)}`).toBe('4 events are');
  });
});
