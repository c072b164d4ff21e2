import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, findEventId, tidyEventId } from './find-event-id';

const known = {
  eventIds: new Set([
    '2025-10-budapest-summit',
    '2025-05-16-istanbul-talks-round-1',
    '2025-05-16-istanbul-talks-round-2',
  ]),
  formerIds: new Map([['2025-05-16-istanbul-talks', '2025-05-16-istanbul-talks-round-1']]),
};

describe('tidyEventId', () => {
  it('takes off what chat and mail add around a link, and nothing of the id', () => {
    expect(tidyEventId('2025-10-budapest-summit.')).toBe('2025-10-budapest-summit');
    expect(tidyEventId('2025-10-budapest-summit).')).toBe('2025-10-budapest-summit');
    expect(tidyEventId('“2025-10-budapest-summit”,')).toBe('2025-10-budapest-summit');
    expect(tidyEventId(' 2025-10-budapest-summit/ ')).toBe('2025-10-budapest-summit');
    expect(tidyEventId('<2025-10-budapest-summit>')).toBe('2025-10-budapest-summit');
    expect(tidyEventId('2025-10-budapest-summit')).toBe('2025-10-budapest-summit');
    expect(tidyEventId('...')).toBe('');
  });

  it('reads a link’s very long run of such characters before a letter at once, not in seconds', () => {
    // A hostile link: each run tried from each of its characters took 30 s at 100,000 (the page froze).
    for (const id of ['.'.repeat(100_000) + 'a', ' '.repeat(100_000) + 'a', ')'.repeat(50_000) + 'a.']) {
      const started = performance.now();
      expect(tidyEventId(id)).toBe(id.replace(/^[ ]+/, '').replace(/\.$/, ''));
      expect(findEventId(id, known)).toEqual({ found: null });
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});

describe('findEventId', () => {
  it('finds an id as written first, then tidied, then in any case', () => {
    expect(findEventId('2025-10-budapest-summit', known)).toEqual({
      found: '2025-10-budapest-summit',
      tidied: false,
    });
    expect(findEventId('2025-10-budapest-summit!', known)).toEqual({
      found: '2025-10-budapest-summit',
      tidied: true,
    });
    expect(findEventId('2025-10-BUDAPEST-SUMMIT', known)).toEqual({
      found: '2025-10-budapest-summit',
      tidied: true,
    });
    expect(findEventId('2025-05-16-ISTANBUL-talks', known)).toEqual({
      found: '2025-05-16-istanbul-talks',
      tidied: true,
    });
  });

  it('finds an id that mail or chat broke with invisible characters, and says it was tidied', () => {
    // A zero-width space or a soft hyphen that a mail program put in to wrap a long address, a mark of
    // direction pasted with it: none is part of any id, and none can be seen in the address bar.
    for (const id of [
      '2025-10-buda\u200Bpest-summit',
      '2025-10-buda\u00ADpest-summit',
      '\u202E2025-10-budapest-summit',
      '2025-10-budapest\u2066-summit\u2069',
      '2025-10-budapest-summit\u200B).',
    ])
      expect(findEventId(id, known), JSON.stringify(id)).toEqual({
        found: '2025-10-budapest-summit',
        tidied: true,
      });
    // Then in any case, and an earlier id, and a slip away, as for an id without them.
    expect(findEventId('2025-10-BUDA\u200Bpest-summit', known)).toEqual({
      found: '2025-10-budapest-summit',
      tidied: true,
    });
    expect(findEventId('2025-05-16-istan\u00ADbul-talks', known)).toEqual({
      found: '2025-05-16-istanbul-talks',
      tidied: true,
    });
    expect(findEventId('2025-10-budap\u200Bset-summit', known)).toEqual({
      found: null,
      nearest: '2025-10-budapest-summit',
    });
    expect(findEventId('\u200B\u00AD', known)).toEqual({ found: null });
  });

  it('finds an id with capitals in a dataset that has them', () => {
    const odd = { eventIds: new Set(['2025-Odd-Id']), formerIds: new Map<string, string>() };
    expect(findEventId('2025-odd-id', odd)).toEqual({ found: '2025-Odd-Id', tidied: true });
  });

  it('offers the one id a slip away, and none when two are as near', () => {
    expect(findEventId('2025-10-budapset-summit', known)).toEqual({
      found: null,
      nearest: '2025-10-budapest-summit',
    });
    expect(findEventId('2025-10-budapest-summmit.', known)).toEqual({
      found: null,
      nearest: '2025-10-budapest-summit',
    });
    // Round 3 is one letter from rounds 1 and 2: neither is offered.
    expect(findEventId('2025-05-16-istanbul-talks-round-3', known)).toEqual({ found: null });
    // Three slips are too many.
    expect(findEventId('2025-10-budapest-sxxxt', known)).toEqual({ found: null });
    expect(findEventId('', known)).toEqual({ found: null });
    expect(findEventId(')', known)).toEqual({ found: null });
  });
});

/** The plain dynamic-programming distance with swaps of neighbours, to check the banded one against. */
function plainDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts additions, removals, changes and swaps of neighbours as one edit each', () => {
    expect(editDistance('summit', 'summit', 2)).toBe(0);
    expect(editDistance('summit', 'sumit', 2)).toBe(1);
    expect(editDistance('summit', 'summmit', 2)).toBe(1);
    expect(editDistance('summit', 'sammit', 2)).toBe(1);
    expect(editDistance('summit', 'sumimt', 2)).toBe(1);
    expect(editDistance('summit', 'smumti', 2)).toBe(2);
    expect(editDistance('summit', 'talks', 2)).toBe(3);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });

  it('agrees with the plain distance up to the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, limit) => {
          expect(editDistance(a, b, limit)).toBe(Math.min(plainDistance(a, b), limit + 1));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
