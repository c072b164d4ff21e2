import type { Page } from '@playwright/test';
import type { Gesture } from './bench-hooks.ts';
import { ms, step, type SizeContext } from './size-context.ts';

// Frame-to-frame times (requestAnimationFrame deltas) while zooming and while panning, recorded by
// the gestures that run inside the page (harness-gestures.ts). Idle frames count too (~16.7 ms each):
// the median says "smooth or not"; p95 and the worst frame say how bad the stutter is.
const zoomFrames = (page: Page, budgetMs: number): Promise<Gesture> =>
  page.evaluate((ms) => window.__harness!.zoom(ms), budgetMs);

const panFrames = (page: Page, budgetMs: number): Promise<Gesture> =>
  page.evaluate((ms) => window.__harness!.pan(ms), budgetMs);

/** Zoom, then pan, on each page in turn. */
export async function measureGestures(ctx: SizeContext): Promise<void> {
  const { order, opts, rec, log } = ctx;
  for (const v of order) {
    for (const [id, gesture] of [
      ['frames.zoom', (page: Page) => zoomFrames(page, opts.gestureMs)],
      ['frames.pan', (page: Page) => panFrames(page, opts.gestureMs)],
    ] as const) {
      // The gesture stops sending input at --gesture; the step limit counts from there.
      const result = await step(ctx, v, id, gesture, opts.gestureMs + opts.stepTimeoutMs);
      if (!result) continue;
      for (const f of result.frames) rec[v][id].add(f);
      if (result.done < result.planned)
        rec[v][id].note(`cut short after ${result.done} of ${result.planned} inputs (--gesture)`);
      log(v, `${id}: ${result.frames.length} frames, worst ${ms(Math.max(0, ...result.frames))}`);
    }
  }
}
