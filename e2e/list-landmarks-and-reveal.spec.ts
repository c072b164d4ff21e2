import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { syntheticDatasetBody } from './support/synthetic';

const dataset = builtDataset();

/** Where an element's middle is, as a fraction of the screen's height. */
async function heightFraction(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return (box.top + box.height / 2) / window.innerHeight;
  });
}

test('the list is one landmark; its years and months are headings, not regions', async ({ page }) => {
  await page.goto('/?view=list');
  await expect(page.locator('[data-list-entry]').first()).toBeVisible();
  const snapshot = await page.getByRole('main').ariaSnapshot();
  const regions = snapshot.split('\n').filter((line) => /^\s*- region\b/.test(line));
  // The list's own, and the chart's ("Events per month").
  expect(regions.map((r) => r.trim())).toEqual([
    '- region "Events per month":',
    '- region "Events by year and month":',
  ]);
  const years = new Set(dataset.events.map((e) => e.start.slice(0, 4)));
  await expect(
    page.getByRole('region', { name: 'Events by year and month' }).getByRole('heading', { level: 2 }),
  ).toHaveCount(years.size);
  await expect(page.getByRole('heading', { level: 3, name: 'October 2025' })).toBeVisible();
});

test('an event named in the link is brought to the middle of the screen, not left on its bottom edge', async ({
  page,
}) => {
  const middle = dataset.events[Math.floor(dataset.events.length / 2)]!;
  await page.goto(`/?view=list&event=${middle.id}`);
  const entry = `[data-list-event-id="${middle.id}"]`;
  await expect(page.locator(entry)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => heightFraction(page, entry)).toBeGreaterThan(0.3);
  expect(await heightFraction(page, entry)).toBeLessThan(0.7);

  // A click on an entry already in view opens it where it is: the list does not jump.
  const next = dataset.events[Math.floor(dataset.events.length / 2) + 1]!;
  const other = page.locator(`[data-list-event-id="${next.id}"] [data-list-entry]`);
  const before = await page.evaluate(() => window.scrollY);
  await other.click();
  await expect(page.locator('aside.panel h2').first()).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

/** A heading's top, in pixels from the top of the screen. */
const headingTop = (page: Page, name: string, level: number) =>
  page
    .getByRole('heading', { name, level, exact: true })
    .evaluate((el) => Math.round(el.getBoundingClientRect().top));

test('a “Jump to year” address opened as a link goes to that year, and a month’s to that month, once', async ({
  page,
}) => {
  await page.goto('/?view=list#list-year-2024');
  const h2024 = page.getByRole('heading', { level: 2, name: '2024', exact: true });
  await expect(h2024).toBeFocused();
  await expect.poll(() => headingTop(page, '2024', 2)).toBeLessThan(40);

  // Once: the list drawn again (the timeline, then the list) is not brought back to it.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('[data-list-entry]').first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(await headingTop(page, '2024', 2)).toBeGreaterThan(800);

  await page.goto('/?view=list#list-month-2025-10');
  await expect(page.getByRole('heading', { level: 3, name: 'October 2025', exact: true })).toBeFocused();
  await expect.poll(() => headingTop(page, 'October 2025', 3)).toBeLessThan(40);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('the event named in the link sits above the panel’s sheet, not under it', async ({ page }) => {
    const middle = dataset.events[Math.floor(dataset.events.length / 2)]!;
    await page.goto(`/?view=list&event=${middle.id}`);
    const sheet = page.locator('aside.panel');
    await expect(sheet).toBeVisible();
    const entry = page.locator(`[data-list-event-id="${middle.id}"]`);
    await expect
      .poll(async () => {
        const e = (await entry.boundingBox())!;
        const s = (await sheet.boundingBox())!;
        return e.y >= 0 && e.y + e.height <= s.y;
      })
      .toBe(true);
  });
});

test.describe('with a long, windowed list', () => {
  const COUNT = 2_000;
  const body = syntheticDatasetBody(COUNT);
  const events = (JSON.parse(body) as { events: { id: string; start: string }[] }).events;
  test.setTimeout(60_000);

  test('an event named in the link, far down, is drawn and brought to the middle', async ({ page }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    const far = events[Math.floor(COUNT * 0.8)]!;
    await page.goto(`/?view=list&event=${far.id}`);
    const entry = `[data-list-event-id="${far.id}"]`;
    await expect(page.locator(entry)).toHaveAttribute('aria-current', 'true', { timeout: 20_000 });
    // Drawn alone with its neighbours: the list is windowed.
    expect(await page.locator('[data-list-entry]').count()).toBeLessThan(200);
    await expect.poll(() => heightFraction(page, entry)).toBeGreaterThan(0.2);
    expect(await heightFraction(page, entry)).toBeLessThan(0.7);
  });

  test('a year’s address, far down, is drawn and its heading brought up', async ({ page }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    const year = events.at(-1)!.start.slice(0, 4);
    await page.goto(`/?view=list#list-year-${year}`);
    const heading = page.getByRole('heading', { level: 2, name: year, exact: true });
    await expect(heading).toBeFocused({ timeout: 20_000 });
    await expect.poll(() => headingTop(page, year, 2)).toBeLessThan(40);
    expect(await page.locator('[data-list-entry]').count()).toBeLessThan(200);
  });
});
