import { describe, expect, it } from 'vitest';
import { fitTooltip, TOOLTIP_GAP, TOOLTIP_MARGIN } from './tooltip-place';

const viewport = { width: 1280, height: 800 };
const size = { width: 300, height: 50 };

describe('fitTooltip', () => {
  it('puts the tooltip just below its item, where the anchor says, when it fits', () => {
    expect(fitTooltip({ x: 200, top: 100, bottom: 128 }, size, viewport)).toEqual({
      x: 200,
      y: 128 + TOOLTIP_GAP,
    });
  });

  it('moves it left so that it ends inside the window rather than being squeezed at its edge', () => {
    const { x } = fitTooltip({ x: 1192, top: 100, bottom: 128 }, size, viewport);
    expect(x + size.width).toBe(viewport.width - TOOLTIP_MARGIN);
  });

  it('never moves it past the left edge, even when it is as wide as the window', () => {
    const wide = { width: 400, height: 50 };
    expect(fitTooltip({ x: 300, top: 100, bottom: 128 }, wide, { width: 320, height: 640 }).x).toBe(
      TOOLTIP_MARGIN,
    );
  });

  it('puts it above an item at the foot of the window, still clear of the item', () => {
    const { y } = fitTooltip({ x: 200, top: 772, bottom: 800 }, size, viewport);
    expect(y).toBe(772 - TOOLTIP_GAP - size.height);
    expect(y + size.height).toBeLessThanOrEqual(772);
  });

  it('stays below when there is no room above either', () => {
    const tall = { width: 300, height: 500 };
    expect(fitTooltip({ x: 200, top: 300, bottom: 328 }, tall, { width: 1280, height: 600 }).y).toBe(
      328 + TOOLTIP_GAP,
    );
  });
});
