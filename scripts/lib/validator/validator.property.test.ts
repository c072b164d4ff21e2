import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, githubAnnotation, locateProblems } from './format-problems.ts';
import { validateDataset } from './validate-dataset.ts';

// Event files arrive in pull requests from anyone: whatever they hold, the validator must answer with
// problems that name a file, never with a crash that names none.

const base = JSON.parse(readFileSync('scripts/lib/validator/fixtures/base-event.json', 'utf8')) as Record<
  string,
  unknown
>;

/** Any value fast-check can make, as the JSON a file would hold (undefined, NaN and the like included). */
const anythingAsJson = fc.anything().map((v) => {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return 'null';
  }
});

/** The sample event with some fields replaced by random JSON: reaches the schema's deeper rules. */
const mutatedEvent = fc
  .dictionary(fc.constantFrom(...Object.keys(base), 'unexpected', 'related', 'statusChange'), fc.jsonValue())
  .map((patch) => JSON.stringify({ ...base, ...patch }));

/** Text with the characters that break naive code: markup, entities, quotes, controls, any script. */
const text = (minLength: number, maxLength: number) =>
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.constantFrom('<', '>', '&amp;', '<b>', '"', '\\', '\n', '\u0000', '\u202e', 'javascript:'),
      ),
      { maxLength: 20 },
    )
    .map((parts) => {
      // The schema counts code points, not UTF-16 units.
      const chars = [...parts.join('')].slice(0, maxLength);
      while (chars.length < minLength) chars.push('x');
      return chars.join('');
    });

// Mostly well-formed (so that the linters after the schema run), sometimes not.
const date = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^20[0-9]{2}(-[0-1][0-9](-[0-3][0-9])?)?$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const url = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl() },
  {
    weight: 1,
    arbitrary: fc.constantFrom('javascript:alert(1)', 'data:,x', 'http://localhost', 'https://x'),
  },
  { weight: 1, arbitrary: text(0, 40) },
);

/** A schema-shaped event with random text, dates, addresses and links: reaches every linter. */
const randomTextEvent = fc
  .record({
    title: text(5, 140),
    summary: text(20, 900),
    start: date,
    end: fc.option(date, { nil: undefined, freq: 2 }),
    dateNote: fc.option(text(5, 400), { nil: undefined }),
    sourceUrl: url,
    archiveUrl: fc.option(url, { nil: undefined }),
    related: fc.array(
      fc.record({
        id: fc.oneof(
          fc.constant('2025-05-16-sample-talks'),
          fc.stringMatching(/^20[0-9]{2}(-[a-z0-9]{1,8}){1,3}$/),
        ),
        relation: fc.constantFrom('follows', 'led-to', 'result-of', 'see-also', 'part-of'),
      }),
      { maxLength: 3 },
    ),
    tags: fc.array(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/), { maxLength: 3 }),
  })
  .map(({ sourceUrl, archiveUrl, ...fields }) =>
    JSON.stringify({
      ...base,
      ...fields,
      sources: [
        { url: sourceUrl, title: 'Sample article', publisher: 'Example', language: 'en', archiveUrl },
      ],
    }),
  );

const content = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  anythingAsJson,
  fc.string({ unit: 'binary', maxLength: 300 }),
  mutatedEvent,
  randomTextEvent,
);

// Where an editor might put a file: the right place, the wrong folder, too deep, not .json.
const fileName = fc.oneof(
  fc.constant('2025/2025-05-16-sample-talks.json'),
  fc.stringMatching(/^(20[0-9]{2}\/)?[a-z0-9-]{1,30}\.json$/),
  fc.constantFrom('2025/deep/x.json', 'notes.txt', '2025/.json', '2024/2025-05-16-sample-talks.json'),
);

const files = fc.uniqueArray(fc.record({ name: fileName, content }), {
  minLength: 1,
  maxLength: 4,
  selector: (f) => f.name,
});

function writeDataset(list: { name: string; content: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dt-property-'));
  cpSync('data/vocabulary.json', join(dir, 'vocabulary.json'));
  for (const f of list) {
    const path = join(dir, 'events', f.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  return dir;
}

describe('the validator on random event files', () => {
  it('never throws, and every problem names one of the files', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(files, (list) => {
        const dir = writeDataset(list);
        try {
          const result = validateDataset({ dataDir: dir, schemaDir: 'data/schema', displayRoot: dir });
          const written = new Set(list.map((f) => `events/${f.name}`));
          for (const p of locateProblems(result.problems, result.texts)) {
            expect(written, formatProblem(p)).toContain(p.file);
            expect(
              formatProblem(p)
                .replace(/^(warning|note): /, '')
                .startsWith(`${p.file}:`),
            ).toBe(true);
            expect(githubAnnotation(p)).not.toMatch(/[\r\n]/);
          }
          // A file with an error never reaches the site.
          const failed = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.file));
          expect(result.events.length).toBeLessThanOrEqual(list.length - failed.size);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 100 },
    );
  });
});
