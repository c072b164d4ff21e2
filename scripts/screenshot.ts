/**
 * npm run screenshot — builds nothing; serves dist/ and saves docs/screenshot.png for the README.
 * `npm run screenshot -- '?event=<id>'` opens that event; by default the cancelled Budapest summit, so
 * that the picture shows what the README says it shows: filters, lanes and an event's panel.
 */
import { chromium } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../e2e/support/find-chromium.ts';
import { startPreview, stopPreview } from './lib/preview-server.ts';

const PORT = 4319;
const DEFAULT_VIEW = '?event=2025-10-budapest-summit';
const server = startPreview(PORT);
try {
  const found = findChromium();
  if (!found) throw new Error('No Chromium: run `npx tsx scripts/ensure-chromium.ts` first.');
  const browser = await chromium.launch(
    found.executablePath ? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  for (let i = 0; i < 50; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/${process.argv[2] ?? DEFAULT_VIEW}`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.getByTestId('dataset-summary').waitFor();
  // The timeline shows its drawing only once it is complete (vis-timeline hides it until then).
  await page.locator('.vis-timeline .vis-item-content').first().waitFor({ state: 'visible' });
  await page.waitForTimeout(500);
  // Opening an event scrolls the page to its panel: the picture starts at the top, with the filters.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
  console.log('Wrote docs/screenshot.png');
} finally {
  stopPreview(server);
}
