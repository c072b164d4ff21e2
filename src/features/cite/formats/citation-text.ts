import { monthName, yearText } from '../../../lib/dates/month-names';
import {
  accessedParts,
  AUTHOR,
  DATASET_TITLE,
  oneLine,
  releaseParts,
  viewText,
  type CitationInput,
  type DateParts,
} from './citation-input';

/** APA's sentence case capitalises the first word after a colon: "…: A source-linked chronology …". */
const APA_DATASET_TITLE = DATASET_TITLE.replace(/: (\p{Ll})/u, (_, c: string) => `: ${c.toUpperCase()}`);

/**
 * "(2026)", the release's year (APA dates a published data set by its year; the version gives the day), or
 * "(n.d.)" when the version is not a date.
 */
function apaDate(release: DateParts | null): string {
  return release ? `(${yearText(release[0])})` : '(n.d.)';
}

/** "Retrieved November 27, 2026, from https://…": APA gives no full stop after a URL. */
function retrieved(input: CitationInput): string {
  const [year, month, day] = accessedParts(input.accessed);
  return `Retrieved ${monthName(month)} ${day}, ${yearText(year)}, from ${input.permalink}`;
}

/**
 * A reference in APA Style, 7th edition: the author (the project, which is also the site, so the site is not
 * named again), the release year, the title with a description in square brackets, the version, a retrieval
 * date (the app serves only the latest release, so what the address shows changes) and the address. An event
 * is an entry "In" the data set, as APA cites an entry of a dictionary; the data set or a view of it is cited
 * as a data set (§10.9). Plain text has no italics: the data set's title would be set in them.
 *
 *   Diplomatic Timeline. (2026). First round of Russia–Ukraine talks in Istanbul [Data set
 *   entry]. In Diplomatic Timeline: A source-linked chronology of Russia–Ukraine war diplomacy (Version
 *   2026.11.27). Retrieved November 27, 2026, from https://example.org/?event=2025-05-16-istanbul-talks-round-1
 */
export function citationText(input: CitationInput): string {
  const head = `${AUTHOR}. ${apaDate(releaseParts(input.datasetVersion))}.`;
  const version = `(Version ${oneLine(input.datasetVersion)})`;
  const { event } = input;
  if (event) {
    return [
      head,
      `${oneLine(event.title)} [Data set entry].`,
      `In ${APA_DATASET_TITLE} ${version}.`,
      retrieved(input),
    ].join(' ');
  }
  const view = viewText(input);
  return [
    head,
    `${APA_DATASET_TITLE} ${version} [Data set${view ? `, ${view}` : ''}].`,
    retrieved(input),
  ].join(' ');
}
