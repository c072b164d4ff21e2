import { describe, expect, it } from 'vitest';
import { outOfSpanMessage, spanAnnouncement, spanText } from './span-words';
import { item } from './timeline-item.fixture';

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('spanText', () => {
  it('names a span of months by its months, with the year once where they share it', () => {
    expect(spanText(new Date(2024, 2, 10), new Date(2025, 5, 20))).toBe('March 2024 to June 2025');
    expect(spanText(new Date(2025, 2, 1), new Date(2025, 6, 1))).toBe('March to July 2025');
  });

  it('names a span of weeks by its days', () => {
    expect(spanText(new Date(2025, 4, 1), new Date(2025, 4, 15))).toBe('1 to 15 May 2025');
    expect(spanText(new Date(2025, 3, 15), new Date(2025, 5, 15))).toBe('15 April to 15 June 2025');
    expect(spanText(new Date(2024, 11, 20), new Date(2025, 0, 10))).toBe(
      '20 December 2024 to 10 January 2025',
    );
  });

  it('is said as a sentence', () => {
    expect(spanAnnouncement(new Date(2024, 2, 10), new Date(2025, 5, 20))).toBe(
      'The timeline shows March 2024 to June 2025.',
    );
  });
});

describe('outOfSpanMessage', () => {
  const witkoff = [item('a', '2025-02-11'), item('b', '2025-08-06'), item('c', '2026-03-01', '2026-03-03')];
  const dec2025 = { start: at(2025, 12, 1), end: at(2026, 2, 1) };

  it('says where the shown events are when none is in the span', () => {
    expect(outOfSpanMessage(witkoff, dec2025)).toBe(
      'None of the 3 shown events is in this span: they run from February 2025 to March 2026. Fit all shows them.',
    );
    expect(outOfSpanMessage([item('a', '2025-03-02'), item('b', '2025-03-20')], dec2025)).toBe(
      'None of the 2 shown events is in this span: they are all in March 2025. Fit all shows them.',
    );
  });

  it('names the date of a single shown event', () => {
    expect(outOfSpanMessage([item('bennett', '2022-03-05')], dec2025)).toBe(
      'The one event shown, 5 March 2022, is not in this span. Fit all shows it.',
    );
    expect(outOfSpanMessage([item('plan', '2025-10')], dec2025)).toBe(
      'The one event shown, October 2025, is not in this span. Fit all shows it.',
    );
  });

  it('says nothing once an event is in view, in whole or in part, or when none is shown', () => {
    expect(outOfSpanMessage(witkoff, { start: at(2025, 8, 1), end: at(2025, 9, 1) })).toBeNull();
    // A range that began before the span and ends inside it.
    expect(outOfSpanMessage(witkoff, { start: at(2026, 3, 2), end: at(2026, 5, 1) })).toBeNull();
    // A point on the span's edge.
    expect(outOfSpanMessage(witkoff, { start: at(2025, 2, 11), end: at(2025, 3, 1) })).toBeNull();
    expect(outOfSpanMessage([], dec2025)).toBeNull();
  });

  it('does not count a range that ended the midnight the span begins', () => {
    const ended = [item('c', '2026-03-01', '2026-03-03')];
    expect(outOfSpanMessage(ended, { start: at(2026, 3, 4), end: at(2026, 4, 1) })).not.toBeNull();
  });
});
