import { expect, test, type Page } from '@playwright/test';
import { syntheticDatasetBody } from './support/synthetic';

const COUNT = 10_000;
const body = syntheticDatasetBody(COUNT);

async function windowSpan(page: Page): Promise<number> {
  const canvas = page.getByTestId('timeline');
  return (
    Number(await canvas.getAttribute('data-window-end')) -
    Number(await canvas.getAttribute('data-window-start'))
  );
}

async function openSynthetic(page: Page, path = '/') {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(path);
  await expect(page.getByTestId('showing')).toHaveText(`Showing ${COUNT} of ${COUNT} events`, {
    timeout: 20_000,
  });
}

test.describe('with 10,000 events', () => {
  // One at a time: two 10,000-event pages at once on a 2-core machine measure the machine, not the app.
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(90_000);

  test('the timeline holds only what the window needs, with clusters at wide zoom', async ({ page }) => {
    await openSynthetic(page);
    await expect(page.locator('.vis-item.tl-cluster').first()).toBeVisible({ timeout: 20_000 });
    const drawn = await page.locator('.vis-item-content').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(320);
    // Every event is accounted for: clusters say how many they hold.
    const cluster = page.locator('.tl-cluster__content').first();
    await expect(cluster).toHaveText(/^\d+ events$/);
    // Each click zooms into a cluster's span; a few clicks reach events drawn one by one.
    const singles = page.locator('.vis-item.tl [data-event-id]');
    for (let i = 0; i < 5 && (await singles.count()) === 0; i++) {
      const span = await windowSpan(page);
      // The cluster nearest the middle of the timeline: those in the margins are clipped by its edges.
      const point = await page.evaluate(() => {
        const canvas = document.querySelector('.vis-center')!.getBoundingClientRect();
        const middle = canvas.left + canvas.width / 2;
        const boxes = [...document.querySelectorAll('.tl-cluster__content')].map((el) =>
          el.getBoundingClientRect(),
        );
        const box = boxes
          .filter((b) => b.left >= canvas.left && b.right <= canvas.right && b.width > 0)
          .sort((a, b) => Math.abs(a.left - middle) - Math.abs(b.left - middle))[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.mouse.click(point.x, point.y);
      await expect.poll(() => windowSpan(page)).toBeLessThan(span);
      await page.waitForTimeout(400);
    }
    await expect(singles.first()).toBeVisible();
    expect(await page.locator('.vis-item-content').count()).toBeLessThanOrEqual(320);
  });

  test('filters answer quickly and keep the window', async ({ page }) => {
    await openSynthetic(page);
    const canvas = page.getByTestId('timeline');
    const before = await canvas.getAttribute('data-window-start');
    const started = Date.now();
    await page.getByLabel('Search events').fill('Synthetic summit');
    await expect(page.getByTestId('showing')).not.toHaveText(`Showing ${COUNT} of ${COUNT} events`);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await canvas.getAttribute('data-window-start')).toBe(before);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page.getByTestId('showing')).toHaveText(`Showing ${COUNT} of ${COUNT} events`);
  });

  test('the list draws a page at a time and still reaches every event', async ({ page }) => {
    await openSynthetic(page, '/?view=list');
    const entries = page.locator('[data-list-event-id]');
    await expect(entries.first()).toBeVisible();
    expect(await entries.count()).toBeLessThan(COUNT);
    await expect(page.getByText(/^Showing the first \d+ of 10000 events\./)).toBeAttached();
    const first = await entries.count();
    // Scrolling near the end draws the next page by itself.
    await page.locator('.list-view__more').scrollIntoViewIfNeeded();
    await expect.poll(() => entries.count()).toBeGreaterThan(first);
  });
});
