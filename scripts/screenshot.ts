/**
 * npm run screenshot — builds nothing; serves dist/ and saves docs/screenshot.png for the README.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../e2e/support/find-chromium.ts';

const PORT = 4319;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
try {
  const found = findChromium();
  if (!found) throw new Error('No Chromium: run `npx tsx scripts/ensure-chromium.ts` first.');
  const browser = await chromium.launch(
    found.executablePath ? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (let i = 0; i < 50; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/${process.argv[2] ?? ''}`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.getByTestId('dataset-summary').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
  console.log('Wrote docs/screenshot.png');
} finally {
  server.kill();
}
