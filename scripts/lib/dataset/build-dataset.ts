import { join } from 'node:path';
import type { DatasetFile } from '../../../src/lib/data/dataset.ts';
import { compareDateStrings } from '../../../src/lib/dates/partial-date.ts';
import { formatProblem, locateProblems } from '../validator/format-problems.ts';
import type { Problem } from '../validator/problem.ts';
import { validateDataset } from '../validator/validate-dataset.ts';
import { datasetVersion } from './dataset-version.ts';

export class DatasetInvalidError extends Error {
  readonly lines: string[];
  /** The errors, each with the line and column of its field where known. */
  constructor(readonly problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`The dataset has ${lines.length} error(s):\n${lines.join('\n')}`);
    this.lines = lines;
    this.name = 'DatasetInvalidError';
  }
}

/** Validates the source files and assembles what the app fetches as data/events.json. */
export function buildDataset(dataDir = 'data', now = new Date()): DatasetFile {
  const result = validateDataset({ dataDir, schemaDir: join(dataDir, 'schema') });
  const errors = locateProblems(result.problems, result.texts).filter((p) => p.severity === 'error');
  if (errors.length > 0 || !result.vocabulary) throw new DatasetInvalidError(errors);
  const events = result.events
    .map(({ $schema: _schema, ...event }) => event)
    .sort((a, b) => compareDateStrings(a.start, b.start) || a.id.localeCompare(b.id));
  return {
    version: datasetVersion(join(dataDir, 'CHANGELOG.md')),
    generatedAt: now.toISOString(),
    vocabulary: { parties: result.vocabulary.parties, tracks: result.vocabulary.tracks },
    events,
  };
}
