// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useValueAfterPaint } from './use-value-after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const seen: string[] = [];
function Probe({ value }: { value: string }) {
  const late = useValueAfterPaint(value);
  seen.push(late);
  return (
    <p>
      {value} {late}
    </p>
  );
}

/** One frame painted, then the tasks queued after it. */
const nextFrame = () =>
  act(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve)))),
  );

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  seen.length = 0;
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

describe('useValueAfterPaint', () => {
  it('starts with the value, and takes a new one only after the next frame', async () => {
    act(() => root.render(<Probe value="a" />));
    expect(container.textContent).toBe('a a');
    act(() => root.render(<Probe value="b" />));
    expect(container.textContent).toBe('b a');
    await nextFrame();
    expect(container.textContent).toBe('b b');
  });

  it('drops a value that a newer one replaced before the frame', async () => {
    act(() => root.render(<Probe value="a" />));
    act(() => root.render(<Probe value="b" />));
    act(() => root.render(<Probe value="c" />));
    await nextFrame();
    expect(container.textContent).toBe('c c');
    expect(seen).not.toContain('b');
  });
});
