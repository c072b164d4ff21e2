import { describe, expect, it } from 'vitest';
import { choosesAgain, type TitleScene } from './title-hold';

const DAY = 864e5;
const shown: readonly unknown[] = [];
/** Nine months on a laptop, no event open. */
const scene: TitleScene = { shown, start: 0, span: 275 * DAY, screenWidth: 1366, eventOpen: false };

describe('choosesAgain', () => {
  it('chooses at first', () => {
    expect(choosesAgain(null, scene)).toBe(true);
  });

  it('keeps the choice as an event opens, is moved into view, and closes', () => {
    const open = { ...scene, eventOpen: true };
    expect(choosesAgain(scene, open)).toBe(false);
    // The move that shows the whole of its title beside the panel.
    const revealed = { ...open, start: 40 * DAY };
    expect(choosesAgain(open, revealed)).toBe(false);
    expect(choosesAgain(revealed, { ...revealed, eventOpen: false })).toBe(false);
    // Another event opened from the panel, or from the timeline beside it.
    expect(choosesAgain(open, { ...open })).toBe(false);
  });

  it('keeps it through a drag, which leaves the span as it was to a millisecond', () => {
    const open = { ...scene, eventOpen: true };
    expect(choosesAgain(open, { ...open, start: 3 * DAY, span: open.span - 1 })).toBe(false);
  });

  it('chooses again on a zoom, a filter, a move with no event open, or a new size of the window', () => {
    for (const eventOpen of [false, true]) {
      const last = { ...scene, eventOpen };
      expect(choosesAgain(last, { ...last, span: 200 * DAY }), 'zoom').toBe(true);
      expect(choosesAgain(last, { ...last, shown: [] }), 'filter').toBe(true);
      expect(choosesAgain(last, { ...last, screenWidth: 1024 }), 'window').toBe(true);
    }
    expect(choosesAgain(scene, { ...scene, start: 30 * DAY }), 'move').toBe(true);
  });
});
