import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { DiplomaticEvent, Vocabulary } from '../../../src/lib/data/event.generated.ts';
import { createSchemaChecker } from '../validator/schema-check.ts';
import { describeForFlags, preflight } from './preflight.ts';

const checker = createSchemaChecker('data/schema/event.schema.json');
const vocabulary = JSON.parse(readFileSync('data/vocabulary.json', 'utf8')) as Vocabulary;
const event: DiplomaticEvent = {
  $schema: '../../schema/event.schema.json',
  id: '2025-05-16-sample-talks',
  title: 'Sample talks',
  summary: 'A made-up event for the tests of new-event.',
  kind: 'negotiation-round',
  status: 'held',
  track: 'russia-ukraine',
  start: '2025-05-16',
  parties: ['RU', 'UA'],
  sources: [{ url: 'https://site-a.test/a', title: 'Sample', publisher: 'Example', language: 'en' }],
};
const check = (e: DiplomaticEvent) =>
  preflight(e, 'events/2025/x.json', checker, vocabulary, {
    eventsFolder: 'events',
    vocabularyFile: 'vocabulary.json',
  }).map(describeForFlags);

it('passes a good event', () => {
  expect(check(event)).toEqual([]);
});

it('applies the validator rules and names the flag to change', () => {
  expect(check({ ...event, title: 'Talks <b>now</b>' })).toEqual([
    '--title must be plain text: remove the markup "<b>"',
  ]);
  expect(check({ ...event, parties: ['RU', 'XX'] })).toEqual([
    expect.stringMatching(
      /^--parties "XX" is not a known party.* \(add it to vocabulary\.json if it is new\)$/,
    ),
  ]);
  expect(check({ ...event, summary: 'short' })).toEqual([
    "--summary is too short (5 characters): write at least 20: One to three neutral plain-text sentences in the editor's own words: what happened and what came of it.",
  ]);
});
