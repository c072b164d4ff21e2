// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { focusTargetAfterClose } from './return-focus';

describe('focusTargetAfterClose', () => {
  beforeEach(() => {
    const el = (tag: string, attrs: Record<string, string>, ...children: Element[]) => {
      const node = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      node.append(...children);
      return node;
    };
    document.body.replaceChildren(
      el(
        'main',
        { id: 'main', tabindex: '-1' },
        el('button', { id: 'filter' }),
        el('div', { class: 'vis-item' }, el('div', { 'data-event-id': 'a-b', tabindex: '0' })),
        el('ul', {}, el('li', { 'data-list-event-id': 'c' }, el('button', { 'data-list-entry': '' }))),
      ),
    );
  });

  it('goes back where the focus was when the panel opened', () => {
    const filter = document.getElementById('filter');
    expect(focusTargetAfterClose(filter, 'a-b')).toBe(filter);
  });

  it('goes to the event in the timeline, not the main area around it, when that place is gone', () => {
    const gone = document.createElement('button');
    expect(focusTargetAfterClose(gone, 'a-b')).toBe(document.querySelector('[data-event-id="a-b"]'));
    expect(focusTargetAfterClose(document.body, 'a-b')).toBe(document.querySelector('[data-event-id="a-b"]'));
  });

  it('goes to the event’s entry in the list, else to the main area', () => {
    expect(focusTargetAfterClose(null, 'c')).toBe(document.querySelector('[data-list-entry]'));
    expect(focusTargetAfterClose(null, 'not-shown')).toBe(document.getElementById('main'));
  });
});
