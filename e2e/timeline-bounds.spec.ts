import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';

const HALF_YEAR = 180 * 864e5;
const events = builtDataset().events;
const lastDay = (date: string) => {
  // The last moment of a date at its precision: a month-only "2026-03" lasts to the end of March.
  const [y, m, d] = date.split('-').map(Number);
  return d ? Date.UTC(y!, m! - 1, d + 1) : m ? Date.UTC(y!, m!, 1) : Date.UTC(y! + 1, 0, 1);
};
const lastEnd = Math.max(...events.map((e) => lastDay(e.end ?? e.start)));

async function windowEnd(page: Page): Promise<number> {
  return Number(await page.getByTestId('timeline').getAttribute('data-window-end'));
}

test('a drag cannot take the timeline years past the last event, nor Zoom out far beyond the events', async ({
  page,
}) => {
  await page.goto('/?view=timeline&span=2025-12-01,2026-04-01');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  const y = box.y + 20;
  for (let i = 0; i < 8; i++) {
    // Dragged right to left: later and later.
    await page.mouse.move(box.x + box.width - 20, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 20, y, { steps: 10 });
    await page.mouse.up();
  }
  await expect.poll(() => windowEnd(page)).toBeGreaterThan(lastEnd);
  // A day's slack for the time zone of the browser against the UTC of the data.
  expect(await windowEnd(page)).toBeLessThanOrEqual(lastEnd + HALF_YEAR + 864e5);

  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.waitForTimeout(600);
  const start = Number(await page.getByTestId('timeline').getAttribute('data-window-start'));
  const firstStart = Math.min(
    ...events.map((e) => Date.parse(`${e.start.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`)),
  );
  expect(start).toBeGreaterThanOrEqual(firstStart - HALF_YEAR - 864e5);
  expect(await windowEnd(page)).toBeLessThanOrEqual(lastEnd + HALF_YEAR + 864e5);
});

test('Fit all and Latest with a filter ending near the last event: every title whole, from the first event on', async ({
  page,
}) => {
  // The summits end months before the last event, and their titles are long: the room Fit all made for
  // them ran past how far the timeline may go, which shifted the window back over empty months and cut them.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?kind=summit');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  const summits = events.filter((e) => e.kind === 'summit');
  const firstSummit = Math.min(
    ...summits.map((e) => Date.parse(`${e.start.padEnd(10, '-01').slice(0, 10)}`)),
  );
  /** The items whose title runs past the right edge of the drawing. */
  const cut = () =>
    page.evaluate(() => {
      const right = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect().right;
      return [...document.querySelectorAll<HTMLElement>('.vis-item')]
        .filter((item) => item.getBoundingClientRect().right > right + 1)
        .map((item) => item.textContent);
    });
  for (const button of ['Fit all', 'Latest']) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForTimeout(800);
    expect(await cut(), button).toEqual([]);
  }
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(800);
  const start = Number(await page.getByTestId('timeline').getAttribute('data-window-start'));
  expect(start).toBeLessThanOrEqual(firstSummit);
  expect(start).toBeGreaterThan(firstSummit - 60 * 864e5);
  const end = await windowEnd(page);

  // Its link reopens it as it was, though it ends further past the last event than a drag may go.
  await expect(page).toHaveURL(/span=/);
  await page.reload();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(800);
  expect(Math.abs((await windowEnd(page)) - end)).toBeLessThanOrEqual(864e5);
  expect(await cut()).toEqual([]);
});
