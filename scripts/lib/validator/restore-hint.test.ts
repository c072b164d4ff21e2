import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { restoreHint } from './restore-hint.ts';

const outside = mkdtempSync(join(tmpdir(), 'dt-restore-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

it('offers git restore for a file of the repository that git tracks', () => {
  expect(restoreHint('data/vocabulary.json')).toBe(
    'restore it from the repository (git restore data/vocabulary.json)',
  );
  expect(restoreHint('data/schema/event.schema.json')).toBe(
    'restore it from the repository (git restore data/schema/event.schema.json)',
  );
});

it("does not offer git restore for a data folder outside the repository, and names the project's own file", () => {
  cpSync('data/vocabulary.json', join(outside, 'vocabulary.json'));
  for (const name of ['vocabulary.json', 'event.schema.json'])
    expect(restoreHint(join(outside, name))).not.toContain('git restore');
  expect(restoreHint(join(outside, 'vocabulary.json'))).toBe(
    "copy it back from where it came from (git does not track it in this repository; the project's own is data/vocabulary.json)",
  );
  expect(restoreHint(join(outside, 'event.schema.json'))).toContain(
    "the project's own is data/schema/event.schema.json",
  );
});

it('does not offer git restore for a file in the repository that git does not track', () => {
  expect(restoreHint('data/scratch/vocabulary.json')).toBe(
    "copy it back from where it came from (git does not track it in this repository; the project's own is data/vocabulary.json)",
  );
});
