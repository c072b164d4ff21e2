import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's schemas, found beside the scripts so that a check does not depend on where it starts. */
export const REPO_SCHEMA_DIR = fileURLToPath(new URL('../../../data/schema', import.meta.url));

/**
 * The schemas a data folder is checked against: its own schema/ when it has one (the event files name it
 * as their "$schema"), the repository's otherwise. validate and new-event both ask here: each chose on
 * its own, and a data folder with a broken schema of its own passed one and failed the other.
 */
export function schemaFolderFor(dataDir: string): string {
  const own = join(dataDir, 'schema');
  return existsSync(join(own, 'event.schema.json')) ? own : REPO_SCHEMA_DIR;
}
