import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset.ts';
import { payload } from './support/hostile-event.ts';
import { findInjectedTraces, guardPage } from './support/page-guards.ts';

// The real dataset has no formerIds yet: this one says that 2025-05-16-istanbul-talks-round-1 was once
// 2025-05-16-istanbul-talks, as an editor who renamed it would.
const dataset = builtDataset();
const NOW = '2025-05-16-istanbul-talks-round-1';
const OLD = '2025-05-16-istanbul-talks';
const event = dataset.events.find((e) => e.id === NOW)!;
// An old id is the dataset's text, which is never trusted to be plain.
const HOSTILE = payload('former id');
const events = dataset.events.map((e) => (e === event ? { ...e, formerIds: [OLD, HOSTILE] } : e));
const NOTICE = `This link named the event by an earlier id, “${OLD}”; it is now “${NOW}”.`;

test.beforeEach(async ({ page }) => {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ...dataset, events }),
    }),
  );
});

async function openEarlierId(page: Page) {
  const panel = page.getByTestId('event-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(page.locator(`.vis-item.vis-selected [data-event-id="${NOW}"]`)).toHaveCount(1);
  await expect(page.getByTestId('notices')).toContainText(NOTICE);
  await expect(page).toHaveURL(new RegExp(`/\\?event=${NOW}$`));
}

test('a link that names an event by an earlier id opens it, says so, and the address then holds its id now', async ({
  page,
}) => {
  expect(event, `${NOW} is in the dataset`).toBeDefined();
  expect(dataset.events.some((e) => e.id === OLD)).toBe(false);
  await page.goto(`/?event=${OLD}`);
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await openEarlierId(page);

  // Back to a step written before the rename: the same, and the address is rewritten in place.
  await page.getByTestId('notices').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Close the event details' }).click();
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await page.evaluate((old) => {
    history.replaceState(null, '', `/?event=${old}`);
    history.pushState(null, '', '/');
  }, OLD);
  const steps = await page.evaluate(() => history.length);
  await page.goBack();
  await openEarlierId(page);
  await expect(page.getByTestId('notices').getByRole('listitem')).toHaveCount(1);
  // No step added, and the one after it is still there.
  expect(await page.evaluate(() => history.length)).toBe(steps);
  await page.goForward();
  await expect(page).toHaveURL(/\/$/);
});

test('an earlier id with markup in it is shown as text', async ({ page }) => {
  const guards = await guardPage(page);
  await page.goto(`/?${new URLSearchParams({ event: HOSTILE })}`);
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(page.getByTestId('notices')).toContainText(`by an earlier id, “${HOSTILE}”`);
  await expect(page).toHaveURL(new RegExp(`/\\?event=${NOW}$`));
  expect(await findInjectedTraces(page)).toEqual([]);
  expect(await guards.violations()).toEqual([]);
  expect(guards.errors).toEqual([]);
});
