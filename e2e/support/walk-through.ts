import { expect, type Page } from '@playwright/test';

/** What a reader does on a first visit: the timeline, a tooltip, an event, the list, a search, a filter. */
export async function walkThrough(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  // Whichever event the first view draws: the walk does not depend on the initial window.
  const item = page.locator('.vis-item [data-event-id]').first();
  await item.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await item.click();
  await expect(page.getByTestId('event-panel').getByRole('link').first()).toBeVisible();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByTestId('list-view')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Istanbul');
  await expect(page.getByTestId('showing')).toHaveText(/^Showing \d+ of/);
  await page.locator('[data-list-entry]').first().click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  const kinds = page.locator('details[data-facet="kinds"]');
  await kinds.locator('summary').click();
  await kinds.locator('input[type="checkbox"]').first().check();
  await kinds.locator('summary').click();
  await expect(kinds).not.toHaveAttribute('open');
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.getByTestId('timeline')).toBeVisible();
}
