import type { Timeline } from 'vis-timeline/esnext';

const DAY = 24 * 60 * 60 * 1000;

/** What the time axis needs to choose its ticks and rows: vis-timeline's options of that name. */
export interface AxisScale {
  showWeekScale: boolean;
  maxMinorChars: number;
  showMajorLabels: boolean;
}

/** vis-timeline's own: room for seven characters between two ticks. */
const WIDE = 7;
/** Enough for the day of the month ("14") that the day and week ticks write. */
const NARROW = 4;
/** vis-timeline's ticks are years from a step of three of its 30-day months (TimeStep.setMinimumStep). */
const YEAR_TICKS = 90 * DAY;

/**
 * The axis options for a span of `spanMs` drawn `widthPx` wide, with a digit `charWidthPx` wide.
 *
 * vis-timeline puts its ticks at the smallest step (a day, two days, a month…) that leaves room for
 * `maxMinorChars` characters, and between two days and a month it has no step but the week, which it
 * leaves out unless told. So from about two weeks to three months on a laptop (a month on the half the
 * event panel leaves) the axis showed only the names of the months, and an event's day could not be
 * read from it. In that range the ticks here are every second day or every week, written as the day of
 * the month, which needs only four characters of room; the month and year stand above them. Wider and
 * closer spans keep vis-timeline's ticks as they were. The week scale is asked for only where it is
 * used: with it on, the day ticks would be grouped under a heading on every Monday instead of on the
 * first of each month.
 *
 * Where the ticks are years, the axis's upper row, which names the year above months and the month above
 * days, has nothing to name (vis-timeline's format for it is empty) but kept its height: an empty band
 * of 30 px (25 on a phone) at the top of the timeline and of its copy (sticky-axis.ts). It is turned off
 * there, and the axis is one row.
 */
export function axisScale(spanMs: number, widthPx: number, charWidthPx: number): AxisScale {
  const stepFor = (chars: number) => (spanMs / Math.max(widthPx, 1)) * charWidthPx * chars;
  // Days, or hours, with vis-timeline's own room: as before.
  const wide = stepFor(WIDE);
  if (wide < 2 * DAY) return { showWeekScale: false, maxMinorChars: WIDE, showMajorLabels: true };
  const narrow = stepFor(NARROW);
  if (narrow < 2 * DAY) return { showWeekScale: false, maxMinorChars: NARROW, showMajorLabels: true };
  // Just past two days, vis-timeline, which measures the drawing a pixel or two otherwise, could still tick
  // every other day, and with the week scale on it headed them on Mondays by month ("September 2025" over
  // 29 September to 12 October): a fifth character of room there takes its step well past two days.
  if (narrow < 7 * DAY)
    return {
      showWeekScale: true,
      maxMinorChars: narrow < 2.2 * DAY ? NARROW + 1 : NARROW,
      showMajorLabels: true,
    };
  // Months, as before, with their years above; years alone.
  return { showWeekScale: false, maxMinorChars: WIDE, showMajorLabels: wide < YEAR_TICKS };
}

/**
 * Gives the options to the time axis alone and has the timeline drawn again (in the coming frame, with
 * the drawing a move has already asked for). The timeline's own setOptions would hand them to every
 * part of it, and its lanes were drawn anew: an item that had the focus lost it (closing the event
 * panel gives the focus back to the event's item, and its wider drawing crosses into weeks). The e2e
 * test e2e/timeline-axis.spec.ts fails if a new version of vis-timeline stops taking them this way.
 */
function setAxisOptions(timeline: Timeline, options: AxisScale): void {
  const inside = timeline as unknown as {
    timeAxis?: { setOptions?: (options: AxisScale) => void };
    emit?: (event: string) => void;
  };
  if (inside.timeAxis?.setOptions && inside.emit) {
    inside.timeAxis.setOptions(options);
    inside.emit('_change');
  } else timeline.setOptions(options);
}

/** The unit of the axis's ticks ('day', 'week', 'month', 'year'…), as vis-timeline's axis chose it. */
function minorScale(timeline: Timeline): string | undefined {
  return (timeline as unknown as { timeAxis?: { step?: { scale?: string } } }).timeAxis?.step?.scale;
}

/** Room kept between a label moved to the axis's left edge and that edge, or the next tick, in px. */
const LABEL_INSET_PX = 4;

