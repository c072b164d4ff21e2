import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { killGroup } from '../scripts/lib/child-groups';
import { freePort } from '../scripts/lib/free-port';
import { guardPage } from './support/page-guards';

// npm run dev rebuilds the dataset from the event files on every page load. An editor who breaks one should be
// told which file and field, and that fixing it and reloading is the way on, not that "the server could not
// provide the data". The development server reads a copy of data/ (DEV_DATA_DIR): data/ itself is never touched.
const FILE = 'events/2025/2025-05-16-istanbul-talks-round-1.json';

test.describe('npm run dev with an invalid event file', () => {
  test.describe.configure({ mode: 'serial' });

  let data = '';
  let server: ChildProcess | undefined;
  let site = '';
  let original = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    data = mkdtempSync(join(tmpdir(), 'dt-dev-data-'));
    cpSync('data', data, { recursive: true });
    original = readFileSync(join(data, FILE), 'utf8');
    const event = JSON.parse(original) as { title: string; sources: { language: string }[] };
    // A language written by its name, and markup in the title, which the page must show as text.
    event.sources[1]!.language = 'English';
    event.title = `<b>Bold</b> ${event.title}`;
    writeFileSync(join(data, FILE), JSON.stringify(event, null, 2));

    const port = await freePort();
    // A process group of its own: npx → sh → node, all stopped together afterwards.
    server = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, DEV_DATA_DIR: data },
    });
    site = `http://127.0.0.1:${port}/`;
    await expect
      .poll(
        () =>
          fetch(site).then(
            (r) => r.ok,
            () => false,
          ),
        { timeout: 90_000 },
      )
      .toBe(true);
  });

  test.afterAll(() => {
    if (server && server.exitCode === null) killGroup(server, 'SIGTERM');
    if (data) rmSync(data, { recursive: true, force: true });
  });

  test('says which file and field are wrong, as text, and that fixing the file and reloading helps', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const guards = await guardPage(page);
    await page.goto(site);

    const screen = page.getByRole('alert');
    await expect(screen.getByRole('heading', { name: 'An event file is invalid' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(screen).toContainText('they do not pass the validator');
    await expect(screen).toContainText('Fix what is listed below, save the file, and reload the page');
    await expect(screen).not.toContainText('The server could not provide the data');

    // Each problem: the file with the line and column, then the field (the item in words) and what to change.
    const problems = screen.locator('.screen__problems li');
    await expect(problems).toHaveCount(2);
    const language = problems.filter({ hasText: '/sources/1/language' });
    await expect(language).toContainText(
      new RegExp(`${FILE.replace(/[.]/g, '\\.')}, line \\d+, column \\d+`),
    );
    await expect(language).toContainText('Field /sources/1/language (the second source):');
    await expect(language).toContainText('did you mean "en"?');
    // The markup in the title is quoted as text: no element is made of it.
    const title = problems.filter({ hasText: '/title' });
    await expect(title).toContainText('remove the markup "<b>"');
    await expect(screen.locator('b')).toHaveCount(0);
    // Shown without opening "Technical detail".
    await expect(language).toBeVisible();

    // Fixed and reloaded (here with Try again), the chronology loads.
    writeFileSync(join(data, FILE), original);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('dataset-summary')).toBeVisible({ timeout: 30_000 });
    expect(guards.errors).toEqual([]);
  });
});
