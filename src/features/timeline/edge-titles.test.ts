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
    expect(clamp).toEqual({ width: 224, margin: 76, words: true });
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
    expect(edgeClamp(1030, 300, 1060)).toEqual({ width: 28, margin: 272, words: false });
  });
});
