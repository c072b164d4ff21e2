// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { CiteButton } from './CiteDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const input = () => ({
  datasetVersion: '2026.01.01',
  permalink: 'https://example.org/',
  accessed: new Date(),
});

/** The accessible name a dialog gets from aria-labelledby: the text of the element it points to. */
const nameOf = (dialog: Element) =>
  document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? null;

describe('CiteButton', () => {
  it('names each dialog in the page by its own heading', async () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () =>
      root.render(
        <>
          <CiteButton label="Cite this view" input={input} />
          <CiteButton label="Cite this event" input={input} />
        </>,
      ),
    );
    const dialogs = [...container.querySelectorAll('dialog')];
    expect(dialogs.map(nameOf)).toEqual(['Cite this view', 'Cite this event']);
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
