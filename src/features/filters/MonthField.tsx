import { useState } from 'react';
import { quoteValue } from '../../lib/text/quote-value';
import { requestFit, setFilters, typeFilter } from '../../store/app-store';
import { readTypedMonth } from './typed-month';

export interface MonthFieldState {
  /** What the box shows: the text being typed, or the month the filter applies. */
  text: string;
  /** Why the text typed is not applied, once the reader is done typing; empty otherwise. */
  problem: string;
  invalid: boolean;
  /** Whether the box holds text that is not the month applied ("Clear all filters" then has work to do). */
  pending: boolean;
  /** The new value of the box, and whether the browser's own month picker gave it. */
  onChange: (text: string, fromPicker: boolean) => void;
  onBlur: () => void;
  onKeyDown: (key: string) => void;
  /** Drops the text typed, for "Clear all filters". */
  reset: () => void;
}

/**
 * One end of the date filter. Where the browser has a month picker its value is always a month or
 * empty, and is applied at once. Where it has none (Firefox, desktop Safari) the box takes any text,
 * which is read (readTypedMonth) when the reader is done: on leaving the box or pressing Enter. Applied
 * at every keystroke, "2024-03" typed key by key would filter by 2024 (January), then by nothing, then
 * by March, each a step of Back. Only a month that was read is applied, so that the count, the link,
 * the citation and the exports never describe a filter the events were not filtered by; text that
 * cannot be read stays in the box, unapplied, and is named.
 */
export function useMonthField(bound: 'from' | 'to', label: string, applied: string | null): MonthFieldState {
  // The text typed, while it is not simply the applied month; null shows the applied month.
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(applied);
  // Whether the reader is done typing for now (left the box, or pressed Enter).
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

  // A month committed (Enter, leaving the box) is a step of history; a picker's keystroke is typing, and a
  // burst of them (a year's four digits, arrow presses) is one step.
  const apply = (month: string | null, typing = false) => {
    setSeen(month);
    if (month === applied) return;
    if (typing) typeFilter(bound, month);
    else setFilters({ [bound]: month });
    // The events of the new range may all lie outside the span the timeline shows.
    requestFit();
  };
  const settle = () => {
    setSettled(true);
    if (read === null) return;
    if ('month' in read) {
      // "March 2024", once read, is shown as the month it was read as.
      setDraft(null);
      apply(read.month);
    } else {
      // The box no longer shows the month applied before: neither may the filter.
      apply(null);
    }
  };

  return {
    text: typed ?? applied ?? '',
    problem: why !== null && settled ? `${label}: ${quoteValue(typed!)} is not applied: ${why}.` : '',
    invalid: why !== null && settled,
    pending: typed !== null,
    onChange: (text, fromPicker) => {
      if (fromPicker) {
        setDraft(null);
        apply(text === '' ? null : text, true);
        return;
      }
      setDraft(text === (applied ?? '') ? null : text);
      setSettled(false);
    },
    onKeyDown: (key) => {
      if (key === 'Enter') settle();
    },
    onBlur: settle,
    reset: () => {
      setDraft(null);
      setSettled(true);
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
        // A browser without a month picker gives the box the type "text" (HTMLInputElement.type).
        onChange={(e) => field.onChange(e.target.value, e.target.type === 'month')}
        onBlur={field.onBlur}
        onKeyDown={(e) => field.onKeyDown(e.key)}
        aria-invalid={field.invalid || undefined}
        aria-describedby="date-range-hint"
      />
    </label>
  );
}
