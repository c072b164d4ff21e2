import { expect, test } from '@playwright/test';
import { openApp } from './support/open-app';

test.use({ viewport: { width: 1366, height: 768 } });

test('the lanes span the whole drawing when a link opens with an event', async ({ page }) => {
  await openApp(page, '/?event=2024-01-31-prisoner-exchange-207-and-195');
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(
    page.locator('.vis-item [data-event-id="2024-01-31-prisoner-exchange-207-and-195"]'),
  ).toBeVisible();
  // Past the page's settling: before, the lanes ended at x≈715 while the drawing ran from 187 to 776.
  await page.waitForTimeout(1500);
  const edges = () =>
    page.evaluate(() => {
      const center = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const lanes = [...document.querySelectorAll('.vis-foreground .vis-group')].map((g) => {
        const b = g.getBoundingClientRect();
        return { left: b.left - center.left, right: center.right - b.right };
      });
      // Scrolled sideways, the drawing of the lanes and items no longer lines up with the time axis.
      return { lanes, scrolled: document.querySelector('.vis-panel.vis-center')!.scrollLeft };
    });
  const { lanes, scrolled } = await edges();
  expect(lanes.length).toBeGreaterThan(3);
  for (const lane of lanes) {
    expect(Math.abs(lane.left)).toBeLessThanOrEqual(2);
    expect(Math.abs(lane.right)).toBeLessThanOrEqual(2);
  }
  expect(scrolled).toBe(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('an event opened by a tap is brought into view by moving the window, not by scrolling a panel', async ({
    page,
  }) => {
    const id = '2025-08-15-anchorage-summit';
    await openApp(page, `/?view=timeline&event=${id}`);
    await page.getByRole('button', { name: 'Close the event details' }).click();
    const item = page.locator(`.vis-item [data-event-id="${id}"]`);
    await expect(item).toBeVisible();
    await item.click();
    await expect(page.getByTestId('event-panel')).toBeVisible();
    await page.waitForTimeout(1000);
    const at = await page.evaluate((eventId) => {
      const center = document.querySelector('.vis-panel.vis-center')!;
      const drawing = center.getBoundingClientRect();
      const box = document.querySelector(`.vis-item [data-event-id="${eventId}"]`)!.getBoundingClientRect();
      return { scrolled: center.scrollLeft, start: box.left - drawing.left, width: drawing.width };
    }, id);
    // Before, the centre panel was scrolled sideways (the drawing off its axis) to show the label.
    expect(at.scrolled).toBe(0);
    expect(at.start).toBeGreaterThanOrEqual(0);
    expect(at.start).toBeLessThan(at.width);
  });
});
