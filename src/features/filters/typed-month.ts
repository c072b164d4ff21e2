import { monthName, shortMonthName, yearText } from '../../lib/dates/month-names';
import { withoutInvisible } from '../../lib/text/invisible';
import { readLinkDate } from '../url-state/link-dates';

/** The form the date fields hold, given in every message about what could not be read. */
export const MONTH_FORM = 'YYYY-MM, for example 2024-03';

export type TypedMonth = { month: string | null } | { why: string };

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let m = 1; m <= 12; m++)
    if (w === monthName(m).toLowerCase() || w === shortMonthName(m).toLowerCase()) return m;
  // "Sept" is a common abbreviation that the locale's "Sep" does not cover.
  return w === 'sept' ? 9 : null;
}

function month(year: number, m: number): TypedMonth {
  if (m < 1 || m > 12) return { why: 'months run from 01 to 12' };
  return { month: `${yearText(year)}-${pad(m)}` };
}

/**
 * What a reader typed in a date field, as the month the filter uses ("2024-03"), or why it is none.
 * Browsers without a month picker (Firefox, desktop Safari) show these fields as plain text boxes, so
 * a reader may type "March 2024", "03/2024" or "2024": a year stands for its first month in "from"
 * and its last in "to", as in a link; a day stands for its month. Empty text clears the field.
 */
export function readTypedMonth(text: string, bound: 'from' | 'to'): TypedMonth {
  // Text copied from a web page may carry a soft hyphen or a mark of direction the reader cannot see.
  const t = withoutInvisible(text).trim().replace(/\s+/g, ' ');
  if (t === '') return { month: null };

  const iso = readLinkDate(t);
  if ('date' in iso) return month(iso.date.year, iso.date.month ?? (bound === 'from' ? 1 : 12));
  if (iso.why !== null) return { why: iso.why };

  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return month(Number(m[2]), Number(m[1]));

  m = /^([a-z]+\.?),? (\d{4})$/i.exec(t) ?? null;
  if (m) {
    const n = monthNumber(m[1]!);
    if (n !== null) return month(Number(m[2]), n);
  }
  m = /^(\d{4}),? ([a-z]+\.?)$/i.exec(t);
  if (m) {
    const n = monthNumber(m[2]!);
    if (n !== null) return month(Number(m[1]), n);
  }
  return { why: `type a month as ${MONTH_FORM}` };
}
