import type { Gesture, Harness, Variant } from './bench-hooks.ts';

/**
 * Adds zoom and pan to the page's harness (an init script, after installHarness). The gestures run
 * inside the page because Playwright's clicks and mouse moves wait for the page to answer: on a page
 * that takes seconds per frame they could never keep to a time limit. Self-contained, like
 * installHarness.
 */
export function installGestures(variant: Variant): void {
  /** Long enough for the 250 ms zoom animation and the redraw after it. */
  const ZOOM_PAUSE_MS = 400;
  /** The drag: 400 px to the left and back, in 20 moves each way. */
  const PAN_STEPS = 20;
  const PAN_PX = 400;

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Records requestAnimationFrame deltas while `gesture` runs. */
  const recordFrames = async (gesture: () => Promise<number>, planned: number): Promise<Gesture> => {
    const frames: number[] = [];
    let recording = true;
    // Deltas between frame timestamps only: a frame's timestamp may precede the moment recording began.
    let last = -1;
    const tick = (now: number) => {
      if (!recording) return;
      if (last >= 0) frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const done = await gesture();
    recording = false;
    return { frames, done, planned };
  };
  const zoomButton = (name: string) =>
    [...document.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === name || b.textContent?.trim().endsWith(name),
    );

  const gestures: Pick<Harness, 'zoom' | 'pan'> = {
    zoom(budgetMs) {
      const steps = ['in', 'in', 'in', 'out', 'out', 'out'] as const;
      const deadline = performance.now() + budgetMs;
      return recordFrames(async () => {
        let done = 0;
        for (const direction of steps) {
          if (performance.now() > deadline) break;
          // The app's own buttons (a DOM click, which React handles like any other); the baseline's hook.
          if (variant === 'baseline') window.__bench![direction === 'in' ? 'zoomIn' : 'zoomOut']();
          else zoomButton(direction === 'in' ? 'Zoom in' : 'Zoom out')!.click();
          await sleep(ZOOM_PAUSE_MS);
          done++;
        }
        return done;
      }, steps.length);
    },
    pan(budgetMs) {
      // The time axis, not an item: a press on an item would select it and open the event panel.
      const target =
        document.querySelector('.vis-panel.vis-top') ?? document.querySelector('.vis-panel.vis-center');
      if (!target) return Promise.reject(new Error('no timeline panel to drag'));
      const box = target.getBoundingClientRect();
      const y = box.top + box.height / 2;
      const from = box.left + box.width * 0.75;
      const path = [
        ...Array.from({ length: PAN_STEPS }, (_, i) => from - (PAN_PX * (i + 1)) / PAN_STEPS),
        ...Array.from({ length: PAN_STEPS }, (_, i) => from - PAN_PX + (PAN_PX * (i + 1)) / PAN_STEPS),
      ];
      const pointer = (type: string, x: number, buttons: number) =>
        target.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            composed: true,
            clientX: x,
            clientY: y,
            pointerId: 1,
            pointerType: 'mouse',
            isPrimary: true,
            button: 0,
            buttons,
          }),
        );
      const deadline = performance.now() + budgetMs;
      return recordFrames(async () => {
        pointer('pointerdown', from, 1);
        let done = 0;
        let x = from;
        // One move per frame, as a real mouse delivers them; a busy page gets fewer moves, not a backlog.
        for (x of path) {
          if (performance.now() > deadline) break;
          await nextFrame();
          pointer('pointermove', x, 1);
          done++;
        }
        pointer('pointerup', x, 0);
        await sleep(300);
        return done;
      }, path.length);
    },
  };
  Object.assign(window.__harness!, gestures);
}
