// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { axisScale, followAxisScale } from './axis-scale';

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
    ] as const) {
      const scale = axisScale(days * DAY, width, DIGIT);
      expect(scale.showWeekScale, `${days} days on ${width} px`).toBe(true);
      // Room for the day of the month, and a character more just past two days (below).
      expect([4, 5], `${days} days on ${width} px`).toContain(scale.maxMinorChars);
    }
  });

  it('asks for the week scale only where ticks are weeks, so that days keep their month headings', () => {
    for (let days = 7; days <= 400; days++) {
      const { showWeekScale, maxMinorChars } = axisScale(days * DAY, WIDE, DIGIT);
      const step = ((days * DAY) / WIDE) * DIGIT * maxMinorChars;
      expect(showWeekScale).toBe(step >= 2 * DAY && step < 7 * DAY);
    }
  });

  it('where it asks for the week scale past two days, vis-timeline ticks weeks though it measures a few pixels otherwise', () => {
    // vis-timeline's choice (TimeStep.setMinimumStep) between a tick every other day and one every week.
    // With the week scale on and a tick every other day it heads the days on each Monday with its month:
    // "September 2025" over 29 September to 12 October, at 1440 px.
    const visTicks = (days: number, width: number, chars: number, weeks: boolean) => {
      const step = ((days * DAY) / width) * DIGIT * chars;
      return step < 2 * DAY ? 'days' : weeks && step < 7 * DAY ? 'weeks' : 'months';
    };
    // From every other day to weeks (a week's ticks end at about 185 days on this drawing).
    for (let days = 20; days <= 120; days += 0.05) {
      const { showWeekScale, maxMinorChars } = axisScale(days * DAY, WIDE, DIGIT);
      if (!showWeekScale) continue;
      for (const width of [WIDE - 3, WIDE, WIDE + 3])
        expect(visTicks(days, width, maxMinorChars, true), `${days.toFixed(2)} days on ${width} px`).toBe(
          'weeks',
        );
    }
  });
});

describe('followAxisScale', () => {
  // Set in the first drawing's `changed` event, the options had vis-timeline draw every item a second
  // time before the page was first painted: they are set as soon as the timeline exists.
  it('sets the axis for the opening window at once, before the timeline draws anything', () => {
    const element = document.createElement('div');
    const part = (className: string, parent: HTMLElement) =>
      parent.appendChild(Object.assign(document.createElement('div'), { className }));
    part('vis-panel vis-center', element);
    part('vis-text vis-minor vis-measure', part('vis-time-axis', element));
    Object.defineProperty(element.querySelector('.vis-center'), 'clientWidth', { value: 1059 });
    Object.defineProperty(element.querySelector('.vis-measure'), 'clientWidth', { value: 10 });
    const axisOptions: unknown[] = [];
    const emitted: string[] = [];
    const timeline = {
      getWindow: () => ({ start: new Date('2020-07-01'), end: new Date('2025-09-01') }),
      timeAxis: { setOptions: (o: unknown) => axisOptions.push(o) },
      emit: (event: string) => emitted.push(event),
      on: () => undefined,
      off: () => undefined,
    } as unknown as Timeline;
    const stop = followAxisScale(timeline, element);
    expect(axisOptions).toEqual([{ showWeekScale: false, maxMinorChars: 7, showMajorLabels: false }]);
    expect(emitted).toEqual(['_change']);
    stop();
  });
});
