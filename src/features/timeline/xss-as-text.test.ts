// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import xss, { escapeHtml } from './xss-as-text';

describe('what vis-timeline gets for the xss package', () => {
  it('turns markup into text: written with innerHTML, it shows as written and makes no element', () => {
    const hostile = `<img src=x onerror="alert('x')">&amp; <b>bold</b><script>alert(1)</script>`;
    const el = document.createElement('div');
    // eslint-disable-next-line no-restricted-properties -- what vis-timeline does with the result
    el.innerHTML = new xss.FilterXSS().process(hostile);
    expect(el.textContent).toBe(hostile);
    expect(el.children).toHaveLength(0);
  });

  it('leaves the time axis labels as they are', () => {
    for (const label of ['2023', 'Jan', 'Mon 5', 'W12', 'February 2024'])
      expect(escapeHtml(label)).toBe(label);
  });
});
