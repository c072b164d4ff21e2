import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spanAnnouncer } from './span-announcer';

const span = (a: number, b: number) => ({ start: new Date(a), end: new Date(b) });

/** An announcer whose window, as it is, starts at `now`; `said` gets the start of each span said. */
function announcerAt(now: number) {
  const said: number[] = [];
  const announcer = spanAnnouncer(
    (s) => said.push(s.start.getTime()),
    () => span(now, now + 1),
  );
  return { a: announcer, said };
}

describe('spanAnnouncer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('says the span a move settles on, once', () => {
    const { a, said } = announcerAt(0);
    a.moveAndSay(() => a.changing(false));
    a.settled(span(5, 6));
    a.settled(span(7, 8));
    vi.advanceTimersByTime(1000);
    expect(said).toEqual([5]);
  });

  it('says the span as it is when a press moves nothing', () => {
    const { a, said } = announcerAt(3);
    a.moveAndSay(() => undefined);
    vi.advanceTimersByTime(499);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([3]);
  });

  it('waits for a move that has begun, however long its easing', () => {
    const { a, said } = announcerAt(3);
    a.moveAndSay(() => a.changing(false));
    vi.advanceTimersByTime(2000);
    expect(said).toEqual([]);
    a.settled(span(9, 10));
    expect(said).toEqual([9]);
  });

  it('says nothing of a drag that takes over, nor of a move the reader made alone', () => {
    const { a, said } = announcerAt(3);
    a.changing(true);
    a.settled(span(1, 2));
    a.moveAndSay(() => a.changing(false));
    a.changing(true);
    a.settled(span(5, 6));
    vi.advanceTimersByTime(1000);
    expect(said).toEqual([]);
  });

  it('says only the last of two quick presses', () => {
    const { a, said } = announcerAt(3);
    a.moveAndSay(() => undefined);
    vi.advanceTimersByTime(300);
    a.moveAndSay(() => a.changing(false));
    vi.advanceTimersByTime(300);
    a.settled(span(7, 8));
    vi.advanceTimersByTime(1000);
    expect(said).toEqual([7]);
  });

  it('says nothing once stopped', () => {
    const { a, said } = announcerAt(3);
    a.moveAndSay(() => undefined);
    a.stop();
    vi.advanceTimersByTime(1000);
    expect(said).toEqual([]);
  });
});
