import type { Page } from '@playwright/test';
import type { BenchFilter, OpResult } from './bench-hooks.ts';
import { KIND } from './dataset.ts';
import type { Driver } from './driver.ts';

/**
 * The baseline has no controls: the hook call itself is the input. Timed in the page from just before
 * the call (which may block for seconds) to the frame after the timeline settled.
 */
function timed(page: Page, filter: BenchFilter): Promise<OpResult> {
  return page.evaluate(async (f) => {
    const harness = window.__harness!;
    harness.arm('baseline');
    harness.start();
    const shown = window.__bench!.filter(f);
    return { ...(await harness.pending!), shown };
  }, filter);
}

export const baselineDriver: Driver = {
  query: (page, q) => timed(page, { q }),
  kind: (page, on) => timed(page, { kinds: on ? [KIND.value] : [] }),
};
