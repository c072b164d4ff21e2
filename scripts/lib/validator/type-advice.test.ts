import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { typeAdvice } from './type-advice.ts';

const schema = JSON.parse(readFileSync('data/schema/event.schema.json', 'utf8')) as Record<string, unknown>;

it('answers a file that holds only a text without writing the text into a field it happens to fit', () => {
  // "hello" has the form of a track, a tag or an id's slug: it is none of them.
  const advice = typeAdvice('object', 'hello', schema, schema, '');
  expect(advice).toMatch(/^must be an object in curly braces, \{ … \} \(got the text "hello"\)/);
  expect(advice).not.toContain('"hello",');
  expect(advice).not.toContain('"track"');
});

it('still writes a related id given alone into the object it belongs in', () => {
  const related = (schema.properties as Record<string, { items: Record<string, unknown> }>).related!.items;
  expect(typeAdvice('object', '2025-05-16-istanbul-talks', related, schema, '/related/0')).toContain(
    'write { "id": "2025-05-16-istanbul-talks", "relation": "…" }',
  );
});
