import type { DatasetFile, EventRecord } from '../../lib/data/dataset';
import { normalise } from '../../lib/text/normalise';

/** Every searchable word of an event, normalised once so that each keystroke only scans strings. */
export function searchText(event: EventRecord, vocabulary?: DatasetFile['vocabulary']): string {
  const parts: string[] = [event.title, event.summary, event.id];
  if (event.location) parts.push(event.location.place, event.location.venue ?? '');
  for (const p of event.participants ?? []) parts.push(p.name, p.role);
  parts.push(...(event.outcomes ?? []));
  for (const s of event.sources) parts.push(s.publisher, s.title);
  parts.push(...(event.tags ?? []));
  if (vocabulary) for (const code of event.parties) parts.push(vocabulary.parties[code]?.name ?? code);
  return normalise(parts.join('\n'));
}

/**
 * Numbers without their thousands separators, in the text searched and in the query alike: "1000" finds
 * "1,000-for-1,000", as "1,000" does. Only a comma before a group of exactly three digits is one: "2,3" stays.
 */
function withoutDigitGroups(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** Whether a query term holds a digit, and so is looked for in `numberText`. */
export const hasDigit = (term: string): boolean => /\d/.test(term);

const numberTexts = new WeakMap<EventRecord, { text: string; ungrouped: string }>();

/**
 * An event's search text with its numbers ungrouped, for the query terms that hold a digit. Worked out on
 * the first such search and kept: done for every event when the index is built, it cost 65–130 ms at 50,000
 * events on every load, for searches most readers never make.
 */
export function numberText(event: EventRecord, text: string): string {
  const kept = numberTexts.get(event);
  // Kept for the text it was made from: an index with the vocabulary's names, or one without.
  if (kept?.text === text) return kept.ungrouped;
  const ungrouped = withoutDigitGroups(text);
  numberTexts.set(event, { text, ungrouped });
  return ungrouped;
}

export type SearchIndex = Map<EventRecord, string>;

export function buildSearchIndex(
  events: readonly EventRecord[],
  vocabulary?: DatasetFile['vocabulary'],
): SearchIndex {
  return new Map(events.map((e) => [e, searchText(e, vocabulary)]));
}

/**
 * Words of the query; an event must contain each of them at the start of a word. Punctuation around a
 * word is not part of it: "\"Istanbul talks\"" typed as a phrase, or "Ukraine," pasted from a sentence,
 * finds what the words find (a term without it matches wherever it matched with it). Punctuation inside
 * stays: "28-point", "u.s.".
 */
export function queryTerms(q: string): string[] {
  return withoutDigitGroups(normalise(q)).split(/\s+/).map(trimPunctuation).filter(Boolean);
}

function trimPunctuation(term: string): string {
  let start = 0;
  let end = term.length;
  while (start < end && !isWordCharacter(term.charCodeAt(start))) start++;
  while (end > start && !isWordCharacter(term.charCodeAt(end - 1))) end--;
  return term.slice(start, end);
}

/**
 * A letter or digit as the search sees it, after normalise(): a-z, 0-9, or a letter of another script.
 * The punctuation blocks above Latin-1 (quotes, dashes, CJK punctuation) are not letters.
 */
function isWordCharacter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return !((c >= 0x2000 && c <= 0x206f) || (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f));
}

/**
 * Whether `term` starts a word somewhere in `text` (both normalised): "us" finds "US-mediated", not
 * "Russia" or "discuss". Looking at the character before each match keeps the index as it was built.
 */
export function hasWordStarting(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1))
    if (at === 0 || !isWordCharacter(text.charCodeAt(at - 1))) return true;
  return false;
}
