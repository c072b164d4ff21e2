import { expect, it } from 'vitest';
import { shownView } from './shown-view';

it('shows the chosen view on any screen, else the list on a phone and the timeline elsewhere', () => {
  expect(shownView('list', false)).toBe('list');
  expect(shownView('timeline', true)).toBe('timeline');
  expect(shownView(null, true)).toBe('list');
  expect(shownView(null, false)).toBe('timeline');
});
