import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// The tooltip is fixed to the screen. It once started wherever its item did, however little room was
// left: at the right edge it was squeezed to a word a line, at the foot of the window it was drawn
// below the screen, and when the page scrolled a keyboard reader's tooltip stayed behind, over
// other items. Each test here failed before tooltip-place.ts.

const grain = builtDataset().events.find((e) => e.id === '2022-07-22-black-sea-grain-initiative')!;
const VIEWPORT = { width: 1280, height: 800 };
test.use({ viewport: VIEWPORT });

async function focusGrain(page: Page, span: string): Promise<{ item: Locator; tooltip: Locator }> {
  await openApp(page, `/?span=${span}`);
  const item = page.locator(`.vis-item [data-event-id="${grain.id}"]`);
  await expect(item).toBeVisible();
  await item.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toHaveText(`${grain.title} — 22 July 2022`);
  return { item, tooltip };
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

test('a tooltip of an item at the right edge is moved left, whole and readable, not squeezed', async ({
  page,
}) => {
  // The grain deal (22 July) a few days before the window's end: its item starts near the right edge.
  const { tooltip } = await focusGrain(page, '2022-01-01,2022-07-26');
  const tip = await box(tooltip);
  expect(tip.x + tip.width).toBeLessThanOrEqual(VIEWPORT.width);
  // Its title takes two lines at most at its full width; squeezed, it took one line a word.
  expect(tip.width).toBeGreaterThan(250);
  expect(tip.height).toBeLessThan(70);
});

test('a tooltip of an item at the foot of the window goes above it, on the screen, clear of it', async ({
  page,
}) => {
  const { item, tooltip } = await focusGrain(page, '2022-06-01,2022-09-01');
  // The page scrolled, the focus kept, until the item is the last thing on the screen.
  await item.evaluate((el) => {
    window.scrollBy({ top: el.getBoundingClientRect().bottom - window.innerHeight + 2, behavior: 'instant' });
  });
  await expect
    .poll(async () => {
      const [tip, it] = [await box(tooltip), await box(item)];
      return tip.y >= 0 && tip.y + tip.height <= it.y && it.y - (tip.y + tip.height) < 12;
    })
    .toBe(true);
});

test('a keyboard reader’s tooltip follows its item when the page scrolls', async ({ page }) => {
  const { item, tooltip } = await focusGrain(page, '2022-06-01,2022-09-01');
  await page.mouse.move(5, 5);
  await page.mouse.wheel(0, 150);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect
    .poll(async () => {
      const [tip, it] = [await box(tooltip), await box(item)];
      return Math.abs(tip.y - (it.y + it.height));
    })
    .toBeLessThan(12);
});
