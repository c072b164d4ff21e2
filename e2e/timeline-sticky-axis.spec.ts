import { expect, test, type Page } from '@playwright/test';
import { contrast, luminance, styleOf } from './support/contrast';
import { openApp } from './support/open-app';

// A laptop: with the real dataset the lanes are about twice the screen's height.
test.use({ viewport: { width: 1366, height: 768 } });

const bar = (page: Page) => page.locator('.timeline__sticky-bar');
/** The labels of an axis, left to right, as [text, x on the screen]. */
const labels = (page: Page, axis: string) =>
  page.locator(`${axis} .vis-time-axis .vis-text:not(.vis-measure)`).evaluateAll((els) =>
    els
      .filter((el) => el.textContent!.trim() !== '')
      .map((el) => [el.textContent!.trim(), Math.round(el.getBoundingClientRect().left)] as const)
      .sort((a, b) => a[1] - b[1]),
  );

test('the dates stay in sight over the lanes once the axis has scrolled out above', async ({ page }) => {
  await openApp(page, '/?view=timeline');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  const realAxis = '[data-testid="timeline"] .vis-panel.vis-top';
  // The axis in sight: no copy.
  await expect(bar(page)).toBeHidden();
  const atTop = await labels(page, realAxis);
  expect(atTop.map(([text]) => text)).toContain('2024');

  const canvas = (await page.getByTestId('timeline').boundingBox())!;
  expect(canvas.height).toBeGreaterThan(768 * 1.3);
  await page.mouse.wheel(0, canvas.y + 400);
  await expect(bar(page)).toBeVisible();
  const box = (await bar(page).boundingBox())!;
  expect(Math.abs(box.y)).toBeLessThanOrEqual(1);
  // The same dates at the same places as the axis they copy.
  expect(await labels(page, '.timeline__sticky-bar')).toEqual(atTop);

  // The copy follows the timeline: a step later (the button is above, so the page scrolls up to it),
  // then back down to the lanes, its labels are the axis's new ones.
  await page.getByRole('button', { name: /Later/ }).first().click();
  await expect.poll(async () => JSON.stringify(await labels(page, realAxis))).not.toBe(JSON.stringify(atTop));
  await page.mouse.wheel(0, 800);
  await expect(bar(page)).toBeVisible();
  // Placed on the screen's width, the real axis's labels can be read wherever the page is scrolled.
  await expect
    .poll(async () => JSON.stringify(await labels(page, '.timeline__sticky-bar')))
    .toBe(JSON.stringify(await labels(page, realAxis)));
  expect(await labels(page, '.timeline__sticky-bar')).not.toEqual(atTop);

  // Past the lanes, and back at the top: gone. (On a screen this short, the page can scroll the lanes
  // out above.)
  await page.setViewportSize({ width: 1366, height: 300 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const lanesBottom = await page.getByTestId('timeline').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(lanesBottom).toBeLessThan(60);
  await expect(bar(page)).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(bar(page)).toBeHidden();
});

test('the copy is for the eye only: screen readers and the tab order pass it by', async ({ page }) => {
  await openApp(page, '/?view=timeline');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.mouse.wheel(0, 1200);
  await expect(bar(page)).toBeVisible();
  await expect(page.getByTestId('timeline-sticky-axis')).toHaveAttribute('aria-hidden', 'true');
  expect(await bar(page).locator('a, button, [tabindex]').count()).toBe(0);
});

test('an event that takes the focus from above is scrolled clear of the copy, not under it', async ({
  page,
}) => {
  await openApp(page, '/?view=timeline');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(bar(page)).toBeVisible();
  // An event of a lane in the middle, a little above the screen (far below the axis): focused as
  // Shift+Tab or a screen reader would.
  const id = await page.locator('.vis-item [data-event-id]').evaluateAll(
    (els) =>
      els
        .find((el) => {
          const y = el.getBoundingClientRect().y;
          return y > -500 && y < -100;
        })
        ?.getAttribute('data-event-id') ?? null,
  );
  expect(id).not.toBeNull();
  const above = page.locator(`.vis-item [data-event-id="${id}"]`);
  await above.focus();
  await expect.poll(async () => (await above.boundingBox())!.y).toBeGreaterThanOrEqual(0);
  const barBottom = (await bar(page).boundingBox())!;
  expect((await above.boundingBox())!.y).toBeGreaterThanOrEqual(barBottom.y + barBottom.height);
});

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the copy of the axis is dark too, and its dates read on it', async ({ page }) => {
    await openApp(page, '/?view=timeline');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    await page.mouse.wheel(0, 1200);
    await expect(bar(page)).toBeVisible();
    const background = await styleOf(bar(page), 'backgroundColor');
    expect(luminance(background)).toBeLessThan(0.05);
    const label = bar(page).locator('.vis-text:not(.vis-measure)').filter({ hasText: /\d/ }).first();
    expect(contrast(await styleOf(label, 'color'), background)).toBeGreaterThanOrEqual(4.5);
  });
});
