import type { EventRecord } from '../../../lib/data/dataset';
import { statusLabel } from '../../../lib/data/labels';
import { formatDateRange } from '../../../lib/dates/format-partial-date';
import {
  accessedParts,
  AUTHOR,
  DATASET_TITLE,
  formatDay,
  oneLine,
  releaseParts,
  viewText,
  type CitationInput,
} from './citation-input';

/** "16 May 2025", or "October 2025, cancelled" when the event did not take place as dated. */
export function eventDateText(event: EventRecord): string {
  const date = formatDateRange(event.start, event.end);
  return event.status === 'held' ? date : `${date}, ${statusLabel(event.status).toLowerCase()}`;
}

/** A title inside the citation's double quotes: its own quotation marks become single ones, as style guides nest them. */
function quotedTitle(title: string): string {
  const inner = oneLine(title).replace(/"/g, "'").replace(/“/g, '‘').replace(/”/g, '’');
  return `"${inner}"`;
}

/**
 * An author–date citation in the manner of APA's for data sets: author (year of the release). Title.
 * Version. Address (accessed day). "n.d." stands in for the year when the version is not a date.
 *
 *   Diplomatic Timeline (2026). "First round of Russia–Ukraine talks in Istanbul" (16 May 2025).
 *   Event 2025-05-16-istanbul-talks-round-1, dataset version 2026.11.27.
 *   https://example.org/?event=2025-05-16-istanbul-talks-round-1 (accessed 27 November 2026).
 */
export function citationText(input: CitationInput): string {
  const release = releaseParts(input.datasetVersion);
  const head = `${AUTHOR} (${release ? release[0] : 'n.d.'}).`;
  const tail = `${input.permalink} (accessed ${formatDay(accessedParts(input.accessed))}).`;
  const { event } = input;
  if (event) {
    return [
      head,
      `${quotedTitle(event.title)} (${eventDateText(event)}).`,
      `Event ${event.id}, dataset version ${input.datasetVersion}.`,
      tail,
    ].join(' ');
  }
  const view = viewText(input);
  const version = `version ${input.datasetVersion}${view ? `, ${view}` : ''}.`;
  return [head, `${DATASET_TITLE} [Data set],`, version, tail].join(' ');
}
