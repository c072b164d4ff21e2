import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export interface OnDemand<P> {
  (props: P & { fallback: ReactNode }): ReactNode;
  /** Starts loading the code (once); safe to call before anything renders. */
  preload(): Promise<ComponentType<P>>;
}

/**
 * A component whose code loads on demand, like `React.lazy` but without Suspense. React holds a
 * Suspense boundary's content back for up to 300 ms after its fallback was shown; on a fast load that
 * wait was most of the time to the first timeline item. Once the code has arrived it renders at once,
 * in the same frame as its parent. A failed load is thrown to the nearest error boundary; the next
 * mount tries again.
 */
export function onDemand<P extends object>(load: Loader<P>): OnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;

  const preload = () =>
    (pending ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));

  function Component(props: P & { fallback: ReactNode }) {
    const [, setArrived] = useState(loaded !== null);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);

    useEffect(() => {
      if (loaded) return;
      let live = true;
      preload().then(
        () => live && setArrived(true),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, []);

    if (failure) throw failure.error;
    const { fallback, ...rest } = props;
    const Loaded = loaded;
    return Loaded ? <Loaded {...(rest as P)} /> : fallback;
  }

  return Object.assign(Component, { preload });
}
