import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_GRACE_MS, hoverGrace } from './tooltip-hover';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setUp() {
  const hide = vi.fn();
  return { hide, grace: hoverGrace(hide) };
}

describe('hoverGrace', () => {
  it('hides the tooltip once the pointer has left its item for the grace delay', () => {
    const { hide, grace } = setUp();
    grace.enter('item');
    grace.leave('item');
    vi.advanceTimersByTime(HOVER_GRACE_MS - 1);
    expect(hide).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hide).toHaveBeenCalledTimes(1);
  });

  it('keeps it while the pointer crosses from the item onto it and rests there', () => {
    const { hide, grace } = setUp();
    grace.enter('item');
    grace.leave('item');
    vi.advanceTimersByTime(HOVER_GRACE_MS - 50);
    grace.enter('tooltip');
    vi.advanceTimersByTime(10 * HOVER_GRACE_MS);
    expect(hide).not.toHaveBeenCalled();
    grace.leave('tooltip');
    vi.advanceTimersByTime(HOVER_GRACE_MS);
    expect(hide).toHaveBeenCalledTimes(1);
  });

  it('keeps it when the tooltip is entered before the item is reported left', () => {
    const { hide, grace } = setUp();
    grace.enter('item');
    grace.enter('tooltip');
    grace.leave('item');
    vi.advanceTimersByTime(10 * HOVER_GRACE_MS);
    expect(hide).not.toHaveBeenCalled();
  });

  it('calls off the hide when the pointer reaches another item (which shows its own tooltip)', () => {
    const { hide, grace } = setUp();
    grace.enter('item');
    grace.leave('item');
    grace.enter('item');
    vi.advanceTimersByTime(10 * HOVER_GRACE_MS);
    expect(hide).not.toHaveBeenCalled();
  });

  it('ignores a leave it was not told of the enter of: that tooltip came with the focus', () => {
    const { hide, grace } = setUp();
    grace.leave('item');
    grace.leave('tooltip');
    vi.advanceTimersByTime(10 * HOVER_GRACE_MS);
    expect(hide).not.toHaveBeenCalled();
  });

  it('forgets a pointer resting on a tooltip hidden by other means, and any hide to come', () => {
    const { hide, grace } = setUp();
    grace.enter('tooltip');
    // Escape takes the tooltip from under the pointer: no leave will be reported for it.
    grace.reset();
    grace.enter('item');
    grace.leave('item');
    vi.advanceTimersByTime(HOVER_GRACE_MS);
    expect(hide).toHaveBeenCalledTimes(1);

    grace.enter('item');
    grace.leave('item');
    grace.reset();
    vi.advanceTimersByTime(10 * HOVER_GRACE_MS);
    expect(hide).toHaveBeenCalledTimes(1);
  });
});
