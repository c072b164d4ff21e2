import type { EventRecord } from '../../lib/data/dataset';
import { firstDay, lastDay, parsePartialDate, type Precision } from '../../lib/dates/partial-date';

export interface TimelineItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  /** Unused: the template builds the item's DOM; vis-timeline's types require the field. */
  content: string;
  /** The record itself, for the item template. */
  event: EventRecord;
  precision: Precision;
}

// vis-timeline draws in the reader's local time, so local midnight puts a calendar day where it belongs.
const localMidnight = ([y, m, d]: [number, number, number]) => new Date(y, m - 1, d);
const dayAfter = ([y, m, d]: [number, number, number]) => new Date(y, m - 1, d + 1);

/**
 * Maps an event to a vis-timeline item: a one-day event is a point on its day (lighter than a box, which adds a line and a dot); a multi-day event, or one
 * known only to the month or year, is a range across the whole period so that it is never pinned to the 1st.
 */
export function toTimelineItem(event: EventRecord): TimelineItem | null {
  const start = parsePartialDate(event.start);
  if (!start) return null;
  const end = event.end ? parsePartialDate(event.end) : null;
  const precision = start.precision;
  const isSingleDay = precision === 'day' && (!end || event.end === event.start);
  const className = [
    'tl',
    `tl--kind-${event.kind}`,
    `tl--status-${event.status}`,
    `tl--precision-${precision}`,
  ].join(' ');
  return {
    id: event.id,
    group: event.track,
    start: localMidnight(firstDay(start)),
    ...(isSingleDay ? {} : { end: dayAfter(lastDay(end ?? start)) }),
    type: isSingleDay ? 'point' : 'range',
    className,
    content: '',
    event,
    precision,
  };
}
