import { join } from 'node:path';
import type { Vocabulary } from '../../../src/lib/data/event.generated.ts';
import { utcToday } from '../validator/linter.ts';
import type { Problem } from '../validator/problem.ts';
import { readVocabularyFile } from '../validator/read-json-file.ts';
import { loadSchemaChecker, type SchemaChecker } from '../validator/schema-check.ts';

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
  /** Where new party codes are added, as messages name it. */
  vocabularyFile: string;
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

export function rulesFrom(
  schema: SchemaNode,
  vocabulary: unknown,
  today = utcToday(),
  vocabularyFile = 'data/vocabulary.json',
): Rules {
  const vocab = (vocabulary ?? {}) as { parties?: object; tracks?: object };
  return {
    schema,
    kinds: enumAt(schema, 'properties/kind'),
    statuses: enumAt(schema, 'properties/status'),
    tracks: Object.keys(vocab.tracks ?? {}),
    parties: Object.keys(vocab.parties ?? {}),
    today,
    vocabularyFile,
  };
}

export type LoadedRules =
  | { ok: true; rules: Rules; vocabulary: Vocabulary; checker: SchemaChecker }
  | { ok: false; problems: Problem[] };

/**
 * The rules from the event schema and the vocabulary, read and checked as the validator reads them; or, when
 * either is missing, broken or invalid, the problems that say so, for new-event to print instead of a stack
 * trace. `display` turns a path into the form messages show.
 */
export function readRules(
  schemaDir: string,
  dataDir: string,
  display: (path: string) => string,
): LoadedRules {
  const schemaPath = join(schemaDir, 'event.schema.json');
  const eventSchema = loadSchemaChecker(schemaPath, display(schemaPath));
  if (!eventSchema.ok) return { ok: false, problems: [eventSchema.problem] };
  const vocabularyPath = join(dataDir, 'vocabulary.json');
  const vocabularyFile = display(vocabularyPath);
  const read = readVocabularyFile(vocabularyPath, vocabularyFile);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const vocabularySchemaPath = join(schemaDir, 'vocabulary.schema.json');
  const vocabularySchema = loadSchemaChecker(vocabularySchemaPath, display(vocabularySchemaPath));
  if (!vocabularySchema.ok) return { ok: false, problems: [vocabularySchema.problem] };
  // Codes from a vocabulary that fails its schema would be offered as choices: refuse it, as validate does.
  const problems = vocabularySchema.checker.check(vocabularyFile, read.value);
  if (problems.length > 0) return { ok: false, problems };
  const vocabulary = read.value as Vocabulary;
  return {
    ok: true,
    rules: rulesFrom(eventSchema.schema, vocabulary, utcToday(), vocabularyFile),
    vocabulary,
    checker: eventSchema.checker,
  };
}
