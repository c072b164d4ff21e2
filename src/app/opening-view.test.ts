import { describe, expect, it } from 'vitest';
import { openingView } from './opening-view';

describe('openingView', () => {
  it('opens on the view the link names, on any screen', () => {
    expect(openingView('?view=list', false)).toBe('list');
    expect(openingView('?q=grain&view=timeline', true)).toBe('timeline');
  });

  it('opens on the list on a phone and on the timeline elsewhere when the link names none', () => {
    expect(openingView('', true)).toBe('list');
    expect(openingView('', false)).toBe('timeline');
    expect(openingView('?view=map', false)).toBe('timeline');
    expect(openingView('?view=map', true)).toBe('list');
  });
});
