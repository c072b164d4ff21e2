import { expect, test } from '@playwright/test';
import { openApp } from './support/open-app';

test.use({ viewport: { width: 1920, height: 1080 } });

test('on a wide screen the timeline uses the width, and the controls above it keep a readable one', async ({
  page,
}) => {
  await openApp(page, '/?view=timeline');
  const canvas = await page.getByTestId('timeline').boundingBox();
  // The page's side margins are at most 2rem each.
  expect(canvas!.width).toBeGreaterThan(1920 - 2 * 32 - 2);
  const filters = await page.getByRole('search', { name: 'Filter the events' }).boundingBox();
  expect(filters!.width).toBeLessThanOrEqual(76 * 16);

  // The list is text, read best in lines of a limited length: it keeps the page's width.
  await page.getByRole('button', { name: 'List' }).click();
  const main = await page.locator('main').boundingBox();
  expect(main!.width).toBeLessThanOrEqual(80 * 16);
});
