import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// The tooltip can be hovered (WCAG 2.2 SC 1.4.13). The first test failed before that change; the
// others keep what a tooltip the pointer can rest on could break: a click on its item, and Escape.

const dataset = builtDataset();
const grain = dataset.events.find((e) => e.id === '2022-07-22-black-sea-grain-initiative')!;

async function ready(page: Page, path = '/') {
  await openApp(page, path);
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
}

test.describe('the timeline tooltip', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('stays while the pointer moves onto it and rests there, and goes once the pointer has left both', async ({
    page,
  }) => {
    await ready(page);
    const item = page.locator(`.vis-item [data-event-id="${grain.id}"]`);
    const tooltip = page.getByRole('tooltip');
    await item.hover();
    await expect(tooltip).toHaveText(`${grain.title} — 22 July 2022`);

    // From the item onto the tooltip, a few pixels at a time, as a hand moves.
    const box = (await tooltip.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 8 });
    // Well past any grace delay: the reader is on the tooltip, reading it.
    await page.waitForTimeout(800);
    await expect(tooltip).toHaveText(`${grain.title} — 22 July 2022`);
    await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(800);
    await expect(tooltip).toBeVisible();

    // Back onto its item, and off again: it stays while the pointer is on either.
    await item.hover();
    await page.waitForTimeout(800);
    await expect(tooltip).toBeVisible();

    // Away from both: it goes, without Escape or a click.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect(tooltip).toHaveCount(0);
  });

  test('never covers the item it names: a click anywhere on that item still opens it', async ({ page }) => {
    await ready(page);
    const item = page.locator(`.vis-item [data-event-id="${grain.id}"]`);
    // Hovered near its top left corner, pressed near its bottom right one. With the mouse itself, not
    // with a click on the locator: Playwright would scroll the item from under a tooltip in its way.
    await item.hover({ position: { x: 4, y: 2 } });
    await expect(page.getByRole('tooltip')).toBeVisible();
    const box = (await item.boundingBox())!;
    await page.mouse.move(box.x + box.width - 4, box.y + box.height - 2, { steps: 8 });
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(grain.title);
  });

  test('Escape still hides a tooltip the pointer rests on', async ({ page }) => {
    await ready(page);
    const tooltip = page.getByRole('tooltip');
    await page.locator(`.vis-item [data-event-id="${grain.id}"]`).hover();
    const box = (await tooltip.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(500);
    await expect(tooltip).toHaveText(`${grain.title} — 22 July 2022`);
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
  });
});
