// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { focusMovedOutside } from './focus-moved-outside';

afterEach(() => document.body.replaceChildren());

/** A menu with a field inside, and a button beside it, in the main area. */
function page() {
  const main = document.createElement('main');
  const menu = document.createElement('details');
  const inside = document.createElement('input');
  const outside = document.createElement('button');
  menu.append(inside);
  main.append(menu, outside);
  document.body.append(main);
  return { main, menu, inside, outside };
}

describe('focusMovedOutside', () => {
  it('is true for an element elsewhere in the page', () => {
    const { menu, outside } = page();
    expect(focusMovedOutside(menu, outside)).toBe(true);
  });

  it('is false for the container itself and anything inside it', () => {
    const { menu, inside } = page();
    expect(focusMovedOutside(menu, menu)).toBe(false);
    expect(focusMovedOutside(menu, inside)).toBe(false);
  });

  it('is false for an element around the container: a click on its text that takes no focus', () => {
    const { main, menu } = page();
    expect(focusMovedOutside(menu, main)).toBe(false);
    expect(focusMovedOutside(menu, document.body)).toBe(false);
  });

  it('is false when the focus goes nowhere in the page', () => {
    const { menu } = page();
    expect(focusMovedOutside(menu, null)).toBe(false);
    expect(focusMovedOutside(menu, window)).toBe(false);
  });
});
