import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';
import { exportedAddress } from '../../../lib/safe-url';
import { fileInSlices, inParts, type Pause } from './slices';

/** data/events.json's shape, with a note of the view it was exported from. */
export interface JsonExport extends Omit<DatasetFile, 'events'> {
  events: readonly DatasetFile['events'][number][];
  /** In words, the filter that chose these events, e.g. "Kind: summit; 2025". */
  filter?: string;
  /** The address that reopens the view the events were exported from. */
  permalink?: string;
}

export interface JsonOptions {
  filter?: string;
  permalink?: string;
}

type Source = EventRecord['sources'][number];

/**
 * The event with every address the page will not link to withheld (see exportedAddress): sources and
 * their archived copies, and the sources named by a status change and by each account of a discrepancy.
 * The same object when it has none, as every event that came through the validator.
 */
function withAddressesWithheld(event: EventRecord): EventRecord {
  const withheld = (value: string) => exportedAddress(value) !== value;
  const unsafe =
    event.sources.some((s) => withheld(s.url) || (s.archiveUrl !== undefined && withheld(s.archiveUrl))) ||
    (event.statusChange !== undefined && withheld(event.statusChange.source)) ||
    (event.discrepancies ?? []).some((d) => d.accounts.some((a) => withheld(a.source)));
  if (!unsafe) return event;
  const source = (s: Source): Source => ({
    ...s,
    url: exportedAddress(s.url),
    ...(s.archiveUrl !== undefined ? { archiveUrl: exportedAddress(s.archiveUrl) } : {}),
  });
  return {
    ...event,
    sources: event.sources.map(source) as EventRecord['sources'],
    ...(event.statusChange
      ? { statusChange: { ...event.statusChange, source: exportedAddress(event.statusChange.source) } }
      : {}),
    ...(event.discrepancies
      ? {
          discrepancies: event.discrepancies.map((d) => ({
            ...d,
            accounts: d.accounts.map((a) => ({ ...a, source: exportedAddress(a.source) })),
          })) as EventRecord['discrepancies'],
        }
      : {}),
  };
}

/** Indentation of an event in the file: the events array's items stand two levels in. */
const ITEM_INDENT = '    ';

/**
 * The file in fragments, one after the other, as JSON.stringify(file, null, 2) writes it: its head, up to
 * the events array, then the events of each part. A string's line breaks are written as \n, so every line
 * break in an event's text is the layout's own, and indenting each line puts the event at its depth.
 */
function* jsonFragments(
  events: readonly EventRecord[],
  dataset: Pick<DatasetFile, 'version' | 'generatedAt' | 'vocabulary'>,
  options: JsonOptions,
): Generator<string> {
  const file: JsonExport = {
    version: dataset.version,
    generatedAt: dataset.generatedAt,
    ...(options.filter !== undefined ? { filter: options.filter } : {}),
    ...(options.permalink !== undefined ? { permalink: options.permalink } : {}),
    vocabulary: dataset.vocabulary,
    // Last, so that the events written after it close the file.
    events: [],
  };
  const whole = JSON.stringify(file, null, 2);
  if (events.length === 0) {
    yield `${whole}\n`;
    return;
  }
  const empty = '[]\n}';
  yield `${whole.slice(0, -empty.length)}[\n`;
  let first = true;
  for (const part of inParts(events)) {
    const items = part.map(
      (e) =>
        ITEM_INDENT + JSON.stringify(withAddressesWithheld(e), null, 2).replace(/\n/g, `\n${ITEM_INDENT}`),
    );
    yield (first ? '' : ',\n') + items.join(',\n');
    first = false;
  }
  yield '\n  ]\n}\n';
}

/**
 * The given events in the shape of data/events.json, so that whatever reads the full dataset reads an
 * export too. Version, build time and vocabulary are the dataset's own: the export is a subset of that
 * release, not a new one. The events keep the order they are given in. An address the page will not link
 * to is withheld, as in every export.
 */
export function eventsToJson(
  events: readonly EventRecord[],
  dataset: Pick<DatasetFile, 'version' | 'generatedAt' | 'vocabulary'>,
  options: JsonOptions = {},
): string {
  return [...jsonFragments(events, dataset, options)].join('');
}

/** eventsToJson's file, written in slices with a pause between them (see fileInSlices). */
export function eventsToJsonInSlices(
  events: readonly EventRecord[],
  dataset: Pick<DatasetFile, 'version' | 'generatedAt' | 'vocabulary'>,
  options: JsonOptions,
  pause: Pause,
): Promise<Blob> {
  return fileInSlices(jsonFragments(events, dataset, options), 'application/json;charset=utf-8', pause);
}
