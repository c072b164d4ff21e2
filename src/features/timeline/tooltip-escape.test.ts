// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { tooltipKey } from './tooltip-escape';

afterEach(() => document.body.replaceChildren());

/** The tooltip's decision for `key` pressed on a new `tag` in the page. */
function press(key: string, tag = 'button', attrs: Record<string, string> = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  let decision: ReturnType<typeof tooltipKey> | undefined;
  const listen = (e: KeyboardEvent) => (decision = tooltipKey(e));
  document.addEventListener('keydown', listen, true);
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  document.removeEventListener('keydown', listen, true);
  return decision;
}

describe('tooltipKey', () => {
  it('leaves every key but Escape alone', () => {
    expect(press('Enter')).toBe('none');
    expect(press('Tab')).toBe('none');
  });

  it('takes Escape from a timeline item or a button for the tooltip alone', () => {
    expect(press('Escape', 'div', { role: 'button', tabindex: '0' })).toBe('hide-only');
    expect(press('Escape')).toBe('hide-only');
  });

  it('shares Escape with a text field that uses it', () => {
    expect(press('Escape', 'input', { type: 'search' })).toBe('hide');
  });
});
