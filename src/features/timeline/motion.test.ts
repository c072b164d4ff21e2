import { describe, expect, it } from 'vitest';
import { moveOptions, moveOptionsNow } from './motion';

describe('moveOptions', () => {
  it('eases the move by default and not at all when the reader asks for less motion', () => {
    expect(moveOptions(false).animation).toMatchObject({ duration: 250 });
    expect(moveOptions(true).animation).toBe(false);
  });
});

describe('moveOptionsNow', () => {
  it('reads the reader’s setting at each call', () => {
    let reduce = false;
    const queries: string[] = [];
    const matchMedia = (query: string) => {
      queries.push(query);
      return { matches: reduce };
    };
    expect(moveOptionsNow(matchMedia).animation).not.toBe(false);
    reduce = true;
    expect(moveOptionsNow(matchMedia).animation).toBe(false);
    expect(queries).toEqual(['(prefers-reduced-motion: reduce)', '(prefers-reduced-motion: reduce)']);
  });

  it('animates where there is no media query to ask', () => {
    expect(moveOptionsNow(undefined).animation).not.toBe(false);
  });
});
