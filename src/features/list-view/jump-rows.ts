import type { ListRow } from './list-rows';

/** Each year of the list with the row of its heading, in order. */
export function yearRows(rows: readonly ListRow[]): { year: string; row: number }[] {
  const years: { year: string; row: number }[] = [];
  rows.forEach((row, i) => {
    if (row.type === 'year') years.push({ year: row.year, row: i });
  });
  return years;
}

/**
 * The row of the heading of `month` ("2025-10") if the list has events in it, else of the first month
 * after it that has some; -1 when no event is as late. Events known only to the year belong to no month
 * and are passed over.
 */
export function monthRowFrom(rows: readonly ListRow[], month: string): number {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.type !== 'month') continue;
    const key = row.key.slice(2);
    if (key.length === 7 && key >= month) return i;
  }
  return -1;
}

/**
 * The row of the heading an address's fragment names: a year's ("#list-year-2024") or a month's
 * ("#list-month-2025-10"), as the list's headings are named; -1 for any other fragment.
 */
export function headingRowOf(rows: readonly ListRow[], hash: string): number {
  const year = /^#list-year-(\d{4})$/.exec(hash)?.[1];
  const month = /^#list-month-(\d{4}-\d{2})$/.exec(hash)?.[1];
  if (year === undefined && month === undefined) return -1;
  return rows.findIndex((row) =>
    year !== undefined
      ? row.type === 'year' && row.year === year
      : row.type === 'month' && row.key === `m:${month}`,
  );
}
