import { readFileSync } from 'node:fs';
import { rulesFrom, type SchemaNode } from './rules.ts';

/**
 * The project's own schema with a small fixed vocabulary and day, so that tests do not move when the vocabulary
 * grows or the years pass.
 */
export function testRules() {
  const schema = JSON.parse(readFileSync('data/schema/event.schema.json', 'utf8')) as SchemaNode;
  return rulesFrom(
    schema,
    {
      parties: { UA: {}, RU: {}, TR: {}, US: {}, GB: {}, DK: {}, UN: {} },
      tracks: { 'russia-ukraine': {}, 'us-russia': {} },
    },
    '2026-03-01',
  );
}
