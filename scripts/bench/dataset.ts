import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../../src/lib/data/dataset.ts';
import { compareDateStrings } from '../../src/lib/dates/partial-date.ts';
import { datasetVersion } from '../lib/dataset/dataset-version.ts';
import { generateEvents } from '../lib/synthetic/generate-events.ts';
import type { Variant } from './bench-hooks.ts';

export const WORK_DIR = 'bench/.work';
/** A word of the generator's titles: about one event in five has it, so the filter removes most. */
export const QUERY = 'ceasefire';
/** One kind in twelve: toggling it hides most of the timeline, and toggling it off brings it all back. */
export const KIND = { value: 'summit', label: 'Summit' };

export interface PreparedSize {
  size: number;
  dirs: Record<Variant, string>;
  /** What each filter should leave, for a sanity check of both pages' answers. */
  expected: { total: number; query: number; kind: number };
}

/** The dataset the build would write for these events: same shape, sorted the same way. */
function datasetFor(size: number, seed: number): DatasetFile {
  const vocabulary = JSON.parse(readFileSync('data/vocabulary.json', 'utf8')) as DatasetFile['vocabulary'];
  const events = generateEvents(size, seed).sort(
    (a, b) => compareDateStrings(a.start, b.start) || a.id.localeCompare(b.id),
  );
  return {
    version: datasetVersion(join('data', 'CHANGELOG.md')),
    generatedAt: new Date().toISOString(),
    vocabulary: { parties: vocabulary.parties, tracks: vocabulary.tracks },
    events,
  };
}

/** A copy of each build with a synthetic data/events.json of `size` events. */
export function prepareSize(size: number, builds: Record<Variant, string>, seed = 1): PreparedSize {
  const dataset = datasetFor(size, seed);
  const json = JSON.stringify(dataset);
  const dirs = {} as Record<Variant, string>;
  for (const variant of ['app', 'baseline'] as const) {
    const dir = join(WORK_DIR, `${variant}-${size}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(builds[variant], dir, { recursive: true });
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'events.json'), json);
    dirs[variant] = dir;
  }
  return {
    size,
    dirs,
    expected: {
      total: dataset.events.length,
      // The query word only ever comes from the title's words, which the summary and sources repeat.
      query: dataset.events.filter((e) => e.title.toLowerCase().includes(QUERY)).length,
      kind: dataset.events.filter((e) => e.kind === KIND.value).length,
    },
  };
}

export function removeSize(prepared: PreparedSize): void {
  for (const dir of Object.values(prepared.dirs)) rmSync(dir, { recursive: true, force: true });
}
