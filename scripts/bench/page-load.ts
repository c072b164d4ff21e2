import type { Page } from '@playwright/test';
import type { LoadMarks, Variant } from './bench-hooks.ts';
import { withTimeout, type BenchPage, type BrowserHost } from './browser.ts';

/** A fresh page (cold cache, own renderer) navigated to `url` and waited on until interactive. */
export async function openLoaded(
  host: BrowserHost,
  variant: Variant,
  url: string,
  timeoutMs: number,
): Promise<{ bench: BenchPage; marks: LoadMarks }> {
  const bench = await host.open(variant);
  try {
    const marks = await withTimeout(
      (async () => {
        await bench.page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
        return bench.page.evaluate(() => window.__harness!.loaded);
      })(),
      timeoutMs,
      `loading the ${variant}`,
    );
    return { bench, marks };
  } catch (e) {
    await host.discard(bench);
    throw e;
  }
}

/**
 * Live JavaScript heap after a full garbage collection, through the DevTools protocol: exact, unlike
 * performance.memory, which Chromium rounds unless started with a special flag.
 */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / (1024 * 1024);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
