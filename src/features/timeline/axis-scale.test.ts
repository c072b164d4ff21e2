import { describe, expect, it } from 'vitest';
import { axisScale } from './axis-scale';

const DAY = 864e5;
// A laptop's drawing with the panel closed and open (1366 px wide), and a digit of the axis's font.
const [WIDE, HALF, DIGIT] = [1060, 589, 10];

describe('axisScale', () => {
  it('keeps vis-timeline’s own ticks for a span of days, and of many months or years', () => {
    const own = { showWeekScale: false, maxMinorChars: 7 };
    expect(axisScale(14 * DAY, WIDE, DIGIT)).toMatchObject(own);
    expect(axisScale(7 * DAY, HALF, DIGIT)).toMatchObject(own);
    expect(axisScale(365 * DAY, WIDE, DIGIT)).toMatchObject(own);
    expect(axisScale(4 * 365 * DAY, HALF, DIGIT)).toMatchObject(own);
  });

  it('leaves out the upper row, which would be empty, where the ticks are years, and only there', () => {
    // The whole chronology beside the panel, and on a phone (300 px): years.
    expect(axisScale(4 * 365 * DAY, HALF, DIGIT).showMajorLabels).toBe(false);
    expect(axisScale(4 * 365 * DAY, 300, 8).showMajorLabels).toBe(false);
    // A year on a laptop: months, with the year above them; so are weeks, days and hours.
    for (const days of [365, 92, 31, 14, 7, 1])
      expect(axisScale(days * DAY, WIDE, DIGIT).showMajorLabels, `${days} days`).toBe(true);
    // vis-timeline draws years from a tick of three of its 30-day months: the row goes with them.
    for (let days = 100; days <= 3000; days += 10) {
      const step = ((days * DAY) / WIDE) * DIGIT * 7;
      expect(axisScale(days * DAY, WIDE, DIGIT).showMajorLabels).toBe(step < 90 * DAY);
    }
  });

  it('ticks every other day or every week from two weeks to three months, where it named only months', () => {
    // 1 month on a wide drawing: every other day.
    expect(axisScale(31 * DAY, WIDE, DIGIT)).toMatchObject({ showWeekScale: false, maxMinorChars: 4 });
    // 2 and 3 months on a wide drawing, and 1 to 3 months beside the panel: every week.
    for (const [days, width] of [
      [61, WIDE],
      [92, WIDE],
      [31, HALF],
      [61, HALF],
      [92, HALF],
    ] as const)
      expect(axisScale(days * DAY, width, DIGIT), `${days} days on ${width} px`).toMatchObject({
        showWeekScale: true,
        maxMinorChars: 4,
      });
  });

  it('asks for the week scale only where ticks are weeks, so that days keep their month headings', () => {
    for (let days = 7; days <= 400; days++) {
      const { showWeekScale, maxMinorChars } = axisScale(days * DAY, WIDE, DIGIT);
      const step = ((days * DAY) / WIDE) * DIGIT * maxMinorChars;
      expect(showWeekScale).toBe(step >= 2 * DAY && step < 7 * DAY);
    }
  });
});
