import { expect, test } from '@playwright/test';
import { openApp } from './support/open-app';
import { onPhones } from './support/phones';

// On a phone the event panel is a sheet over the lower three quarters of the screen, and above it the
// list shows the event's row. Scrolled on past the sheet's end (its last sources), the scroll went on to
// the page: the list behind ran on by months, and the event's row went out of sight. The sheet now keeps
// its scroll; the page still scrolls when dragged above it.

const id = '2022-03-29-istanbul-communique';

onPhones(['upright', 'on its side'], () => {
  test('scrolling on past the end of the event panel leaves the list behind where it was', async ({
    page,
  }) => {
    await openApp(page, `/?view=list&event=${id}`);
    const panel = page.getByTestId('event-panel');
    const row = page.locator(`[data-list-event-id="${id}"]`);
    await expect(row).toBeInViewport();
    await page.waitForTimeout(400);
    const pageAt = await page.evaluate(() => window.scrollY);
    const box = (await panel.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const end = () => panel.evaluate((el) => el.scrollTop >= el.scrollHeight - el.clientHeight - 1);
    for (let i = 0; i < 20 && !(await end()); i++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(100);
    }
    expect(await end()).toBe(true);
    // Past the end, as a reader swiping again would.
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(150);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(pageAt);
    await expect(row).toBeInViewport();

    // Above the sheet, the page scrolls as before.
    await page.mouse.move(box.x + box.width / 2, box.y / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(pageAt);
  });
});
