import { defineConfig, devices } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from './e2e/support/find-chromium.ts';

const chromium = findChromium();
const PORT = Number(process.env.E2E_PORT ?? 4317);
// E2E_DIST serves another build than dist/ (benchmarks and parallel work build elsewhere).
const OUT_DIR = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    // page.route cannot see what a service worker answers; the offline tests allow it for themselves.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromium?.executablePath
          ? { executablePath: chromium.executablePath, args: SYSTEM_CHROMIUM_ARGS }
          : {},
      },
    },
  ],
  // Tests run against the built site as plain static files: what a user of `npm start` or Pages gets.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
