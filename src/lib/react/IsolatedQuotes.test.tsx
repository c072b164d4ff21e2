// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { IsolatedQuotes } from './IsolatedQuotes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: ReturnType<typeof createRoot> | null = null;
afterEach(() => {
  if (root) act(() => root!.unmount());
  root = null;
});

async function render(text: string): Promise<HTMLElement> {
  const container = document.createElement('p');
  root = createRoot(container);
  await act(async () => root!.render(<IsolatedQuotes text={text} />));
  return container;
}

describe('IsolatedQuotes', () => {
  it('puts each quoted value, and only the value, in its own <bdi>', async () => {
    const p = await render('Unknown kinds “שלום” and “سلام”, ignored.');
    expect([...p.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['שלום', 'سلام']);
    // The quotation marks stay outside, in the sentence's own direction.
    expect(p.querySelector('bdi')?.previousSibling?.textContent).toMatch(/“$/);
  });

  it('leaves the sentence as it was, to copy or to hear', async () => {
    const text = 'Unknown kind “x‮y”, ignored; and “”, an empty one.';
    const p = await render(text);
    expect(p.textContent).toBe(text);
    expect(p.querySelectorAll('bdi')).toHaveLength(2);
  });

  it('isolates nothing in a sentence that quotes nothing, or leaves a quote open', async () => {
    for (const text of ['Filters were reset.', 'A stray “ mark, never closed.']) {
      const p = await render(text);
      expect(p.querySelector('bdi')).toBeNull();
      expect(p.textContent).toBe(text);
    }
  });
});
