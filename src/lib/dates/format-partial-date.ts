import { dayMonthYear, monthName, yearText } from './month-names';
import { parsePartialDate, type PartialDate } from './partial-date';

/** "2025", "October 2025" or "16 October 2025": the date at exactly the precision it has. */
export function formatPartialDate(d: PartialDate): string {
  switch (d.precision) {
    case 'year':
      return yearText(d.year);
    case 'month':
      return dayMonthYear({ year: d.year, month: d.month! });
    case 'day':
      return dayMonthYear({ year: d.year, month: d.month!, day: d.day! });
  }
}

/** Formats a start and optional end, folding shared parts: "23–25 March 2025", "15 May – 2 June 2025". */
export function formatDateRange(start: string, end?: string): string {
  const s = parsePartialDate(start);
  if (!s) return start;
  const e = end === undefined ? null : parsePartialDate(end);
  if (!e || end === start) return formatPartialDate(s);
  if (s.precision === 'day' && e.precision === 'day') {
    if (s.year === e.year && s.month === e.month) {
      return `${s.day}–${formatPartialDate(e)}`;
    }
    if (s.year === e.year) {
      return `${dayMonthYear({ month: s.month!, day: s.day! })} – ${formatPartialDate(e)}`;
    }
  }
  if (s.precision === 'month' && e.precision === 'month' && s.year === e.year) {
    return `${monthName(s.month!)} – ${formatPartialDate(e)}`;
  }
  return `${formatPartialDate(s)} – ${formatPartialDate(e)}`;
}
