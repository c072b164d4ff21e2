import { error, quote } from '../problem.ts';
import type { Linter } from '../linter.ts';

/** The schema as a file in events/<year>/ reaches it: what editors such as VS Code check the file against. */
export const SCHEMA_REFERENCE = '../../schema/event.schema.json';

/**
 * Every event file names the schema by its relative path. A wrong path, another address (which an editor would
 * fetch) or none at all silently loses the editor's completion and underlining, and a file copied from it
 * passes the loss on.
 */
export const schemaReference: Linter = {
  name: 'schema-reference',
  description: `An event file's "$schema" is "${SCHEMA_REFERENCE}".`,
  // The parsed file, whatever it holds: "$schema" is not a field of the event.
  reads: [],
  check: (context) =>
    context.files.flatMap((f) => {
      const value = f.value;
      // A file in the wrong folder is told to move first; one that is not an object is not an event at all.
      if (!/^\d{4}$/.test(f.folder) || value === null || typeof value !== 'object' || Array.isArray(value))
        return [];
      if (!('$schema' in value))
        return [
          error(
            f.file,
            '/$schema',
            `is missing: add "$schema": "${SCHEMA_REFERENCE}" as the first field, so that editors such as VS Code check the file against the schema`,
          ),
        ];
      const reference = (value as { $schema: unknown }).$schema;
      return reference === SCHEMA_REFERENCE
        ? []
        : [
            error(
              f.file,
              '/$schema',
              `must be "${SCHEMA_REFERENCE}", the schema's place from a file in ${context.eventsFolder}/<year>/ (got ${quote(reference, 60)}): editors such as VS Code check the file against it`,
            ),
          ];
    }),
};
