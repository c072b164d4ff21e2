import { describe, expect, it } from 'vitest';
import { entriesToDraw, LIST_PAGE } from './list-page';

describe('entriesToDraw', () => {
  it('draws a page of a long list', () => {
    expect(entriesToDraw(10_000, LIST_PAGE)).toBe(LIST_PAGE);
    expect(entriesToDraw(10_000, 3 * LIST_PAGE)).toBe(3 * LIST_PAGE);
  });

  it('draws a short list whole', () => {
    expect(entriesToDraw(7, LIST_PAGE)).toBe(7);
    expect(entriesToDraw(0, LIST_PAGE)).toBe(0);
  });

  it('brings a tail of half a page or less along, but not a longer one', () => {
    expect(entriesToDraw(LIST_PAGE + 4, LIST_PAGE)).toBe(LIST_PAGE + 4);
    expect(entriesToDraw(LIST_PAGE + LIST_PAGE / 2, LIST_PAGE)).toBe(LIST_PAGE + LIST_PAGE / 2);
    expect(entriesToDraw(LIST_PAGE + LIST_PAGE / 2 + 1, LIST_PAGE)).toBe(LIST_PAGE);
  });

  it('always draws down to the selected entry', () => {
    expect(entriesToDraw(10_000, LIST_PAGE, 4_321)).toBe(4_322);
    expect(entriesToDraw(10_000, LIST_PAGE, 3)).toBe(LIST_PAGE);
  });

  it('draws everything once asked for everything (printing)', () => {
    expect(entriesToDraw(10_000, Number.POSITIVE_INFINITY)).toBe(10_000);
  });
});
