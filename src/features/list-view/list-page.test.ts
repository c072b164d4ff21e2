import { describe, expect, it } from 'vitest';
import { entriesToDraw, LIST_PAGE, WHOLE_LIST } from './list-page';

describe('entriesToDraw', () => {
  it('draws a page of a long list, and more as more is asked for', () => {
    expect(entriesToDraw(10_000, LIST_PAGE)).toBe(LIST_PAGE);
    expect(entriesToDraw(10_000, 3 * LIST_PAGE)).toBe(3 * LIST_PAGE);
    expect(entriesToDraw(WHOLE_LIST + 1, LIST_PAGE)).toBe(LIST_PAGE);
  });

  it('never draws more than there is', () => {
    expect(entriesToDraw(WHOLE_LIST + 10, 10 * LIST_PAGE)).toBe(WHOLE_LIST + 10);
  });

  it('draws a short list whole, however little was asked for', () => {
    expect(entriesToDraw(7, LIST_PAGE)).toBe(7);
    expect(entriesToDraw(0, LIST_PAGE)).toBe(0);
    expect(entriesToDraw(WHOLE_LIST, LIST_PAGE)).toBe(WHOLE_LIST);
  });

  it('always draws down to the selected entry', () => {
    expect(entriesToDraw(10_000, LIST_PAGE, 4_321)).toBe(4_322);
    expect(entriesToDraw(10_000, LIST_PAGE, 3)).toBe(LIST_PAGE);
  });

  it('draws everything once asked for everything', () => {
    expect(entriesToDraw(10_000, Number.POSITIVE_INFINITY)).toBe(10_000);
  });
});
