import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

// A screen reader reads out what is put into a live region already on the page, not a region created with its
// words in it. The notices about a link's parameters go into one that is there, empty, before them: on the
// first load of a link, and when Back or Forward reaches a step that brings a notice.

const SUMMIT = '2025-10-budapest-summit';
const IGNORED = 'Ignored the unknown link parameter “bogus”.';

/** Records each live region added to the page already holding words, and each that is added at all. */
async function watchLiveRegions(page: Page) {
  await page.addInitScript(() => {
    const seen = { fullAtBirth: [] as string[], born: 0 };
    (window as unknown as { liveRegions: typeof seen }).liveRegions = seen;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const regions = [node, ...node.querySelectorAll('*')].filter((el) =>
            el.matches('[role="status"], [role="alert"], [aria-live]'),
          );
          for (const region of regions) {
            seen.born += 1;
            if (region.textContent!.includes('Ignored')) seen.fullAtBirth.push(region.textContent!);
          }
        }
    }).observe(document, { childList: true, subtree: true });
  });
}

const fullAtBirth = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { liveRegions: { fullAtBirth: string[] } }).liveRegions.fullAtBirth,
  );

test('a notice brought by Back or Forward goes into a live region that was there, empty, before it', async ({
  page,
}) => {
  await watchLiveRegions(page);
  await openApp(page, '/');
  const region = page.getByTestId('notices-region');
  await expect(region).toHaveAttribute('role', 'status');
  await expect(region).toHaveText('');
  // Nothing of a notice's box is drawn while it is empty.
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(await region.boundingBox().then((box) => box?.height ?? 0)).toBe(0);

  // A step whose address was written by hand, with the event's id in capitals and a parameter the app
  // does not know: Back to it opens the event and says what it ignored.
  await page.evaluate((summit) => {
    history.pushState(null, '', `/?bogus=1&event=${summit.toUpperCase()}`);
    history.pushState(null, '', '/');
  }, SUMMIT);
  await region.evaluate((el) => el.setAttribute('data-there-before', ''));
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page.locator('[data-there-before] [data-testid="notices"]')).toContainText(IGNORED);
  expect(await fullAtBirth(page)).toEqual([]);

  // Dismissed, the region stays, empty, for the next one, which Back brings into it the same way.
  await page.getByTestId('notices').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('[data-there-before]')).toHaveText('');
  await page.evaluate((summit) => {
    history.pushState(null, '', `/?other=1&event=${summit}.`);
    history.pushState(null, '', '/');
  }, SUMMIT);
  await page.goBack();
  await expect(page.locator('[data-there-before] [data-testid="notices"]')).toContainText(
    'Ignored the unknown link parameter “other”.',
  );
  expect(await fullAtBirth(page)).toEqual([]);
});

test('a link’s notice on the first load goes into a live region that was there, empty, before it', async ({
  page,
}) => {
  await watchLiveRegions(page);
  await openApp(page, `/?bogus=1&event=${SUMMIT}`);
  await expect(page.getByTestId('notices-region').getByTestId('notices')).toContainText(IGNORED);
  expect(await fullAtBirth(page)).toEqual([]);
});

test('Back to a step with an ignored parameter and nothing else to tidy says so, and the address is then clean', async ({
  page,
}) => {
  await openApp(page, '/');
  await page.evaluate(() => {
    history.pushState(null, '', '/?bogus=1&q=istanbul');
    history.pushState(null, '', '/');
  });
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('istanbul');
  await expect(page.getByTestId('notices-region').getByTestId('notices')).toContainText(IGNORED);
  await expect(page).toHaveURL(/\/\?q=istanbul$/);
  // The step after it is still there.
  await page.goForward();
  await expect(page).toHaveURL(/\/$/);
});
