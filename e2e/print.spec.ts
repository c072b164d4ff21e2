import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

const dataset = builtDataset();
const all = dataset.events;
const total = all.length;

const entries = (page: Page) => page.locator('[data-list-event-id]');
// The lines printed above the view (the filter bar's own count is left off paper).
const printed = (page: Page) => page.locator('.print-lines p');

test.describe('printing', () => {
  test('from the timeline view, paper gets the whole chronology as a list with its sources', async ({
    page,
  }) => {
    await openApp(page, '/');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.timeline')).toBeHidden();
    await expect(entries(page)).toHaveCount(total);
    const first = page.locator(`[data-list-event-id="${all[0]!.id}"]`);
    await expect(first).toBeVisible();
    for (const s of all[0]!.sources) await expect(first).toContainText(new URL(s.url).href);
    await expect(printed(page)).toHaveText([
      `Showing ${total} of ${total} events`,
      /^Printed from http:\/\/.+\/$/,
    ]);
    await expect(page.getByTestId('showing')).toBeHidden();

    // Back on screen, the list drawn for paper is gone and the timeline is back.
    await page.emulateMedia({ media: 'screen' });
    await expect(entries(page)).toHaveCount(0);
    await expect(page.locator('.timeline')).toBeVisible();
  });

  test('a filtered view says on paper which filters made it', async ({ page }) => {
    await openApp(page, '/?view=list&status=cancelled,postponed');
    const held = all.filter((e) => e.status === 'cancelled' || e.status === 'postponed');
    await page.emulateMedia({ media: 'print' });
    await expect(entries(page)).toHaveCount(held.length);
    await expect(printed(page)).toHaveText([
      `Showing ${held.length} of ${total} events. Status: cancelled, postponed.`,
      /^Printed from .*status=cancelled/,
    ]);
  });

  for (const view of ['timeline', 'list'] as const) {
    test(`an open event prints alone and in full, with its sources' addresses (${view} view)`, async ({
      page,
    }) => {
      const event = all.find((e) => e.id === '2025-10-budapest-summit')!;
      await openApp(page, `/?view=${view}&event=${event.id}`);
      const panel = page.getByRole('complementary', { name: event.title });
      await expect(panel).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading', { name: event.title })).toBeVisible();
      for (const s of event.sources) await expect(panel).toContainText(new URL(s.url).href);
      await expect(panel.getByRole('button', { name: 'Close the event details' })).toBeHidden();
      await expect(panel.getByRole('button', { name: 'Cite this event' })).toBeHidden();
      await expect(page.locator('.workspace__main')).toBeHidden();
      await expect(printed(page)).toHaveText([/^Printed from .*event=2025-10-budapest-summit/]);

      // The panel is not cut to a screen's height or pinned: all of it reaches the page.
      const box = await panel.evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          position: style.position,
          overflowY: style.overflowY,
          full: el.scrollHeight <= el.clientHeight + 1,
        };
      });
      expect(box).toEqual({ position: 'static', overflowY: 'visible', full: true });
      // Its head, pinned on screen, keeps its place above the title on paper.
      const head = panel.locator('.panel__head');
      expect(await head.evaluate((el) => getComputedStyle(el).position)).toBe('static');
      const title = panel.getByRole('heading', { name: event.title });
      expect((await head.boundingBox())!.y).toBeLessThan((await title.boundingBox())!.y);
    });
  }

  test('on screen, the sources in a panel show no bare addresses', async ({ page }) => {
    const event = all.find((e) => e.id === '2025-10-budapest-summit')!;
    await openApp(page, `/?event=${event.id}`);
    const panel = page.getByRole('complementary', { name: event.title });
    await expect(panel.getByRole('link', { name: event.sources[0]!.title })).toBeVisible();
    await expect(panel.getByText(new URL(event.sources[0]!.url).href, { exact: true })).toBeHidden();
  });
});
