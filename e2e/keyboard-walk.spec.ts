import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

// A keyboard-only reader and a screen-reader user on the real dataset: what each Tab stop shows, and
// what a live region says after an action, once. Each test here failed before its fix.

/** The ring drawn around the focused element: its outline, as the page's style sheets give it. */
const ring = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { what: el.outerHTML.slice(0, 80), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });

for (const scheme of ['light', 'dark'] as const) {
  test(`in the ${scheme} scheme every Tab stop of the date boxes shows the focus ring, their picker buttons too`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, '/');
    await page.getByRole('searchbox', { name: 'Search events' }).focus();
    // Chromium's month box is three stops (month, year, the picker's button): from "From" to "Kind".
    const kind = page.locator('details[data-facet="kinds"] summary');
    for (let step = 1; step <= 10; step++) {
      await page.keyboard.press('Tab');
      if (await kind.evaluate((s) => s === document.activeElement)) break;
      const now = await ring(page);
      expect(now.style, `Tab ×${step}: ${now.what}`).toBe('solid');
      expect(now.width, `Tab ×${step}: ${now.what}`).toBeGreaterThanOrEqual(2);
    }
    await expect(kind).toBeFocused();
  });
}
