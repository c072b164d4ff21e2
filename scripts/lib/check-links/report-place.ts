import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The data folder's own files and folders, which a report written over them would destroy. */
const DATASET_PARTS = ['events', 'schema', 'vocabulary.json', 'CHANGELOG.md'];

/** The path with its links resolved as far as they exist: the report may not exist yet, nor its folder. */
function real(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(real(parent), basename(full));
  }
}

/**
 * Why a report may not be written at `report`, or null when it may: not over the dataset's own files
 * (its vocabulary, changelog, schema or events), which `--report data/vocabulary.json` replaced with
 * the report without a word. Other files in the data folder, a report of an earlier run among them,
 * are the reader's to overwrite.
 */
export function reportPlaceProblem(report: string, dataDir: string): string | null {
  const inData = relative(real(dataDir), real(report));
  if (inData === '' || inData.startsWith('..') || resolve(inData) === inData) return null;
  const first = inData.split(sep)[0]!;
  return DATASET_PARTS.includes(first)
    ? first.includes('.')
      ? `it would replace the dataset's ${first}`
      : `it is inside the dataset's ${first}/ folder`
    : null;
}
