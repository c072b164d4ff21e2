import { useSyncExternalStore } from 'react';

// Set between the browser's beforeprint and afterprint: window.print() and the print dialog.
let printRequested = false;
let media: MediaQueryList | null | undefined;
// One query list for the page, made on first use: the snapshot is read on every render.
const printMedia = () => (media ??= typeof matchMedia === 'function' ? matchMedia('print') : null);

function subscribe(onChange: () => void): () => void {
  const before = () => {
    printRequested = true;
    onChange();
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  const media = printMedia();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}

const isPrinting = () => printRequested || (printMedia()?.matches ?? false);

/**
 * True while the page is being printed (or shown with print styles), so that a view can draw what only
 * paper needs. React renders a store change synchronously, in a microtask, so the DOM is updated when
 * the `beforeprint` listeners have run, before the browser lays the page out for print.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}
