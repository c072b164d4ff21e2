import { afterEach, describe, expect, it } from 'vitest';
import { bucketAt, bucketBoundaries, bucketIndex, bucketUnitFor } from './calendar-buckets';

const DAY = 864e5;
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

/** A local date and time, written as the reader's calendar has it. */
const local = (y: number, m: number, d = 1) => new Date(y, m - 1, d).getTime();
const text = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${d.getMinutes()}`;
};

describe('bucketUnitFor', () => {
  it('takes the shortest calendar unit at least as long as asked, and a year beyond', () => {
    expect(bucketUnitFor(DAY / 2)).toBe('day');
    expect(bucketUnitFor(1.5 * DAY)).toBe('week');
    expect(bucketUnitFor(20 * DAY)).toBe('month');
    expect(bucketUnitFor(60 * DAY)).toBe('quarter');
    expect(bucketUnitFor(120 * DAY)).toBe('half-year');
    expect(bucketUnitFor(300 * DAY)).toBe('year');
    expect(bucketUnitFor(3000 * DAY)).toBe('year');
  });
});

describe('bucketBoundaries', () => {
  for (const zone of ['Europe/Kyiv', 'America/New_York', 'Pacific/Kiritimati', 'UTC']) {
    it(`falls on local midnights of the calendar's firsts, across changes of the clocks (${zone})`, () => {
      process.env.TZ = zone;
      const months = bucketBoundaries('month', local(2024, 1, 15), local(2024, 12, 20));
      expect([...months].map(text)).toEqual(Array.from({ length: 13 }, (_, i) => text(local(2024, i + 1))));
      const halves = bucketBoundaries('half-year', local(2020, 12, 31), local(2022, 2));
      expect([...halves].map(text)).toEqual(
        [local(2020, 7), local(2021, 1), local(2021, 7), local(2022, 1), local(2022, 7)].map(text),
      );
      const quarters = bucketBoundaries('quarter', local(2025, 5, 3), local(2025, 9, 30));
      expect([...quarters].map(text)).toEqual([local(2025, 4), local(2025, 7), local(2025, 10)].map(text));
      // Weeks begin on Monday: 3 March 2025 was one.
      const weeks = bucketBoundaries('week', local(2025, 3, 5), local(2025, 3, 12));
      expect([...weeks].map(text)).toEqual(
        [local(2025, 3, 3), local(2025, 3, 10), local(2025, 3, 17)].map(text),
      );
      // A day is a calendar day even when the clocks change in it (30 March 2025 in Europe).
      const days = bucketBoundaries('day', local(2025, 3, 29), local(2025, 3, 31));
      expect([...days].map(text)).toEqual(
        [local(2025, 3, 29), local(2025, 3, 30), local(2025, 3, 31), local(2025, 4, 1)].map(text),
      );
    });
  }

  it('adds months from the first boundary, which does not drift at the end of a month', () => {
    const months = bucketBoundaries('month', local(2025, 1, 31), local(2025, 4, 1));
    expect([...months].map(text)).toEqual(
      [local(2025, 1), local(2025, 2), local(2025, 3), local(2025, 4), local(2025, 5)].map(text),
    );
  });
});

describe('bucketIndex and bucketAt', () => {
  it('places an instant in the bucket that holds it, and none outside them', () => {
    const bounds = bucketBoundaries('month', local(2024, 1), local(2024, 3, 15));
    expect(bucketIndex(bounds, local(2024, 1))).toBe(0);
    expect(bucketIndex(bounds, local(2024, 2) - 1)).toBe(0);
    expect(bucketIndex(bounds, local(2024, 2))).toBe(1);
    expect(bucketIndex(bounds, local(2024, 3, 31))).toBe(2);
    expect(bucketIndex(bounds, local(2023, 12, 31))).toBe(-1);
    expect(bucketIndex(bounds, local(2024, 4))).toBe(-1);
  });

  it('gives the bucket of any instant, for items that began before the window', () => {
    expect(bucketAt('year', local(2019, 6, 6))).toEqual({ start: local(2019, 1), end: local(2020, 1) });
    expect(bucketAt('half-year', local(2019, 8, 6))).toEqual({ start: local(2019, 7), end: local(2020, 1) });
  });
});
