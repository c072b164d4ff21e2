import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

test('a tap opens an event without leaving a tooltip over the lanes once its panel is closed', async ({
  page,
}) => {
  await page.goto('/?view=timeline&span=2025-09-01,2025-12-01');
  const item = page.locator('.vis-item [data-event-id="2025-10-rubio-lavrov-meeting"]');
  await expect(item).toBeVisible();
  await item.tap();
  const panel = page.getByTestId('event-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Close the event details' }).tap();
  await expect(panel).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});
