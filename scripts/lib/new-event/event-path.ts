import { join } from 'node:path';

/** The id begins with the start date at its own precision, as the validator's file-layout rule requires. */
export function eventId(start: string, slug: string): string {
  return `${start}-${slug}`;
}

/** data/events/<year>/<id>.json, with the year taken from the start date. */
export function eventPath(dataDir: string, id: string): string {
  return join(dataDir, 'events', id.slice(0, 4), `${id}.json`);
}

/** Event files sit two folders below the schema folder. */
export const SCHEMA_REF = '../../schema/event.schema.json';
