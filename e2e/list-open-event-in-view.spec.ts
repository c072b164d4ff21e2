import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';

const dataset = builtDataset();
// An event far down the list, with a party that few events share.
const DAVOS = '2024-01-14-davos-peace-formula-meeting';
const davos = dataset.events.find((e) => e.id === DAVOS)!;

/** Whether the event's row is on the screen. */
const rowOnScreen = (page: Page, id: string) =>
  page.locator(`[data-list-event-id="${id}"]`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });

const listPressed = (page: Page) =>
  expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');

test.beforeAll(() => {
  expect(davos).toBeDefined();
  expect(davos.parties).toContain('CH');
});

test('Back and Forward to a step with the same event open show its row, as the link does', async ({
  page,
}) => {
  await page.goto(`/?view=list&event=${DAVOS}`);
  await expect(page.locator(`[data-list-event-id="${DAVOS}"]`)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => rowOnScreen(page, DAVOS)).toBe(true);

  await page.getByRole('button', { name: 'Switzerland: filter by this party' }).click();
  await expect(page).toHaveURL(/party=CH/);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('.vis-item').first()).toBeVisible();

  await page.goBack();
  await listPressed(page);
  await expect.poll(() => rowOnScreen(page, DAVOS)).toBe(true);
  // The step the link opened: every event, the same one open.
  await page.goBack();
  await expect(page).not.toHaveURL(/party=/);
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  await expect(page.locator('#panel-title')).toHaveText(davos.title);
  await expect.poll(() => rowOnScreen(page, DAVOS)).toBe(true);

  await page.goForward();
  await expect(page).toHaveURL(/party=CH/);
  await expect.poll(() => rowOnScreen(page, DAVOS)).toBe(true);
});

test('“Clear all filters” with an event open keeps its row on the screen', async ({ page }) => {
  await page.goto(`/?view=list&party=CH&event=${DAVOS}`);
  await expect(page.locator(`[data-list-event-id="${DAVOS}"]`)).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  await expect.poll(() => rowOnScreen(page, DAVOS)).toBe(true);
  // The focus stays where the reader put it, not on the list.
  await expect(page.locator('[data-list-event-id] :focus')).toHaveCount(0);
});

test('a step of history that opens an event far from the screen shows its row beside the panel', async ({
  page,
}) => {
  await page.goto(`/?view=list&event=${DAVOS}`);
  await expect(page.locator('#panel-title')).toHaveText(davos.title);
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  // The timeline, then Back to the list, drawn anew at its top; Back again reopens the event, and the
  // panel narrows the list.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await page.goBack();
  await listPressed(page);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.goBack();
  await expect(page.locator('#panel-title')).toHaveText(davos.title);
  await expect.poll(() => rowOnScreen(page, DAVOS)).toBe(true);
  // And stays there once the list is laid out anew at its narrower width.
  await page.waitForTimeout(500);
  expect(await rowOnScreen(page, DAVOS)).toBe(true);
});
