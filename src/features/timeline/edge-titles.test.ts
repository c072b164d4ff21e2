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
    expect(clamp).toEqual({ width: 224, margin: 76 });
    expect(834 + clamp.width).toBe(1058);
    expect(clamp.width + clamp.margin).toBe(300);
  });

  it('leaves alone an item that starts past the edge, out of sight', () => {
    expect(edgeClamp(1060, 300, 1060)).toBeNull();
    expect(edgeClamp(1200, 300, 1060)).toBeNull();
  });
});
