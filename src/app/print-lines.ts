import { eventCount } from '../lib/text/count-phrase';
import { formatCount } from '../lib/text/format-count';

/**
 * The lines printed above a view, which the screen shows in the filter bar and the address bar (both
 * left off paper): which events the page holds, and the address that reopens it. An open event is
 * printed alone, so its page gives only the address.
 */
export function printLines({
  shown,
  total,
  description,
  eventOpen,
  address,
}: {
  shown: number;
  total: number;
  /** The filters in words (describeFilters), empty when none is set. */
  description: string;
  eventOpen: boolean;
  address: string;
}): string[] {
  const lines: string[] = [];
  if (!eventOpen)
    lines.push(
      `Showing ${formatCount(shown)} of ${eventCount(total)}${description ? `. ${description}.` : ''}`,
    );
  lines.push(`Printed from ${address}`);
  return lines;
}
