import type { DatasetFile } from '../../lib/data/dataset';
import { kindLabel, statusLabel } from '../../lib/data/labels';
import { formatDateRange } from '../../lib/dates/format-partial-date';
import { withoutInvisible } from '../../lib/text/invisible';
import { tagLabel } from '../../lib/text/tag-label';
import type { Filters } from './filters';

/**
 * The chosen parties, saying whether an event needs one of them or all of them: a citation of
 * "every US–Russia meeting" must not read as one of every meeting of either.
 */
function describeParties(f: Filters, vocabulary?: DatasetFile['vocabulary']): string {
  const names = f.parties.map((p) => vocabulary?.parties[p]?.name ?? p);
  if (names.length === 1) return `party: ${names[0]}`;
  if (f.partyMode === 'any') return `parties: any of ${names.join(', ')}`;
  if (names.length === 2) return `parties: both ${names[0]} and ${names[1]}`;
  return `parties: all of ${names.join(', ')}`;
}

/**
 * What choosing a party from an event says to a screen reader: the parties the view now needs, in a
 * citation's words ("Filtered by parties: both United States and Russia."), not the one just chosen.
 */
export const filteredByParties = (f: Filters, vocabulary?: DatasetFile['vocabulary']) =>
  `Filtered by ${describeParties(f, vocabulary)}.`;

/** The same for a tag: the tags the view now shows any of, not only the one just chosen. */
export function filteredByTags(f: Filters): string {
  const names = f.tags.map(tagLabel);
  return names.length === 1
    ? `Filtered by tag: ${names[0]}.`
    : `Filtered by tags: any of ${names.join(', ')}.`;
}

/**
 * The filters in words, for citations and exports: "Kind: summit, call; from October 2025". Empty when
 * none. `threadTitle` names the event whose thread is shown (its id without it).
 */
export function describeFilters(
  f: Filters,
  vocabulary?: DatasetFile['vocabulary'],
  threadTitle?: string | null,
): string {
  const parts: string[] = [];
  // The words go into citations, exports and print, which quote the search text on one line with the
  // address after it: a bidi control in it (from a link, or pasted) would run that line backwards.
  const q = withoutInvisible(f.q).trim();
  if (q) parts.push(`search “${q}”`);
  // A title is the dataset's text, which no one checks for such characters either.
  if (f.thread !== null) parts.push(`thread of “${withoutInvisible(threadTitle ?? f.thread).trim()}”`);
  if (f.kinds.length) parts.push(`kind: ${f.kinds.map((k) => kindLabel(k).toLowerCase()).join(', ')}`);
  if (f.statuses.length)
    parts.push(`status: ${f.statuses.map((s) => statusLabel(s).toLowerCase()).join(', ')}`);
  if (f.tracks.length)
    parts.push(`track: ${f.tracks.map((t) => vocabulary?.tracks[t]?.name ?? t).join(', ')}`);
  if (f.parties.length) parts.push(describeParties(f, vocabulary));
  if (f.tags.length) parts.push(`tag: ${f.tags.map(tagLabel).join(', ')}`);
  if (f.from && f.to) parts.push(`${formatDateRange(f.from)} to ${formatDateRange(f.to)}`);
  else if (f.from) parts.push(`from ${formatDateRange(f.from)}`);
  else if (f.to) parts.push(`until ${formatDateRange(f.to)}`);
  const text = parts.join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '';
}
