import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportPlaceProblem } from './report-place';

const dir = mkdtempSync(join(tmpdir(), 'dt-report-place-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'data');
mkdirSync(join(data, 'events', '2025'), { recursive: true });
writeFileSync(join(data, 'vocabulary.json'), '{}');

describe('reportPlaceProblem', () => {
  it('refuses the dataset’s own files and folders', () => {
    expect(reportPlaceProblem(join(data, 'vocabulary.json'), data)).toBe(
      "it would replace the dataset's vocabulary.json",
    );
    expect(reportPlaceProblem(join(data, 'CHANGELOG.md'), data)).toMatch(/CHANGELOG\.md/);
    expect(reportPlaceProblem(join(data, 'events', '2025', 'r.json'), data)).toBe(
      "it is inside the dataset's events/ folder",
    );
    expect(reportPlaceProblem(join(data, 'schema', 'event.schema.json'), data)).toBe(
      "it is inside the dataset's schema/ folder",
    );
  });

  it('refuses them by another way in: a relative path or a link to the data folder', () => {
    symlinkSync(data, join(dir, 'alias'));
    expect(reportPlaceProblem(join(dir, 'alias', 'vocabulary.json'), data)).not.toBeNull();
    expect(reportPlaceProblem(join(data, 'events', '..', 'vocabulary.json'), data)).not.toBeNull();
  });

  it('allows any other file, in the data folder or outside it', () => {
    expect(reportPlaceProblem(join(data, 'link-report.json'), data)).toBeNull();
    expect(reportPlaceProblem(join(dir, 'link-report.json'), data)).toBeNull();
    expect(reportPlaceProblem('link-report.json', data)).toBeNull();
  });
});
