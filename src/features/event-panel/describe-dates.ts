import type { EventRecord } from '../../lib/data/dataset';
import { formatDateRange } from '../../lib/dates/format-partial-date';

/**
 * The event's dates in words, with what became of the plan:
 * "Announced for October 2025 · cancelled 22 October 2025".
 */
export function describeDates(
  event: Pick<EventRecord, 'start' | 'end' | 'status' | 'announced' | 'statusChange'>,
): string[] {
  const when = formatDateRange(event.start, event.end);
  const change = event.statusChange ? formatDateRange(event.statusChange.date) : null;
  const lines: string[] = [];
  switch (event.status) {
    case 'held':
      lines.push(when);
      break;
    case 'planned':
      lines.push(`Planned for ${when}`);
      break;
    case 'postponed':
      lines.push(`Planned for ${when}${change ? ` · postponed ${change}` : ' · postponed'}`);
      break;
    case 'cancelled':
      lines.push(`Announced for ${when}${change ? ` · cancelled ${change}` : ' · cancelled'}`);
      break;
    default:
      lines.push(when);
  }
  if (event.announced) lines.push(`First announced ${formatDateRange(event.announced)}`);
  return lines;
}
