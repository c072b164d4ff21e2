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

// Years before 1000 keep four digits, as dates are written in the data and in links: "January 1" would
// read as a day, not as a month of the year 1.
export const yearText = (year: number) => String(year).padStart(4, '0');

/** "16 October 2025", "16 October" without the year, "October 2025" without the day. */
export function dayMonthYear(date: { year?: number; month: number; day?: number }): string {
  const year = date.year === undefined ? undefined : yearText(date.year);
  const parts = [date.day, monthName(date.month), year].filter((p) => p !== undefined);
  return parts.join(' ');
}
