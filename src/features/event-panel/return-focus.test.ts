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
        el('button', { id: 'timeline-button' }),
        el('input', { id: 'search', type: 'search' }),
        el('div', { class: 'vis-item' }, el('div', { 'data-event-id': 'a-b', tabindex: '0' })),
        el('ul', {}, el('li', { 'data-list-event-id': 'c' }, el('button', { 'data-list-entry': '' }))),
      ),
    );
  });
  const byId = (id: string) => document.getElementById(id);
  const target = (returnTo: Element | null, id: string) => focusTargetAfterClose(returnTo, id)?.element;

  it('goes to the event’s item in the timeline, not to the button or box used before a tap', () => {
    const item = document.querySelector('[data-event-id="a-b"]');
    expect(focusTargetAfterClose(byId('timeline-button'), 'a-b')).toEqual({ element: item, ofEvent: true });
    expect(target(byId('search'), 'a-b')).toBe(item);
    expect(target(document.body, 'a-b')).toBe(item);
    expect(target(null, 'a-b')).toBe(item);
  });

  it('goes to the event’s entry in the list', () => {
    expect(focusTargetAfterClose(byId('timeline-button'), 'c')).toEqual({
      element: document.querySelector('[data-list-entry]'),
      ofEvent: true,
    });
  });

  it('goes back where the focus was when the event is not drawn, unless that is gone or a text box', () => {
    expect(focusTargetAfterClose(byId('timeline-button'), 'hidden')).toEqual({
      element: byId('timeline-button'),
      ofEvent: false,
    });
    // A box typed into: on a phone its keyboard would come up.
    expect(target(byId('search'), 'hidden')).toBe(byId('main'));
    expect(target(document.createElement('button'), 'hidden')).toBe(byId('main'));
    expect(target(document.body, 'hidden')).toBe(byId('main'));
  });
});
