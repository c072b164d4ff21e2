import type { DatasetFile } from '../../lib/data/dataset';
import type { SkippedEvent } from '../../lib/data/parse-dataset';
import { KIND_LABELS, STATUS_LABELS } from '../../lib/data/labels';
import type { KnownValues } from './url-state';

// Read at load and again by the history listener: built once per dataset (sets over every event).
const cache = new WeakMap<DatasetFile, { skipped: readonly SkippedEvent[]; known: KnownValues }>();

/** No event left out: one array, so that a default argument keeps its identity (hooks' dependencies). */
export const NONE_SKIPPED: readonly SkippedEvent[] = [];

/**
 * What a link may name, from the schema's lists and the loaded data; and the ids of the events the file
 * holds but the app left out (`skipped`), of which a link is told that, not that they are gone.
 */
export function knownValues(
  dataset: DatasetFile,
  skipped: readonly SkippedEvent[] = NONE_SKIPPED,
): KnownValues {
  const cached = cache.get(dataset);
  if (cached && cached.skipped === skipped) return cached.known;
  const events = dataset.events;
  const known: KnownValues = {
    kinds: new Set([...Object.keys(KIND_LABELS), ...events.map((e) => e.kind)]),
    statuses: new Set([...Object.keys(STATUS_LABELS), ...events.map((e) => e.status)]),
    parties: new Set([...Object.keys(dataset.vocabulary.parties), ...events.flatMap((e) => e.parties)]),
    tracks: new Set([...Object.keys(dataset.vocabulary.tracks), ...events.map((e) => e.track)]),
    tags: new Set(events.flatMap((e) => e.tags ?? [])),
    eventIds: new Set(events.map((e) => e.id)),
    // Should two events claim one old id (the validator refuses that), links to it open the later one.
    formerIds: new Map(events.flatMap((e) => (e.formerIds ?? []).map((old) => [old, e.id] as const))),
    skippedIds: new Set(skipped.flatMap((s) => (s.id === undefined ? [] : [s.id]))),
  };
  cache.set(dataset, { skipped, known });
  return known;
}
