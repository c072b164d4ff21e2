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
