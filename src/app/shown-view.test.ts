import { expect, it } from 'vitest';
import { firstAnswer, shownView } from './shown-view';

it('shows the chosen view on any screen, else the list on a phone and the timeline elsewhere', () => {
  expect(shownView('list', false)).toBe('list');
  expect(shownView('timeline', true)).toBe('timeline');
  expect(shownView(null, true)).toBe('list');
  expect(shownView(null, false)).toBe('timeline');
});

it('keeps the first answer, so that the default view does not follow a turned or resized screen', () => {
  const widths = [390, 844, 390];
  let asked = 0;
  const narrow = firstAnswer(() => widths[asked++]! <= 768);
  expect([narrow(), narrow(), narrow()]).toEqual([true, true, true]);
  expect(asked).toBe(1);
  // An answer of false is kept as well.
  let askedWide = 0;
  const wide = firstAnswer(() => widths[1 + askedWide++]! <= 768);
  expect([wide(), wide()]).toEqual([false, false]);
  expect(askedWide).toBe(1);
});
