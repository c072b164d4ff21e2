import { formatDateRange } from '../../lib/dates/format-partial-date';
import { dayMonthYear, monthName } from '../../lib/dates/month-names';
import { anyInWindow } from './fit-window';
import type { TimelineItem } from './to-timeline-item';
import { formatCount } from '../../lib/text/format-count';

const DAY = 24 * 60 * 60 * 1000;

/** Below this width a span is named to the day ("20 April to 15 May 2025"); above it, to the month. */
const NAMED_BY_DAY = 100 * DAY;

/** The calendar day of a local instant, as the timeline draws it. */
const calendar = (d: Date) => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/** Two months, with the year once where they share it: "March to June 2025", "March 2024 to June 2025". */
function monthsText(first: Date, last: Date): string {
  const a = calendar(first);
  const b = calendar(last);
  if (a.year === b.year && a.month === b.month) return dayMonthYear({ year: a.year, month: a.month });
  if (a.year === b.year) return `${monthName(a.month)} to ${dayMonthYear({ year: b.year, month: b.month })}`;
  return `${dayMonthYear({ year: a.year, month: a.month })} to ${dayMonthYear({ year: b.year, month: b.month })}`;
}

/**
 * A visible span in words: to the day for a span of weeks ("1 to 15 May 2025", "20 April to 15 May
 * 2025"), to the month for a longer one ("March 2024 to June 2025"). The end is the day it falls on,
 * as the address writes it.
 */
export function spanText(start: Date, end: Date): string {
  if (end.getTime() - start.getTime() >= NAMED_BY_DAY) return monthsText(start, end);
  const a = calendar(start);
  const b = calendar(end);
  if (a.year !== b.year) return `${dayMonthYear(a)} to ${dayMonthYear(b)}`;
  if (a.month !== b.month) return `${dayMonthYear({ month: a.month, day: a.day })} to ${dayMonthYear(b)}`;
  if (a.day === b.day) return dayMonthYear(a);
  return `${a.day} to ${dayMonthYear(b)}`;
}

/** What a screen reader hears once a toolbar button has moved the timeline. */
export function spanAnnouncement(start: Date, end: Date): string {
  return `The timeline shows ${spanText(start, end)}.`;
}

/**
 * What the timeline says when its window holds none of the events shown (but some are): where they
 * are, and the button that brings them. Null when one is in view, or when there is none to show (the
 * filters' own message says so then).
 */
export function outOfSpanMessage(
  items: readonly TimelineItem[],
  window: { start: number; end: number },
): string | null {
  if (items.length === 0 || anyInWindow(items, window)) return null;
  if (items.length === 1) {
    const { event } = items[0]!;
    return `The one event shown, ${formatDateRange(event.start, event.end)}, is not in this span. Fit all shows it.`;
  }
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    first = Math.min(first, item.start.getTime());
    // A range ends at the midnight after its last day: the millisecond before is still that day.
    last = Math.max(last, item.end ? item.end.getTime() - 1 : item.start.getTime());
  }
  const [from, to] = [new Date(first), new Date(last)];
  const same = calendar(from).year === calendar(to).year && calendar(from).month === calendar(to).month;
  const where = same ? `they are all in ${monthsText(from, to)}` : `they run from ${monthsText(from, to)}`;
  return `None of the ${formatCount(items.length)} shown events is in this span: ${where}. Fit all shows them.`;
}
