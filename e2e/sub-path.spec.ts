import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPreview, stopPreview } from '../scripts/lib/preview-server';
import { guardPage } from './support/page-guards';
import { freePort } from '../scripts/lib/free-port';

// A GitHub Pages project site lives at /<repository>/, and the Pages workflow builds with BASE_PATH for it.
// Whatever the build or the app asks for at the root of the origin is a 404 there, and only there.
const BASE = '/diplomatic-timeline/';

test.describe('a build for a sub-path, as on GitHub Pages', () => {
  test.describe.configure({ mode: 'serial' });
  // The worker is part of what a sub-path can break: its file, its scope and what it stores.
  test.use({ serviceWorkers: 'allow' });

  let out = '';
  let server: ChildProcess | undefined;
  let site = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    out = mkdtempSync(join(tmpdir(), 'dt-sub-path-'));
    const env = { ...process.env, BASE_PATH: BASE };
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
      {
        env,
        encoding: 'utf8',
      },
    );
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const port = await freePort();
    server = startPreview(port, out, env);
    site = `http://127.0.0.1:${port}${BASE}`;
    await expect
      .poll(
        () =>
          fetch(site).then(
            (r) => r.ok,
            () => false,
          ),
        { timeout: 60_000 },
      )
      .toBe(true);
  });

  test.afterAll(() => {
    if (server) stopPreview(server);
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('opens, keeps its links under the sub-path, and asks for nothing outside it', async ({ page }) => {
    const guards = await guardPage(page);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
    });

    await page.goto(site);
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    await page.getByLabel('Search events').fill('Istanbul');
    await expect(page).toHaveURL(`${site}?q=Istanbul`);
    await page.locator('.vis-item-content [data-event-id]').first().click();
    await expect(page).toHaveURL(new RegExp(`^${site.replace(/[.?]/g, '\\$&')}\\?q=Istanbul&event=`));
    const heading = await page.locator('.panel h2').first().textContent();
    expect(heading).toBeTruthy();

    // The shared link reopens what was shown, from the sub-path.
    await page.reload();
    await expect(page.locator('.panel h2').first()).toHaveText(heading!);
    await expect(page.getByLabel('Search events')).toHaveValue('Istanbul');

    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope), {
        message: 'the service worker is registered for the sub-path',
        timeout: 10_000,
      })
      .toBe(site);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const lists = await Promise.all(names.map(async (n) => (await caches.open(n)).keys()));
      return lists.flat().map((r) => new URL(r.url).pathname);
    });
    expect(stored).toEqual(expect.arrayContaining([BASE, `${BASE}data/events.json`]));
    expect(stored.filter((path) => !path.startsWith(BASE))).toEqual([]);

    // An event's title links to the page's own address, under the sub-path, with its event.
    await page.goto(`${site}?q=Istanbul&view=list`);
    await expect(page.locator('[data-list-entry]').first()).toHaveAttribute(
      'href',
      new RegExp(`^${BASE}\\?q=Istanbul&view=list&event=`),
    );

    expect(outside).toEqual([]);
    expect(await guards.violations()).toEqual([]);
    expect(guards.errors).toEqual([]);
  });
});
