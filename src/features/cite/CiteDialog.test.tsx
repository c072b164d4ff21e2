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

  it('forgets a failure when it is opened again and the citations come', async () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    let calls = 0;
    const flaky = () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return input();
    };
    await act(async () => root.render(<CiteButton label="Cite this view" input={flaky} />));
    const button = container.querySelector('button')!;
    const dialog = container.querySelector('dialog')!;
    await act(async () => button.click());
    expect(dialog.querySelector('[role="alert"]')?.textContent).toContain('offline');
    await act(async () => dialog.close());
    await act(async () => {
      button.click();
      // The formats load as a chunk of their own: let it arrive before the dialog is read.
      await import('./formats/index');
    });
    expect(dialog.querySelector('[data-format="BibTeX"]')).not.toBeNull();
    expect(dialog.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows no citation of the event it was last opened for while the new ones are prepared', async () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const cite = (id: string) => () => ({ ...input(), permalink: `https://example.org/?event=${id}` });
    const shown = () => [...dialog().querySelectorAll('textarea')].map((t) => t.value).join('\n');
    const dialog = () => container.querySelector('dialog')!;
    const button = () => container.querySelector('button')!;

    // Opened for one event and closed before the formats had loaded: they arrive after.
    await act(async () => root.render(<CiteButton label="Cite this event" input={cite('first')} />));
    act(() => button().click());
    act(() => dialog().close());
    await act(async () => {
      await import('./formats/index');
    });

    await act(async () => root.render(<CiteButton label="Cite this event" input={cite('second')} />));
    act(() => button().click());
    expect(shown()).not.toContain('event=first');
    expect(dialog().querySelector('[role="status"]')?.textContent).toBe('Preparing the citations…');
    await act(async () => {
      await import('./formats/index');
    });
    expect(shown()).toContain('event=second');
    expect(shown()).not.toContain('event=first');
  });
});
