import type { DiplomaticEvent, Source } from '../../../src/lib/data/event.generated.ts';
import { eventId, SCHEMA_REF } from './event-path.ts';
import type { Answers, FieldKey } from './fields.ts';

/** `{ key: value }`, or nothing when the value is absent, so that optional fields are left out. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * The event file's content from checked answers, with its fields in the order the dataset's files use.
 * Throws when a required answer is missing: callers collect and check the answers first.
 */
export function buildEvent(a: Answers): DiplomaticEvent {
  const need = (key: FieldKey): string => {
    const value = a[key];
    if (value === undefined) throw new Error(`buildEvent: missing answer "${key}"`);
    return value;
  };
  const start = need('date');
  const url = need('source-url');
  const [firstParty, ...otherParties] = need('parties').split(',');
  const source: Source = {
    url,
    title: need('source-title'),
    publisher: need('publisher'),
    ...optional('published', a.published),
    language: need('language'),
    ...optional('archiveUrl', a['archive-url']),
  };
  return {
    $schema: SCHEMA_REF,
    id: eventId(start, need('slug')),
    title: need('title'),
    summary: need('summary'),
    kind: need('kind') as DiplomaticEvent['kind'],
    status: need('status') as DiplomaticEvent['status'],
    track: need('track'),
    start,
    ...optional('end', a.end),
    ...optional('announced', a.announced),
    // The one source is the only one the change can rest on; editors add better ones by hand.
    ...optional(
      'statusChange',
      a['status-date'] === undefined
        ? undefined
        : { date: a['status-date'], reason: need('status-reason'), source: url },
    ),
    ...optional(
      'location',
      a.place === undefined
        ? undefined
        : { place: a.place, ...optional('venue', a.venue), country: need('country') },
    ),
    parties: [firstParty!, ...otherParties],
    sources: [source],
  };
}

/** Two-space JSON with a final newline, like the files already in data/events. */
export function eventFileText(event: DiplomaticEvent): string {
  return `${JSON.stringify(event, null, 2)}\n`;
}
