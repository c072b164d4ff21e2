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
