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

// Worked out once per event: the list groups every shown event again on each filter change.
const months = new WeakMap<EventRecord, { key: string; label: string }>();
function monthOf(event: EventRecord): { key: string; label: string } {
  let m = months.get(event);
  if (!m) {
    const year = event.start.slice(0, 4);
    const date = parsePartialDate(event.start);
    m = date?.month
      ? {
          key: event.start.slice(0, 7),
          label: formatPartialDate({ year: date.year, month: date.month, precision: 'month' }),
        }
      : { key: year, label: `Sometime in ${year}` };
    months.set(event, m);
  }
  return m;
}

/**
 * Groups events (already in chronological order) by year and month. Events known only to the year
 * open their year under "Sometime in 2025", never placed in January.
 */
export function groupByYearAndMonth(events: readonly EventRecord[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const year = event.start.slice(0, 4);
    let y = years.at(-1);
    if (!y || y.year !== year) {
      y = { year, months: [] };
      years.push(y);
    }
    const { key, label } = monthOf(event);
    let m = y.months.at(-1);
    if (m?.key !== key) m = y.months.find((g) => g.key === key);
    if (!m) {
      m = { key, label, events: [] };
      y.months.push(m);
    }
    m.events.push(event);
  }
  for (const y of years)
    y.months.sort((a, b) => (a.key.length === 4 ? -1 : b.key.length === 4 ? 1 : compareKeys(a.key, b.key)));
  return years;
}
