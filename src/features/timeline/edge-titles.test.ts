import { describe, expect, it } from 'vitest';
import { edgeClamp } from './edge-titles';

describe('edgeClamp', () => {
  it('leaves a title that ends inside the drawing whole', () => {
    expect(edgeClamp(100, 300, 1060)).toBeNull();
    expect(edgeClamp(758, 300, 1060)).toBeNull();
  });

  it('shortens one that runs past the right edge to end 2 px before it, keeping its width for vis-timeline', () => {
    // "Trump–Putin summit in Anchorage, Alaska", 300 px from 834 px in a drawing of 1,060.
    const clamp = edgeClamp(834, 300, 1060)!;
    expect(clamp).toEqual({ width: 224, margin: 76, words: true, badge: false });
    expect(834 + clamp.width).toBe(1058);
    expect(clamp.width + clamp.margin).toBe(300);
  });

  it('leaves alone an item that starts past the edge, out of sight', () => {
    expect(edgeClamp(1060, 300, 1060)).toBeNull();
    expect(edgeClamp(1200, 300, 1060)).toBeNull();
  });
});

describe('edgeClamp, with little room left', () => {
  it('keeps the words where a few letters fit, and leaves the mark alone where they do not ("★ T…")', () => {
    expect(edgeClamp(834, 300, 1060)!.words).toBe(true);
    // 28 px: the mark, its gap and padding, and not one letter and its ellipsis.
    expect(edgeClamp(1030, 300, 1060)).toEqual({ width: 28, margin: 272, words: false, badge: false });
  });
});

describe('edgeClamp, for an event with a status badge', () => {
  // "Planned signing of the US–Ukraine minerals deal" and its 78 px "Cancelled": 400 px in all.
  it('keeps the badge whole and shortens the title the more', () => {
    const clamp = edgeClamp(800, 400, 1060, 78)!;
    expect(clamp).toEqual({ width: 258, margin: 142, words: true, badge: true });
  });

  it('keeps the mark and the badge where no two letters fit beside them', () => {
    // 138 px: the mark (33), the badge (78) and its gap, and 22 px, not two letters and their ellipsis.
    expect(edgeClamp(920, 400, 1060, 78)).toMatchObject({ width: 138, words: false, badge: true });
    // Room enough for both.
    expect(edgeClamp(900, 400, 1060, 78)).toMatchObject({ width: 158, words: true, badge: true });
  });

  it('with no room for the badge, shows two letters (struck through, if cancelled), else the mark alone', () => {
    expect(edgeClamp(1000, 400, 1060, 78)).toMatchObject({ width: 58, words: true, badge: false });
    expect(edgeClamp(1020, 400, 1060, 78)).toMatchObject({ width: 38, words: false, badge: false });
  });
});
