import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, a frame late: it takes a new value only once the frame that shows the change elsewhere on
 * the page is on the screen, and then in a transition, which typing can interrupt. A new value before
 * that drops the one waiting.
 *
 * `useDeferredValue` is not enough for a part beside the result: its render comes right after the
 * result's, often before the next frame, where vis-timeline draws its items, so the timeline waited
 * for it.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from a frame callback runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
