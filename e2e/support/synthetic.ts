import { readFileSync } from 'node:fs';
import { generateEvents } from '../../scripts/lib/synthetic/generate-events.ts';
import { compareDateStrings } from '../../src/lib/dates/partial-date.ts';

/** A dataset file of N synthetic events, shaped as the build writes it. */
export function syntheticDatasetBody(count: number, seed = 7): string {
  const vocabulary = JSON.parse(readFileSync('data/vocabulary.json', 'utf8')) as {
    parties: unknown;
    tracks: unknown;
  };
  const events = generateEvents(count, seed).sort(
    (a, b) => compareDateStrings(a.start, b.start) || a.id.localeCompare(b.id),
  );
  return JSON.stringify({
    version: 'synthetic',
    generatedAt: new Date(0).toISOString(),
    vocabulary: { parties: vocabulary.parties, tracks: vocabulary.tracks },
    events,
  });
}
