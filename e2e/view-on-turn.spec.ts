import { expect, test, type Page } from '@playwright/test';
import { syntheticDatasetBody } from './support/synthetic';

// Turning a phone or a tablet keeps the view it opened on, and the reader's place in the list. Before,
// the view followed the width whenever the address named none: at 390 × 844 → 844 × 390 the list gave
// way to the timeline, shorter than where the list had been read, and the screen showed the footer
// (scrollY 6493); turning back drew the list anew, at another event (768 × 1024 → 1024 × 768 → back
// landed on the first event of 2022).

const pressed = (page: Page, name: 'List' | 'Timeline') =>
  expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');

const yearHeading = (page: Page, year: string) =>
  page.getByRole('heading', { level: 2, name: year, exact: true });

/** Where a heading's top is on the screen, in whole pixels. */
const topOf = (page: Page, year: string) =>
  yearHeading(page, year).evaluate((el) => Math.round(el.getBoundingClientRect().top), undefined, {
    // Not drawn (a long list drawn elsewhere) is a failure, not a wait.
    timeout: 5_000,
  });

/** How far the page is from its end: 0 when the screen shows the footer. */
const fromEnd = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY);

/** Two frames: whatever the new size set off (observers, a redraw) has run and been painted. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function turn(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await settled(page);
  // The list's place is put back over a few frames.
  await page.waitForTimeout(300);
}

async function jumpTo(page: Page, year: string) {
  await page.getByTestId('list-jump').getByRole('link', { name: year, exact: true }).tap();
  await expect(yearHeading(page, year)).toBeFocused();
  await expect.poll(() => topOf(page, year)).toBeLessThan(40);
  await settled(page);
  return topOf(page, year);
}

for (const [name, upright, turned] of [
  ['a phone', { width: 390, height: 844 }, { width: 844, height: 390 }],
  ['a tablet', { width: 768, height: 1024 }, { width: 1024, height: 768 }],
] as const) {
  test.describe(`turning ${name} (${upright.width} × ${upright.height})`, () => {
    test.use({ viewport: upright, isMobile: true, hasTouch: true });

    test('keeps the list, at the year the reader jumped to, and back again', async ({ page }) => {
      await page.goto('/');
      await pressed(page, 'List');
      const at = await jumpTo(page, '2024');

      await turn(page, turned);
      await pressed(page, 'List');
      await expect(page.getByTestId('timeline')).toHaveCount(0);
      expect(await fromEnd(page), 'the screen shows the footer').toBeGreaterThan(turned.height);
      expect(Math.abs((await topOf(page, '2024')) - at)).toBeLessThanOrEqual(2);
      await expect(yearHeading(page, '2024')).toBeFocused();

      await turn(page, upright);
      await pressed(page, 'List');
      expect(Math.abs((await topOf(page, '2024')) - at)).toBeLessThanOrEqual(2);
      await expect(page).toHaveURL(/\/$/);
    });
  });
}

test.describe('on a phone whose view the reader chose', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('Back and Forward still step between the chosen view and the one the page opened on', async ({
    page,
  }) => {
    await page.goto('/');
    await pressed(page, 'List');
    await page.getByRole('button', { name: 'Timeline', exact: true }).tap();
    await expect(page).toHaveURL(/\?view=timeline$/);
    await expect(page.locator('.vis-item').first()).toBeVisible();

    // Turned wide, where a page opened without a view would show the timeline.
    await turn(page, { width: 844, height: 390 });
    await pressed(page, 'Timeline');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await pressed(page, 'List');
    await expect(page.getByTestId('list-view')).toBeVisible();
    await page.goForward();
    await pressed(page, 'Timeline');

    // A link that names a view shows it at any width.
    await page.goto('/?view=list');
    await pressed(page, 'List');
    await turn(page, { width: 390, height: 844 });
    await pressed(page, 'List');
  });
});

test('resizing a laptop window to a phone’s width keeps the timeline it opened on', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await pressed(page, 'Timeline');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await turn(page, { width: 600, height: 800 });
  await pressed(page, 'Timeline');
  await expect(page.getByTestId('list-view')).toHaveCount(0);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  // A page opened at that width starts on the list, as before.
  await page.reload();
  await pressed(page, 'List');
});

test.describe('turning a phone with a long, windowed list', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test.setTimeout(60_000);
  const body = syntheticDatasetBody(2_000);
  const years = [
    ...new Set((JSON.parse(body) as { events: { start: string }[] }).events.map((e) => e.start.slice(0, 4))),
  ];

  test('keeps the reader at the year they jumped to', async ({ page }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/');
    await expect(page.locator('[data-list-entry]').first()).toBeVisible({ timeout: 20_000 });
    const year = years[Math.floor(years.length / 2)]!;
    const at = await jumpTo(page, year);
    await turn(page, { width: 844, height: 390 });
    await pressed(page, 'List');
    expect(Math.abs((await topOf(page, year)) - at)).toBeLessThanOrEqual(2);
    await turn(page, { width: 390, height: 844 });
    expect(Math.abs((await topOf(page, year)) - at)).toBeLessThanOrEqual(2);
  });
});
