import { enUS } from 'date-fns/locale/en-US';

// The names come from date-fns's English locale. Its `format` would add its whole token engine (about
// 4 kB gzip) to the first download for the three patterns the app writes, which these cover.

/** "January" … "December", for a month numbered 1–12. */
export function monthName(month: number): string {
  return enUS.localize.month((month - 1) as Parameters<typeof enUS.localize.month>[0], { width: 'wide' });
}

/** "Jan" … "Dec", for a month numbered 1–12. */
export function shortMonthName(month: number): string {
  return enUS.localize.month((month - 1) as Parameters<typeof enUS.localize.month>[0], {
    width: 'abbreviated',
  });
}

/** "16 October 2025", "16 October" without the year, "October 2025" without the day. */
export function dayMonthYear(date: { year?: number; month: number; day?: number }): string {
  const parts = [date.day, monthName(date.month), date.year].filter((p) => p !== undefined);
  return parts.join(' ');
}
