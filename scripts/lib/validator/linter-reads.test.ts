import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent, Vocabulary } from '../../../src/lib/data/event.generated.ts';
import { content, loadFixtures } from './fixtures/materialise.ts';
import { eventsById, type EventFile, type LintContext } from './linter.ts';
import { linters } from './linters/index.ts';
import { createSchemaChecker } from './schema-check.ts';

// A rule is given the events of files that failed the schema without the broken fields, trusting its `reads`
// to name every field it reads. Were one missing, the rule would read a field that is not there and crash or
// say something false: shown here by giving each rule events with nothing but the fields it declares.

const checker = createSchemaChecker('data/schema/event.schema.json');
const vocabulary = JSON.parse(readFileSync('data/vocabulary.json', 'utf8')) as Vocabulary;

/** The fixture's event files that pass the schema, as the rules are given them. */
function eventFiles(files: Record<string, unknown>): EventFile[] {
  return Object.entries(files).flatMap(([path, spec]) => {
    const m = /^events\/(?:(\d{4})\/)?([^/]+)\.json$/.exec(path);
    if (!m) return [];
    let value: unknown;
    try {
      value = JSON.parse(String(content(spec)));
    } catch {
      return [];
    }
    if (checker.examine(path, value).damage) return [];
    return [{ file: path, name: m[2]!, folder: m[1] ?? '', value, event: value as DiplomaticEvent }];
  });
}

function context(files: EventFile[], today: string): LintContext {
  return {
    files,
    vocabulary,
    byId: eventsById(files),
    unchecked: new Set(),
    today,
    eventsFolder: 'events',
    vocabularyFile: 'vocabulary.json',
  };
}

describe('each rule reads only the fields it declares', () => {
  const fixtures = [...loadFixtures('valid'), ...loadFixtures('invalid')];
  for (const linter of linters) {
    it(linter.name, () => {
      let compared = 0;
      for (const [, fixture] of fixtures) {
        const files = eventFiles(fixture.files);
        if (files.length === 0) continue;
        const today = fixture.today ?? '2026-01-01';
        const only = files.map((f) => ({
          ...f,
          event: Object.fromEntries(
            Object.entries(f.event!).filter(([k]) => (linter.reads as string[]).includes(k)),
          ) as unknown as DiplomaticEvent,
        }));
        expect(linter.check(context(only, today))).toEqual(linter.check(context(files, today)));
        compared += files.length;
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});
