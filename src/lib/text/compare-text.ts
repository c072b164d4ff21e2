import { normalise } from './normalise.ts';

/** Plain code-unit order, for ids, keys and ISO dates, where every character is ASCII. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Alphabetical order for labels, folding case and accents ("Türkiye" beside "Turkey"), ties broken by
 * the exact text so that the order is total. Not `localeCompare`: its first call loads ICU's collator,
 * which cost 8–15 ms of the first page load, for labels that are English anyway.
 */
export function compareText(a: string, b: string): number {
  return compareKeys(normalise(a), normalise(b)) || compareKeys(a, b);
}
