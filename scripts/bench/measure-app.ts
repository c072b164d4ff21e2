import type { Page } from '@playwright/test';
import type { OpResult } from './bench-hooks.ts';
import { KIND } from './dataset.ts';
import type { Driver } from './driver.ts';

/**
 * Arms the in-page watcher, acts through Playwright as a user would, then collects the in-page timing:
 * from the input event's own timestamp to the frame after the counter and the timeline settled. The
 * Playwright round trips before the event and after the frame are never part of the figure.
 */
async function timed(page: Page, act: () => Promise<void>): Promise<OpResult> {
  await page.evaluate(() => window.__harness!.arm('app'));
  await act();
  return page.evaluate(() => window.__harness!.pending!);
}

export const appDriver: Driver = {
  query: (page, q) => timed(page, () => page.getByLabel('Search events').fill(q)),
  async kind(page) {
    const facet = page.locator('details[data-facet=kinds]');
    // Opening the menu is not part of the filter: do it first, untimed.
    if (!(await facet.evaluate((d) => (d as HTMLDetailsElement).open)))
      await facet.locator('summary').click();
    return timed(page, () => facet.getByLabel(KIND.label).click());
  },
};

/**
 * Opens the list view, if it is not open, untimed: an open facet menu is closed first (it covers the
 * view switch, as it would for a user).
 */
export async function appShowList(page: Page): Promise<void> {
  const listButton = page.getByRole('button', { name: 'List', exact: true });
  if ((await listButton.getAttribute('aria-pressed')) === 'true') return;
  for (const open of await page.locator('details[data-facet][open] > summary').all()) await open.click();
  await listButton.click();
  await page.getByTestId('list-view').waitFor();
}
