// @vitest-environment happy-dom
import { Component, type ReactNode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemand } from './on-demand';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

class Catch extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null };
  static getDerivedStateFromError(e: unknown) {
    return { error: String(e) };
  }
  render() {
    return this.state.error ? <p>Failed: {this.state.error}</p> : this.props.children;
  }
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

let container: HTMLDivElement;
afterEach(() => container?.remove());

async function mount(node: ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return root;
}

describe('onDemand', () => {
  it('shows the fallback until the code arrives, then the component with its props', async () => {
    const code = deferred<{ default: typeof Greeting }>();
    const Lazy = onDemand(() => code.promise);
    await mount(<Lazy name="Ada" fallback={<p>Loading…</p>} />);
    expect(container.textContent).toBe('Loading…');
    await act(async () => code.resolve({ default: Greeting }));
    expect(container.textContent).toBe('Hello Ada');
  });

  it('renders at once, without a fallback, when the code was preloaded', async () => {
    let calls = 0;
    const Lazy = onDemand(async () => {
      calls++;
      return { default: Greeting };
    });
    await Lazy.preload();
    await Lazy.preload();
    container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    act(() => root.render(<Lazy name="Grace" fallback={<p>Loading…</p>} />));
    // Synchronously, in the same commit as its parent: no fallback was ever shown.
    expect(container.textContent).toBe('Hello Grace');
    expect(calls).toBe(1);
  });

  it('passes a failed load to the error boundary, and a later mount tries again', async () => {
    // React reports the caught error on the console; the assertion below is what matters.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const attempts = [deferred<{ default: typeof Greeting }>(), deferred<{ default: typeof Greeting }>()];
    let n = 0;
    const Lazy = onDemand(() => attempts[n++]!.promise);
    const root = await mount(
      <Catch>
        <Lazy name="Ada" fallback={<p>Loading…</p>} />
      </Catch>,
    );
    await act(async () => attempts[0]!.reject(new Error('chunk missing')));
    expect(container.textContent).toBe('Failed: Error: chunk missing');
    await act(async () =>
      root.render(
        <Catch key="again">
          <Lazy name="Ada" fallback={<p>Loading…</p>} />
        </Catch>,
      ),
    );
    await act(async () => attempts[1]!.resolve({ default: Greeting }));
    expect(container.textContent).toBe('Hello Ada');
    quiet.mockRestore();
  });
});
