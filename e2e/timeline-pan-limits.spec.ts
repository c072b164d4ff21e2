import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// Earlier and Later stop where a drag stops: half a year past the first and last events, or as far as a
// link took the timeline. Before, Earlier went on from a wide window to a year before the first event,
// and neither button ever said that it had reached its stop.

const DAY = 864e5;
const HALF_YEAR = 180 * DAY;
const firstDay = Math.min(
  ...builtDataset().events.map((e) => Date.parse(`${e.start.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`)),
);

test.use({ viewport: { width: 1280, height: 800 } });

async function windowStart(page: Page): Promise<number> {
  return Number(await page.getByTestId('timeline').getAttribute('data-window-start'));
}

/** Opens `path` with each move made at once, so that the next press starts from where it ended. */
async function openAt(page: Page, path: string): Promise<number> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, path);
  await expect.poll(() => windowStart(page)).toBeGreaterThan(0);
  return windowStart(page);
}

test('Earlier stops half a year before the first event, says so, and stays one stop of the toolbar', async ({
  page,
}) => {
  await openAt(page, '/?span=2022-06-01,2023-10-01');
  const earlier = page.getByRole('button', { name: 'Earlier', exact: true });
  const later = page.getByRole('button', { name: 'Later', exact: true });
  await expect(earlier).not.toHaveAttribute('aria-disabled', 'true');
  await earlier.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('Enter');
  // As far as a drag goes (a day's slack for the browser's time zone against the data's UTC), not a year.
  await expect.poll(() => windowStart(page)).toBeLessThan(firstDay - HALF_YEAR + DAY);
  expect(await windowStart(page)).toBeGreaterThanOrEqual(firstDay - HALF_YEAR - DAY);
  await expect(earlier).toHaveAttribute('aria-disabled', 'true');
  await expect(earlier).toHaveAccessibleDescription('No event is earlier than the dates shown.');
  await expect(later).not.toHaveAttribute('aria-disabled', 'true');
  await expect(later).toHaveAccessibleDescription('');

  // A press at the stop moves nothing and says why; the button keeps the focus, and the arrow keys still
  // go through it.
  const stopped = await windowStart(page);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'No event is earlier than the dates shown.' }),
  ).toHaveCount(1);
  // Forced: Playwright waits for a button that is aria-disabled, which a mouse still clicks.
  await earlier.click({ force: true });
  await page.waitForTimeout(300);
  expect(await windowStart(page)).toBe(stopped);
  await expect(earlier).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(later).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(earlier).toBeFocused();
  await expect(page.locator('.timeline__controls [tabindex="0"]')).toHaveCount(1);

  // Later moves the window back, and Earlier is free again.
  await later.click();
  await expect.poll(() => windowStart(page)).toBeGreaterThan(stopped + DAY);
  await expect(earlier).not.toHaveAttribute('aria-disabled', 'true');
});

test('from a link to months before the first event, Earlier is off at once and Later leads to the events', async ({
  page,
}) => {
  // A year before the first event: further than a drag goes from the events, but where the link put it.
  const opening = await openAt(page, '/?span=2021-02-01,2021-06-01');
  const earlier = page.getByRole('button', { name: 'Earlier', exact: true });
  await expect(earlier).toHaveAttribute('aria-disabled', 'true');
  await expect(earlier).toHaveAccessibleDescription('No event is earlier than the dates shown.');
  await earlier.click({ force: true });
  await page.waitForTimeout(300);
  expect(await windowStart(page)).toBe(opening);
  const later = page.getByRole('button', { name: 'Later', exact: true });
  for (let i = 0; i < 6; i++) await later.click();
  await expect.poll(() => windowStart(page)).toBeGreaterThan(opening + 330 * DAY);
  await expect(earlier).not.toHaveAttribute('aria-disabled', 'true');
  await expect(later).not.toHaveAttribute('aria-disabled', 'true');
});
