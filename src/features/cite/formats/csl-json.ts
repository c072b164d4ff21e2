import type { EventRecord } from '../../../lib/data/dataset';
import { kindLabel, statusLabel } from '../../../lib/data/labels';
import { parsePartialDate, type PartialDate } from '../../../lib/dates/partial-date';
import {
  accessedParts,
  AUTHOR,
  capitalise,
  DATASET_TITLE,
  datasetCitationId,
  eventPlace,
  oneLine,
  releaseParts,
  viewText,
  type CitationInput,
} from './citation-input';

/** CSL-JSON date: one array of parts, or two for a range; parts stop at the precision known. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields used here (CSL 1.0.2, where "event" and "dataset" are item types). */
export interface CslItem {
  id: string;
  type: 'event' | 'dataset';
  title: string;
  author: { literal: string }[];
  'container-title'?: string;
  genre?: string;
  issued?: CslDate;
  accessed: CslDate;
  'event-date'?: CslDate;
  'event-place'?: string;
  URL: string;
  version: string;
  note?: string;
}

function parts(d: PartialDate): number[] {
  return [d.year, d.month, d.day].filter((n): n is number => n !== undefined);
}

/** "2025-10" gives [[2025, 10]]; a range gives its two ends. Nothing when the start is not a date. */
export function cslEventDate(event: EventRecord): CslDate | undefined {
  const start = parsePartialDate(event.start);
  if (!start) return undefined;
  const end = event.end === undefined || event.end === event.start ? null : parsePartialDate(event.end);
  return { 'date-parts': end ? [parts(start), parts(end)] : [parts(start)] };
}

/** The CSL-JSON item for the event, or for the dataset or the current view of it. */
export function cslItem(input: CitationInput): CslItem {
  const release = releaseParts(input.datasetVersion);
  const common = {
    author: [{ literal: AUTHOR }],
    ...(release ? { issued: { 'date-parts': [release] } } : {}),
    accessed: { 'date-parts': [accessedParts(input.accessed)] },
    URL: input.permalink,
    version: input.datasetVersion,
  };
  const { event } = input;
  if (event) {
    const place = eventPlace(event, input.vocabulary);
    const eventDate = cslEventDate(event);
    return {
      id: event.id,
      type: 'event',
      title: oneLine(event.title),
      ...common,
      'container-title': DATASET_TITLE,
      genre: kindLabel(event.kind),
      ...(eventDate ? { 'event-date': eventDate } : {}),
      ...(place ? { 'event-place': place } : {}),
      note: `Event ${event.id}${event.status === 'held' ? '' : `; ${statusLabel(event.status).toLowerCase()}`}`,
    };
  }
  const view = viewText(input);
  return {
    id: datasetCitationId(input),
    type: 'dataset',
    title: DATASET_TITLE,
    ...common,
    ...(view ? { note: capitalise(view) } : {}),
  };
}

/** A CSL-JSON file: an array holding the one item, as Zotero, Pandoc and citeproc read it. */
export function citationCslJson(input: CitationInput): string {
  return JSON.stringify([cslItem(input)], null, 2) + '\n';
}
