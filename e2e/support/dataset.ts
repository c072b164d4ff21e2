import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/dataset.ts';

/** The dataset exactly as the build wrote it, for tests that compare the page with the data. */
export function builtDataset(): DatasetFile {
  return JSON.parse(
    readFileSync(`${process.env.E2E_DIST ?? 'dist'}/data/events.json`, 'utf8'),
  ) as DatasetFile;
}
