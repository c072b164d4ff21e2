import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GUIDE_SECTIONS } from './schema-hints.ts';

it('sends the editor only to sections that CONTRIBUTING.md has', () => {
  const headings = readFileSync('CONTRIBUTING.md', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('#'))
    .map((line) => line.replace(/^#+\s*/, ''));
  for (const section of Object.values(GUIDE_SECTIONS)) expect(headings).toContain(section);
});
