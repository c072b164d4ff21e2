import type { EventRecord } from '../../lib/data/dataset';
import { toTimelineItem, type TimelineItem } from './to-timeline-item';

/** A timeline item for an event of that id and dates, the rest of it as any event has it. */
export const item = (id: string, start: string, end?: string): TimelineItem =>
  toTimelineItem({
    id,
    start,
    ...(end ? { end } : {}),
    title: id,
    kind: 'meeting',
    status: 'held',
    track: 'us-russia',
  } as unknown as EventRecord)!;
