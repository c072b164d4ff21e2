import { expect, test } from '@playwright/test';
import { builtDataset } from './support/dataset.ts';

const DATA = '**/data/events.json';

test('loads the built dataset and says how many events it holds', async ({ page }) => {
  const dataset = builtDataset();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?view=list');
  await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length} events`);
  await expect(page.getByTestId('dataset-summary')).toContainText(`dataset version ${dataset.version}`);
  await expect(page.locator('[data-list-event-id]')).toHaveCount(dataset.events.length);
  expect(errors).toEqual([]);
});

test('shows progress while the data is slow to arrive', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATA, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the chronology' })).toBeVisible();
  release();
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
});

const broken: [string, { status: number; body: string; contentType?: string }, RegExp][] = [
  ['missing', { status: 404, body: 'Not found' }, /data file is missing/i],
  // A server whose fallback answers an unknown address with a page (vite preview, many static hosts).
  [
    'missing, the server sending a page in its place',
    {
      status: 200,
      body: '<!doctype html>\n<html><head><title>Diplomatic Timeline</title>',
      contentType: 'text/html',
    },
    /data file is missing/i,
  ],
  ['not JSON', { status: 200, body: '{"version": 1, oops', contentType: 'application/json' }, /damaged/i],
  [
    'truncated',
    { status: 200, body: '{"version":"1","events":[{"id":"a"', contentType: 'application/json' },
    /damaged/i,
  ],
  ['the wrong shape', { status: 200, body: '[1,2,3]', contentType: 'application/json' }, /wrong shape/i],
  ['a server error', { status: 500, body: 'boom' }, /could not provide the data/i],
];

for (const [name, response, message] of broken) {
  test(`shows an error screen, not a blank page, when the data file is ${name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(DATA, (route) => route.fulfill(response));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('heading')).toHaveText(message);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a data file missing from a server that sends its own page instead is called missing, as the detail says', async ({
  page,
}) => {
  // What dist/ served by vite preview without data/events.json gives: the site's index.html, status 200.
  await page.route(DATA, async (route) => {
    const index = await route.fetch({ url: new URL('/', route.request().url()).href });
    await route.fulfill({ response: index });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The data file is missing.');
  await alert.getByText('Technical detail').click();
  await expect(alert).toContainText('the file is probably missing from the server');
  await expect(alert).not.toContainText('damaged');
});

test('"Try again" recovers once the data is back', async ({ page }) => {
  let fail = true;
  await page.route(DATA, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto('/');
  await expect(page.getByRole('alert')).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
});

test('names malformed events it leaves out instead of dropping them silently', async ({ page }) => {
  const dataset = builtDataset();
  const bad = { id: 'broken-entry', title: 42 };
  await page.route(DATA, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ...dataset, events: [...dataset.events, bad] }),
    }),
  );
  await page.goto('/');
  await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length} events`);
  await expect(page.getByText('1 event in the data file could not be shown')).toBeVisible();
  await expect(page.getByText('“broken-entry”')).toBeVisible();
});

test('a dataset of one event speaks of it in the singular', async ({ page }) => {
  const dataset = builtDataset();
  const one = dataset.events.find((e) => e.id === '2025-08-15-anchorage-summit')!;
  await page.route(DATA, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ...dataset, events: [one] }),
    }),
  );
  await page.goto('/?view=list');
  await expect(page.getByTestId('dataset-summary')).toHaveText(
    `1 event, 15 August 2025 · dataset version ${dataset.version}`,
  );
  await expect(page.getByText('Export 1 shown event:', { exact: true })).toBeVisible();
  await expect(page.getByTestId('showing')).toHaveText('Showing 1 of 1 event');
  await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
  await expect(page.locator('.export__status')).toHaveText('Downloaded 1 event as CSV.');
});
