import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPACT_SCREEN_QUERY, SHORT_SCREEN_QUERY } from './use-compact-screen';

const css = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

// The page folds its controls by script (Workspace.tsx, FilterBar.tsx) and lays the folded ones out by
// style sheet: the two must agree on which screens are compact, or a phone on its side gets folded
// filters laid out for a wide screen.
describe('the compact screen', () => {
  it('is the one the style sheets lay out as compact', () => {
    for (const sheet of ['../../app/app.css', '../../features/filters/filters.css']) {
      expect(css(sheet), sheet).toContain(`@media ${COMPACT_SCREEN_QUERY} {`);
    }
  });

  it('takes in every short screen', () => {
    expect(COMPACT_SCREEN_QUERY).toContain(SHORT_SCREEN_QUERY);
  });
});
