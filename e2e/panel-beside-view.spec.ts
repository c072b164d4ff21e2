import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

// From 60rem wide the event panel is a column beside the view. Beside the whole of it, on a laptop it
// narrowed the controls above the view too: at 1024 × 768 the view switch, the exports and the citation
// wrapped from one row to three, the timeline's buttons and hint from two to five, and opening an event
// took the timeline 200 px down the page (55 px at 1280, and the list 100 px at 1024). The panel stands
// beside the view, the controls keep the width they had.

const LAPTOPS = [1024, 1280, 1366, 1440];
/** An event near the middle of the chronology: its panel is as long as most. */
const EVENT = '2025-02-12-trump-putin-call';
/** The most the view may move down as the panel opens. */
const SLACK = 24;

/** The top of an element in the page, not the window: the same wherever the page is scrolled. */
const topInPage = (el: Locator) => el.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);

/** The heights of the rows of controls above the view: the view switch and the exports, the timeline's own. */
const controlsHeight = (page: Page) =>
  page
    .locator('.workspace__bar, .timeline__bar')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));

for (const width of LAPTOPS) {
  test.describe(`at ${width} × 768`, () => {
    test.use({ viewport: { width, height: 768 } });

    test('opening an event leaves the timeline where it was, its controls on the rows they had', async ({
      page,
    }) => {
      await openApp(page, '/?view=timeline');
      const canvas = page.getByTestId('timeline');
      const item = canvas.locator('.vis-item [data-event-id]').first();
      await expect(item).toBeVisible();
      const before = await topInPage(canvas);
      const rows = await controlsHeight(page);

      await item.click();
      const panel = page.getByTestId('event-panel');
      await expect(panel).toBeVisible();
      expect(await topInPage(canvas)).toBeLessThanOrEqual(before + SLACK);
      expect(await controlsHeight(page)).toEqual(rows);
      // The panel stands beside the drawing, not over it, and the page does not scroll sideways.
      const drawing = (await canvas.boundingBox())!;
      const beside = (await panel.boundingBox())!;
      expect(drawing.x + drawing.width).toBeLessThanOrEqual(beside.x);
      expect(beside.x + beside.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // A link to the event opens the page the same way.
      await openApp(page, `/?view=timeline&event=${EVENT}`);
      await expect(panel).toBeVisible();
      expect(await topInPage(canvas)).toBeLessThanOrEqual(before + SLACK);
    });

    test('opening an event leaves the list where it was', async ({ page }) => {
      await openApp(page, '/?view=list');
      const list = page.getByRole('region', { name: 'Events by year and month' });
      await expect(list).toBeVisible();
      const before = await topInPage(list);
      const bar = await controlsHeight(page);

      await openApp(page, `/?view=list&event=${EVENT}`);
      await expect(page.getByTestId('event-panel')).toBeVisible();
      expect(await topInPage(list)).toBeLessThanOrEqual(before + SLACK);
      expect(await controlsHeight(page)).toEqual(bar);
    });
  });
}

test.describe('at 1280 × 800 in 200% text', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('opening an event leaves the timeline where it was and room to draw it', async ({ page }) => {
    await openApp(page, '/?view=timeline');
    await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
    const canvas = page.getByTestId('timeline');
    const item = canvas.locator('.vis-item [data-event-id]').first();
    await expect(item).toBeVisible();
    const before = await topInPage(canvas);

    await item.click();
    await expect(page.getByTestId('event-panel')).toBeVisible();
    expect(await topInPage(canvas)).toBeLessThanOrEqual(before + SLACK);
    // A panel of 28rem (896 px) left the drawing 272 px of the 1280.
    expect((await canvas.boundingBox())!.width).toBeGreaterThanOrEqual(0.4 * 1280);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

// "A column beside the view from 60rem wide; below that a sheet": at exactly 960 px (60rem) the panel
// was still a sheet over the lower part of the screen (`max-width: 60rem` holds at 960).
for (const [width, column] of [
  [960, true],
  [959, false],
] as const)
  test.describe(`at ${width} × 768`, () => {
    test.use({ viewport: { width, height: 768 } });

    test(`the event panel is ${column ? 'a column beside the list' : 'a sheet over it'}`, async ({
      page,
    }) => {
      await openApp(page, `/?view=list&event=${EVENT}`);
      const panel = page.getByTestId('event-panel');
      await expect(panel).toBeVisible();
      const list = (await page.getByRole('region', { name: 'Events by year and month' }).boundingBox())!;
      const p = (await panel.boundingBox())!;
      if (column) {
        // Beside the list, which ends where the panel begins, and not over the bottom of the screen.
        expect(list.x + list.width).toBeLessThanOrEqual(p.x);
        expect(p.width).toBeLessThan(width / 2);
      } else {
        // Across the screen's width, at its bottom, over the list.
        expect(p.x).toBeLessThanOrEqual(1);
        expect(p.width).toBeGreaterThanOrEqual(width - 2);
        expect(Math.round(p.y + p.height)).toBe(768);
      }
    });
  });
