import type { EventRecord } from '../../lib/data/dataset';
import { formatPartialDate } from '../../lib/dates/format-partial-date';
import { parsePartialDate } from '../../lib/dates/partial-date';
import { compareKeys } from '../../lib/text/compare-text';

export interface MonthGroup {
  key: string;
  label: string;
  events: EventRecord[];
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
}

// Worked out once per date, not per event and filter change: the list groups every shown event anew
// on each change, and a date's string keeps its hash, so looking it up is cheap.
const months = new Map<string, { year: string; key: string; label: string }>();
function monthOf(start: string): { year: string; key: string; label: string } {
  let m = months.get(start);
  if (!m) {
    const year = start.slice(0, 4);
    const date = parsePartialDate(start);
    m = date?.month
      ? {
          year,
          key: start.slice(0, 7),
          label: formatPartialDate({ year: date.year, month: date.month, precision: 'month' }),
        }
      : { year, key: year, label: `Sometime in ${year}` };
    months.set(start, m);
  }
  return m;
}

/**
 * Groups events (already in chronological order) by year and month. Events known only to the year
 * open their year under "Sometime in 2025", never placed in January.
 */
export function groupByYearAndMonth(events: readonly EventRecord[]): YearGroup[] {
  const years: YearGroup[] = [];
  let last: MonthGroup | undefined;
  for (const event of events) {
    const start = event.start;
    // Most events fall in the month of the one before: no lookup for them.
    if (last && last.key.length === 7 && start.length > 7 && start.startsWith(last.key)) {
      last.events.push(event);
      continue;
    }
    const { year, key, label } = monthOf(start);
    let y = years.at(-1);
    if (!y || y.year !== year) {
      y = { year, months: [] };
      years.push(y);
    }
    let m = y.months.at(-1);
    if (m?.key !== key) m = y.months.find((g) => g.key === key);
    if (!m) {
      m = { key, label, events: [] };
      y.months.push(m);
    }
    m.events.push(event);
    last = m;
  }
  for (const y of years)
    y.months.sort((a, b) => (a.key.length === 4 ? -1 : b.key.length === 4 ? 1 : compareKeys(a.key, b.key)));
  return years;
}
