/**
 * Dates in the dataset carry their precision in the value: "2025", "2025-10" or "2025-10-16".
 * They are calendar dates, not instants: nothing here goes through a time zone, so a day never
 * shifts for a reader east or west of the event.
 */
// With its extension, as is compare-text's own import: the data build, which vite.config.ts loads, uses
// this file, and Vite's config loader warns about an import without one on every start and build.
import { compareKeys } from '../text/compare-text.ts';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, absent at year precision */
  month?: number;
  /** 1–31, absent at year and month precision */
  day?: number;
  precision: Precision;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", the parts captured; whether they make a real date is parsePartialDate's question. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it free of the local zone, and
  // setUTCFullYear keeps the years 0 to 99 as they are (Date.UTC reads them as 1900 to 1999).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Parses a dataset date; returns null for anything that is not a real calendar date. */
export function parsePartialDate(value: unknown): PartialDate | null {
  if (typeof value !== 'string') return null;
  const m = PARTIAL_DATE_PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** First calendar day covered by the date, as [year, month, day]. */
export function firstDay(d: PartialDate): [number, number, number] {
  return [d.year, d.month ?? 1, d.day ?? 1];
}

/** Last calendar day covered by the date: "2025-10" covers up to 31 October. */
export function lastDay(d: PartialDate): [number, number, number] {
  const month = d.month ?? 12;
  return [d.year, month, d.day ?? daysInMonth(d.year, month)];
}

function dayKey([y, m, d]: [number, number, number]): number {
  return y * 10000 + m * 100 + d;
}

/** Orders by first day, then by precision (a whole month sorts before its days). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const diff = dayKey(firstDay(a)) - dayKey(firstDay(b));
  if (diff !== 0) return diff;
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };
  return rank[a.precision] - rank[b.precision];
}

/** True when an event ending at `end` can follow a start at `start`: the end period must not finish before the start period begins. */
export function isEndNotBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return dayKey(lastDay(end)) >= dayKey(firstDay(start));
}

/** Compares dataset date strings; invalid values sort last so that nothing is dropped. */
export function compareDateStrings(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return (pa ? 0 : 1) - (pb ? 0 : 1) || compareKeys(a, b);
  return comparePartialDates(pa, pb);
}
