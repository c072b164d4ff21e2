import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEvents } from './generate-events.ts';

/** Writes N synthetic event files in the dataset's own layout into a fresh temporary data folder. */
export function writeSyntheticDataset(count: number, seed = 1): string {
  const dir = mkdtempSync(join(tmpdir(), `dt-synthetic-${count}-`));
  cpSync('data/vocabulary.json', join(dir, 'vocabulary.json'));
  for (const event of generateEvents(count, seed)) {
    const folder = join(dir, 'events', event.start.slice(0, 4));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${event.id}.json`),
      JSON.stringify({ $schema: '../../schema/event.schema.json', ...event }, null, 2),
    );
  }
  return dir;
}
