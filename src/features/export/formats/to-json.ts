import type { DatasetFile, EventRecord } from '../../../lib/data/dataset';

/** data/events.json's shape, with a note of the view it was exported from. */
export interface JsonExport extends Omit<DatasetFile, 'events'> {
  events: readonly DatasetFile['events'][number][];
  /** In words, the filter that chose these events, e.g. "Kind: summit; 2025". */
  filter?: string;
}

export interface JsonOptions {
  filter?: string;
}

/**
 * The given events in the shape of data/events.json, so that whatever reads the full dataset reads an
 * export too. Version, build time and vocabulary are the dataset's own: the export is a subset of that
 * release, not a new one. The events keep the order they are given in.
 */
export function eventsToJson(
  events: readonly EventRecord[],
  dataset: Pick<DatasetFile, 'version' | 'generatedAt' | 'vocabulary'>,
  options: JsonOptions = {},
): string {
  const file: JsonExport = {
    version: dataset.version,
    generatedAt: dataset.generatedAt,
    ...(options.filter !== undefined ? { filter: options.filter } : {}),
    vocabulary: dataset.vocabulary,
    events,
  };
  return JSON.stringify(file, null, 2) + '\n';
}
