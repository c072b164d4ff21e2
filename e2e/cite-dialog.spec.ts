import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

/** What has the focus: a control's tag and words (or a text box's format), or "page" when it left the page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'page';
    const box = el instanceof HTMLTextAreaElement ? el.dataset.format : undefined;
    return `${el.tagName.toLowerCase()}: ${box ?? el.textContent?.trim().slice(0, 20) ?? ''}`;
  });

const controls = [
  'button: Close',
  'button: Copy Citation',
  'textarea: Citation',
  'button: Copy BibTeX',
  'textarea: BibTeX',
  'button: Copy CSL-JSON',
  'textarea: CSL-JSON',
  'button: Copy RIS',
  'textarea: RIS',
];

test('Tab in the Cite dialog goes through its controls only, when its text is taller than the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openApp(page, '/?event=2025-10-budapest-summit');
  await page.getByRole('button', { name: 'Cite this event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this event', exact: true });
  await expect(dialog.locator('[data-format="RIS"]')).toBeVisible();
  // The dialog scrolls: the case where Chromium made it a Tab stop of its own.
  expect(await dialog.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);

  const stops = [await focused(page)];
  for (let i = 0; i < 2 * controls.length; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  // Round the controls; past the last, the focus leaves the page for the browser's own controls, and comes back.
  expect(stops).toEqual([...controls, 'page', ...controls]);
  // The plain citation says which style it follows.
  await expect(dialog.getByRole('heading', { name: 'Citation (APA 7th edition)' })).toBeVisible();
});
