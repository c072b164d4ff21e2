import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

test.use({ viewport: { width: 1366, height: 768 } });

const item = (page: Page, id: string) => page.locator(`.vis-item [data-event-id="${id}"]`);

/** Where an item's box stands against the drawing's edges, in px (negative: past that edge). */
const room = (page: Page, id: string) =>
  item(page, id).evaluate((el) => {
    const box = el.closest('.vis-item')!.getBoundingClientRect();
    const drawing = el.closest('.vis-panel.vis-center')!.getBoundingClientRect();
    return { left: box.left - drawing.left, right: drawing.right - box.right };
  });

test('the timeline follows the focus to an item drawn off either edge, and its tooltip goes with it', async ({
  page,
}) => {
  // June and July 2025: vis-timeline also draws the items a quarter of the window beyond each edge.
  await openApp(page, '/?view=timeline&span=2025-06-01,2025-08-01');
  const later = '2025-08-06-witkoff-putin-meeting';
  await expect(item(page, later)).toBeAttached();
  expect((await room(page, later)).right).toBeLessThan(0);
  const before = await page.getByTestId('timeline').getAttribute('data-window-start');

  await item(page, later).focus();
  await expect.poll(async () => (await room(page, later)).right).toBeGreaterThanOrEqual(0);
  expect((await room(page, later)).left).toBeGreaterThanOrEqual(0);
  // The move is the reader's, as a drag is: the address follows it.
  await expect(page.getByTestId('timeline')).not.toHaveAttribute('data-window-start', before!);
  await expect(page).not.toHaveURL(/span=2025-06-01,2025-08-01/);
  await expect(page.getByRole('tooltip')).toContainText('Witkoff meets Putin in the Kremlin');
  // The tooltip stands by the item (under it, or above it near the bottom of the screen), where the
  // item was drawn after the move, not where it was.
  const tip = (await page.getByRole('tooltip').boundingBox())!;
  const box = (await item(page, later).boundingBox())!;
  expect(tip.x).toBeLessThan(box.x + box.width);
  expect(tip.x + tip.width).toBeGreaterThan(box.x);
  const gap = Math.min(Math.abs(tip.y - (box.y + box.height)), Math.abs(tip.y + tip.height - box.y));
  expect(gap).toBeLessThan(20);

  // And back: an item whose start is under the lane names.
  const earlier = '2025-05-19-trump-putin-call';
  await page.goto('/?view=timeline&span=2025-05-25,2025-07-25');
  await expect(item(page, earlier)).toBeAttached();
  expect((await room(page, earlier)).left).toBeLessThan(0);
  await item(page, earlier).focus();
  await expect.poll(async () => (await room(page, earlier)).left).toBeGreaterThanOrEqual(0);
});

test('a keyboard gets past the timeline’s events in one step', async ({ page }) => {
  await openApp(page, '/?view=timeline');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.getByRole('button', { name: 'Latest' }).focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip past the timeline’s events' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByText('End of the timeline')).toBeFocused();
  // The next Tab stop is past every event: the legend under the timeline.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).not.toHaveAttribute('data-event-id', /.+/);
  expect(await focused.evaluate((el) => el.closest('.timeline__canvas') === null)).toBe(true);
  await expect(focused).toHaveText('Legend');
});

test('a new date range brings the timeline to the events it leaves', async ({ page }) => {
  await openApp(page, '/?view=timeline&kind=prisoner-exchange');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  const windowOf = async (): Promise<[number, number]> => {
    const el = page.getByTestId('timeline');
    return [
      Number(await el.getAttribute('data-window-start')),
      Number(await el.getAttribute('data-window-end')),
    ];
  };
  // The whole chronology, 2022 to 2026.
  expect(new Date((await windowOf())[0]).getFullYear()).toBeLessThanOrEqual(2022);

  await page.getByLabel('From', { exact: true }).fill('2025-01');
  await page.getByLabel('To', { exact: true }).fill('2025-12');
  await expect(page.getByTestId('showing')).toContainText('Showing 13 of');
  // The exchanges of 2025, from February to October, and a margin either side: not three empty years.
  await expect
    .poll(async () => new Date((await windowOf())[0]).toISOString().slice(0, 7))
    .toMatch(/^2025-0[12]/);
  // Its end leaves room for the last exchange's title, a few weeks: not the years up to 2026's events.
  expect((await windowOf())[1]).toBeLessThan(Date.UTC(2026, 2, 1));
  // As a drag would, the move edits the step the filter made: one Back undoes the range and the move.
  await expect(page).toHaveURL(/from=2025-01&to=2025-12.*span=2025/);
});

test('Fit all and Latest leave room for the last event’s title', async ({ page }) => {
  // The prisoner exchanges of 2025: the last one's title ran on past the right edge ("185-fo…").
  await openApp(page, '/?view=timeline&kind=prisoner-exchange&from=2025-01&to=2025-12');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  const lastTitleInside = () =>
    page.evaluate(() => {
      const drawing = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const titles = [...document.querySelectorAll<HTMLElement>('.vis-item .tl-item')].filter(
        (el) => el.getBoundingClientRect().width > 0,
      );
      const last = titles.reduce((a, b) =>
        b.getBoundingClientRect().left > a.getBoundingClientRect().left ? b : a,
      );
      // Drawn whole: neither cut by the drawing's edge nor cut short with an ellipsis.
      return last.getBoundingClientRect().right <= drawing.right && last.scrollWidth <= last.clientWidth + 1;
    });
  for (const button of ['Fit all', 'Latest']) {
    await page.getByRole('button', { name: button }).click();
    await expect.poll(lastTitleInside, { message: button }).toBe(true);
  }
});
