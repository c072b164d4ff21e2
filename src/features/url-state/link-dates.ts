import { dayMonthYear } from '../../lib/dates/month-names';
import {
  daysInMonth,
  PARTIAL_DATE_PATTERN,
  parsePartialDate,
  type PartialDate,
} from '../../lib/dates/partial-date';

/**
 * A date a link gives, or why it is none. `why` is null for text not written as a date at all: the
 * caller names the form it wants. Otherwise it says in plain words what is wrong with a date that
 * has the form, for a notice.
 */
export function readLinkDate(value: string): { date: PartialDate } | { why: string | null } {
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return { why: null };
  const [, y, mm, dd] = m;
  // The date inputs cannot hold year 0 (1 BC), and no event of the war is near it: a slip, not a date.
  if (Number(y) === 0) return { why: 'there is no year 0: the calendar goes from 1 BC to AD 1' };
  const date = parsePartialDate(value);
  if (date) return { date };
  const month = Number(mm);
  if (month < 1 || month > 12 || dd === undefined) return { why: 'months run from 01 to 12' };
  return {
    why: `the days of ${dayMonthYear({ year: Number(y), month })} run from 01 to ${daysInMonth(Number(y), month)}`,
  };
}
