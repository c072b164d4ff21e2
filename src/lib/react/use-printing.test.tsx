// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { usePrinting } from './use-printing';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe() {
  return <p>{usePrinting() ? 'printing' : 'on screen'}</p>;
}

let container: HTMLDivElement;
let root: Root;
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('usePrinting', () => {
  it('is true from beforeprint to afterprint, and the view follows', () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<Probe />));
    expect(container.textContent).toBe('on screen');

    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(container.textContent).toBe('printing');

    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(container.textContent).toBe('on screen');
  });
});
