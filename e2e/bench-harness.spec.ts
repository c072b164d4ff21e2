import { expect, test } from '@playwright/test';
import type { LoadMarks } from '../scripts/bench/bench-hooks.ts';
import { installHarness, NAME_SHIM } from '../scripts/bench/harness.ts';

// The benchmark's load mark, on a page built like a bare vis-timeline's first drawing: an item that is
// drawn and visible but not yet placed on the time axis (no transform on its `.vis-item` box), placed
// ten frames later. Only the placed item may count as "first item visible" (docs/performance.md).
const PAGE = `<!doctype html>
<html><body>
  <div class="vis-timeline"><div class="vis-item" id="box"><div class="vis-item-content">An event</div></div></div>
  <script>
    window.__bench = { ready: true, total: 1 };
    // Ten frames later, not a fixed time: on a slow machine the first frame may come late.
    let frames = 0;
    const tick = () => {
      if (++frames < 10) return requestAnimationFrame(tick);
      document.getElementById('box').style.transform = 'translateX(40px)';
      window.placedAt = performance.now();
    };
    requestAnimationFrame(tick);
  </script>
</body></html>`;

test('the benchmark counts an item as visible only once vis-timeline has placed it', async ({ page }) => {
  await page.route('**/harness-check.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: PAGE }),
  );
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installHarness, 'baseline' as const);
  await page.goto('/harness-check.html');

  const marks = (await page.evaluate(() => window.__harness!.loaded)) as LoadMarks;
  const placedAt = (await page.evaluate(
    () => (window as unknown as { placedAt: number }).placedAt,
  )) as number;

  expect(marks.firstDrawn).toBeDefined();
  expect(marks.firstDrawn!).toBeLessThan(placedAt);
  expect(marks.firstItem!).toBeGreaterThanOrEqual(placedAt);
  // The page is not counted as interactive before its first item is readable.
  expect(marks.interactive!).toBeGreaterThanOrEqual(marks.firstItem!);
});
