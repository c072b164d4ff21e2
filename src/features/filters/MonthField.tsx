import { useState } from 'react';
import { quoteValue } from '../../lib/text/quote-value';
import { setFilters } from '../../store/app-store';
import { readTypedMonth } from './typed-month';

export interface MonthFieldState {
  /** What the box shows: the text being typed, or the month the filter applies. */
  text: string;
  /** Why the text typed is not applied, once the reader has left the box; empty otherwise. */
  problem: string;
  invalid: boolean;
  onChange: (text: string) => void;
  onBlur: () => void;
  onKeyDown: (key: string) => void;
}

/**
 * One end of the date filter. Where the browser has a month picker its value is always a month or
 * empty; where it has none (Firefox, desktop Safari) the box takes any text, and this reads it
 * (readTypedMonth). Only a month that was read is applied, so that the count, the link, the citation
 * and the exports never describe a filter the events were not filtered by; text that cannot be read
 * stays in the box, unapplied, and is named once the reader leaves the box or presses Enter, not at
 * every keystroke.
 */
export function useMonthField(bound: 'from' | 'to', label: string, applied: string | null): MonthFieldState {
  // The text typed, while it is not simply the applied month; null shows the applied month.
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(applied);
  // Whether the reader has finished typing for now (left the box, or pressed Enter).
  const [settled, setSettled] = useState(true);
  let typed = draft;
  // The month changed elsewhere (a link, Back, "Clear all filters"): the box follows it.
  if (seen !== applied) {
    setSeen(applied);
    setDraft(null);
    typed = null;
  }
  const read = typed === null ? null : readTypedMonth(typed, bound);
  const why = read !== null && 'why' in read ? read.why : null;

  return {
    text: typed ?? applied ?? '',
    problem: why !== null && settled ? `${label}: ${quoteValue(typed!)} is not applied: ${why}.` : '',
    invalid: why !== null && settled,
    onChange: (text) => {
      const r = readTypedMonth(text, bound);
      const month = 'month' in r ? r.month : null;
      setDraft(text === (month ?? '') ? null : text);
      setSettled(false);
      setSeen(month);
      if (month !== applied) setFilters({ [bound]: month });
    },
    onKeyDown: (key) => {
      if (key === 'Enter') setSettled(true);
    },
    onBlur: () => {
      setSettled(true);
      // "March 2024", once read, is shown as the month it was read as.
      if (read !== null && 'month' in read) setDraft(null);
    },
  };
}

export function MonthField({ label, field }: { label: string; field: MonthFieldState }) {
  return (
    <label>
      <span>{label}</span>
      <input
        type="month"
        // Seen only where the browser shows a text box instead of a month picker.
        placeholder="YYYY-MM"
        value={field.text}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
        onKeyDown={(e) => field.onKeyDown(e.key)}
        aria-invalid={field.invalid || undefined}
        aria-describedby="date-range-hint"
      />
    </label>
  );
}
