import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utcToday } from '../validator/linter.ts';

export type SchemaNode = Record<string, unknown>;

/** What answers are checked against: the event schema itself and the codes of data/vocabulary.json. */
export interface Rules {
  schema: SchemaNode;
  kinds: string[];
  statuses: string[];
  tracks: string[];
  parties: string[];
  /** The day answers are checked on, "YYYY-MM-DD" (UTC): dates must lie in the validator's window around it. */
  today: string;
}

/** The schema node at a path such as "properties/location/properties/place", following a local $ref. */
export function schemaNode(schema: SchemaNode, path: string): SchemaNode | undefined {
  let node: unknown = schema;
  for (const part of path.split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as SchemaNode)[part];
  }
  if (node === null || typeof node !== 'object') return undefined;
  const ref = (node as SchemaNode).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    return { ...schemaNode(schema, ref.slice(2)), ...(node as SchemaNode) };
  }
  return node as SchemaNode;
}

function enumAt(schema: SchemaNode, path: string): string[] {
  const values = schemaNode(schema, path)?.enum;
  return Array.isArray(values) ? values.map(String) : [];
}

export function rulesFrom(schema: SchemaNode, vocabulary: unknown, today = utcToday()): Rules {
  const vocab = (vocabulary ?? {}) as { parties?: object; tracks?: object };
  return {
    schema,
    kinds: enumAt(schema, 'properties/kind'),
    statuses: enumAt(schema, 'properties/status'),
    tracks: Object.keys(vocab.tracks ?? {}),
    parties: Object.keys(vocab.parties ?? {}),
    today,
  };
}

export function loadRules(schemaDir: string, dataDir: string): Rules {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return rulesFrom(
    read(join(schemaDir, 'event.schema.json')) as SchemaNode,
    read(join(dataDir, 'vocabulary.json')),
  );
}