/**
 * Keeps the timeline's axis options to what axisScale says for its span and width: on every move (the
 * options are set before the frame that draws the move) and after every redraw (a new width); and
 * hides the minor labels that their width or the axis's edges would cut (or moves one the left edge cuts
 * to that edge), and the major ones the right edge would cut. Returns a function that stops it.
 */
export function followAxisScale(timeline: Timeline, element: HTMLElement): () => void {
  let current: AxisScale = { showWeekScale: false, maxMinorChars: WIDE, showMajorLabels: true };
  const update = () => {
    const center = element.querySelector<HTMLElement>('.vis-panel.vis-center');
    const digit = element.querySelector<HTMLElement>('.vis-time-axis .vis-text.vis-minor.vis-measure');
    if (!center || center.clientWidth === 0) return;
    const { start, end } = timeline.getWindow();
    const next = axisScale(end.getTime() - start.getTime(), center.clientWidth, digit?.clientWidth || 10);
    if (
      next.showWeekScale === current.showWeekScale &&
      next.maxMinorChars === current.maxMinorChars &&
      next.showMajorLabels === current.showMajorLabels
    )
      return;
    current = next;
    setAxisOptions(timeline, next);
  };
  // A week's tick just before the first of a month has a label only as wide as the days between
  // them: "30" cut to "3" read as the wrong day. A label its width cuts is hidden instead. So is one
  // the axis's right edge cuts, its tick too near the end: on a phone, with few labels, "ul" for July or
  // a sliver of "2" read as words of their own. Where the ticks are months or years, one the left edge
  // cuts names the period the window starts in, so it moves to that edge where there is room for it before
  // the next tick, as the major labels do ("2022" over the first months of the chronology); where there is
  // none, or where it is a day's number, it is hidden.
  // The upper row's labels (the month or year above the ticks) are hidden where the right edge cuts them
  // too: Latest at 1280 px left July 2026's tick 10 px from it, and the row read 'J'. vis-timeline itself
  // keeps the first of them whole at the left edge.
  const hideCut = () => {
    const axis = element.querySelector<HTMLElement>('.vis-panel.vis-top');
    const labels = [
      ...element.querySelectorAll<HTMLElement>(
        '.vis-time-axis .vis-text.vis-minor:not(.vis-measure), .vis-time-axis .vis-text.vis-major:not(.vis-measure)',
      ),
    ];
    const periods = ['month', 'year'].includes(minorScale(timeline) ?? '');
    // Every width read before any label is changed: one layout for the axis, not one per label.
    const edges = axis?.getBoundingClientRect();
    const range = document.createRange();
    const fates = labels.map((label): 'whole' | 'cut' | number => {
      if (label.scrollWidth > label.clientWidth + 1) return 'cut';
      if (!edges) return 'whole';
      const box = label.getBoundingClientRect();
      // Only a label whose box crosses an edge needs its text measured.
      if (box.left >= edges.left && box.right <= edges.right) return 'whole';
      range.selectNodeContents(label);
      const text = range.getBoundingClientRect();
      if (text.width === 0) return 'whole';
      if (text.right > edges.right + 0.5) return 'cut';
      if (text.left >= edges.left - 0.5 || label.classList.contains('vis-major')) return 'whole';
      // A day's or a week's number names the point of its tick: moved, '13' stood over the 15th.
      if (!periods) return 'cut';
      // Its period runs to the label's right end, the next tick: the words must end before it.
      const shift = edges.left - text.left + LABEL_INSET_PX;
      return text.right + shift <= Math.min(box.right, edges.right) - LABEL_INSET_PX ? shift : 'cut';
    });
    labels.forEach((label, i) => {
      const fate = fates[i];
      if (typeof fate === 'number') {
        // vis-timeline writes the label's place as a translate on each drawing: this moves it on from there.
        label.style.transform = `translateX(${fate}px) ${label.style.transform}`;
      }
      const cut = fate === 'cut';
      if (cut !== (label.style.visibility === 'hidden')) label.style.visibility = cut ? 'hidden' : '';
    });
  };
  const afterRedraw = () => {
    update();
    hideCut();
  };
  // Once now, while the timeline is built but holds no items yet: set later, in the first drawing's
  // `changed` event, the options had vis-timeline draw every item a second time, at once, before the
  // page was first painted; here that second drawing is of the empty lanes.
  update();
  timeline.on('rangechange', update);
  timeline.on('changed', afterRedraw);
  return () => {
    timeline.off('rangechange', update);
    timeline.off('changed', afterRedraw);
  };
}
