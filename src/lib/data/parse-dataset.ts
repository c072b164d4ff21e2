import { parsePartialDate } from '../dates/partial-date';
import type { DatasetFile, EventRecord } from './dataset';

export interface SkippedEvent {
  index: number;
  id?: string;
  reason: string;
}

export type ParseResult =
  { ok: true; dataset: DatasetFile; skipped: SkippedEvent[] } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function eventProblem(e: unknown): string | null {
  if (!isObject(e)) return 'not an object';
  for (const field of ['id', 'title', 'summary', 'kind', 'status', 'track', 'start'] as const) {
    if (!isString(e[field]) || e[field] === '') return `"${field}" is missing or not text`;
  }
  if (!parsePartialDate(e.start)) return '"start" is not a date';
  if (e.end !== undefined && !parsePartialDate(e.end)) return '"end" is not a date';
  if (!Array.isArray(e.parties) || !e.parties.every(isString)) return '"parties" is not a list of codes';
  if (!Array.isArray(e.sources) || e.sources.length === 0) return '"sources" is missing';
  if (!e.sources.every((s) => isObject(s) && isString(s.url) && isString(s.title) && isString(s.publisher))) {
    return 'a source lacks url, title or publisher';
  }
  return null;
}

/**
 * Checks what arrived as data/events.json before the app relies on it. The file is built by the
 * project, but it is served over the network and may be stale, truncated or tampered with: a wrong
 * overall shape is an error; a malformed event is left out and reported, never silently dropped.
 */
export function parseDataset(json: unknown): ParseResult {
  if (!isObject(json)) return { ok: false, reason: 'The file does not hold a dataset object.' };
  if (!isString(json.version)) return { ok: false, reason: 'The dataset has no version.' };
  if (!Array.isArray(json.events)) return { ok: false, reason: 'The dataset has no list of events.' };
  const vocabulary = json.vocabulary;
  if (!isObject(vocabulary) || !isObject(vocabulary.parties) || !isObject(vocabulary.tracks)) {
    return { ok: false, reason: 'The dataset lacks the names of its parties and tracks.' };
  }
  const events: EventRecord[] = [];
  const skipped: SkippedEvent[] = [];
  const seen = new Set<string>();
  json.events.forEach((e: unknown, index) => {
    const problem = eventProblem(e);
    const id = isObject(e) && isString(e.id) ? e.id : undefined;
    if (problem) skipped.push({ index, id, reason: problem });
    else if (seen.has(id!)) skipped.push({ index, id, reason: 'its id is used twice' });
    else {
      seen.add(id!);
      events.push(e as unknown as EventRecord);
    }
  });
  return {
    ok: true,
    dataset: {
      version: json.version,
      generatedAt: isString(json.generatedAt) ? json.generatedAt : '',
      vocabulary: vocabulary as DatasetFile['vocabulary'],
      events,
    },
    skipped,
  };
}
