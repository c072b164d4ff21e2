// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { escapeHandledElsewhere } from './escape-handled-elsewhere';

afterEach(() => document.body.replaceChildren());

/** A small element builder: tests build their DOM with elements, never with markup. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Element[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Presses Escape on `from`, placed in the page inside `around`; returns what the panel would decide. */
function escapeFrom(from: HTMLElement, around?: HTMLElement, before?: (e: KeyboardEvent) => void): boolean {
  document.body.append(around ?? from);
  let handled: boolean | undefined;
  const listen = (e: KeyboardEvent) => (handled = escapeHandledElsewhere(e));
  if (before) document.addEventListener('keydown', before);
  document.addEventListener('keydown', listen);
  from.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  document.removeEventListener('keydown', listen);
  if (before) document.removeEventListener('keydown', before);
  return handled!;
}

/** `from` inside a <tag> with these attributes. */
function inside(tag: string, attrs: Record<string, string>, from: HTMLElement) {
  return escapeFrom(from, h(tag, attrs, from));
}

describe('escapeHandledElsewhere', () => {
  it('leaves Escape to the panel from a button, a heading or a checkbox', () => {
    expect(escapeFrom(h('button'))).toBe(false);
    expect(escapeFrom(h('h2', { tabindex: '-1' }))).toBe(false);
    expect(escapeFrom(h('input', { type: 'checkbox' }))).toBe(false);
    // A disclosure that is not a menu (the legend, the density numbers) does not keep Escape.
    expect(inside('details', { open: '' }, h('summary'))).toBe(false);
  });

  it('keeps Escape that something else already handled', () => {
    expect(escapeFrom(h('button'), undefined, (e) => e.preventDefault())).toBe(true);
  });

  it('keeps Escape typed in a text field', () => {
    expect(escapeFrom(h('input', { type: 'search' }))).toBe(true);
    expect(escapeFrom(h('input'))).toBe(true);
    expect(escapeFrom(h('input', { type: 'month' }))).toBe(true);
    expect(escapeFrom(h('textarea'))).toBe(true);
    expect(escapeFrom(h('select'))).toBe(true);
  });

  it('keeps Escape from inside an open facet menu or a dialog, not from a closed menu', () => {
    expect(inside('details', { 'data-facet': 'kinds', open: '' }, h('input', { type: 'checkbox' }))).toBe(
      true,
    );
    expect(inside('details', { 'data-facet': 'kinds' }, h('summary'))).toBe(false);
    expect(inside('dialog', { open: '' }, h('button'))).toBe(true);
    expect(inside('div', { role: 'dialog' }, h('button'))).toBe(true);
  });
});
