import { expect, test, type Page } from '@playwright/test';

// Closing an event opened by a tap or a click on a timeline item leaves the page where it was, with the
// focus on that item. Before, the focus went back where it had been when the panel opened, since a tap
// on an item does not take it: the Timeline button, so the page went from scrollY 7443 to 0 at 390 × 844
// (5381 to 0 at 768 × 1024), or, after a search, the search box, which on a phone brings up the keyboard
// (799 to 0 at 1024 × 768). On a laptop the focus went to the item, but the timeline, widening as the
// panel went, left it above the screen.

const ID = '2026-03-05-prisoner-exchange-500-for-500';

const item = (page: Page) => page.locator(`.vis-item [data-event-id="${ID}"]`);
const panel = (page: Page) => page.getByTestId('event-panel');
const closeButton = (page: Page) => page.getByRole('button', { name: 'Close the event details' });

/** The focused element: an event's id, or what else it is. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (
      el?.dataset.eventId ??
      `${el?.tagName.toLowerCase()}: ${el?.getAttribute('aria-label') ?? (el?.id || el?.textContent)}`
    );
  });

/** The page's scroll position and where the item's top is on the screen. */
const where = (page: Page) =>
  item(page).evaluate((el) => ({
    scrollY: Math.round(window.scrollY),
    /** How far the page can scroll: a page that grew shorter than where it stood is scrolled back. */
    maxScrollY: Math.round(document.documentElement.scrollHeight - window.innerHeight),
    top: Math.round(el.getBoundingClientRect().top),
    // To the pixel: layout gives fractions, a scroll whole pixels.
    onScreen:
      el.getBoundingClientRect().top >= -1 && el.getBoundingClientRect().bottom <= window.innerHeight + 1,
  }));

/** Two frames and a little: the focus is given back in the frame after the panel goes, then kept in place. */
const settled = async (page: Page) => {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(300);
};

/** The item on the screen, its left end in view: the rest of its label may run past the right edge. */
async function bringIntoView(page: Page) {
  await expect(item(page)).toBeVisible();
  await item(page).evaluate((el) =>
    window.scrollBy({ top: el.getBoundingClientRect().top - window.innerHeight / 2, behavior: 'instant' }),
  );
  await settled(page);
}

async function openByTap(page: Page) {
  await bringIntoView(page);
  await item(page).tap({ position: { x: 8, y: 8 } });
  await expect(panel(page)).toBeVisible();
  await settled(page);
  return where(page);
}

for (const [name, viewport, close] of [
  ['a phone, closed with ✕', { width: 390, height: 844 }, 'button'],
  ['a phone, closed with Back', { width: 390, height: 844 }, 'back'],
  ['a tablet, closed with Back', { width: 768, height: 1024 }, 'back'],
] as const) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test('closing an event tapped in the timeline stays there, with the focus on its item', async ({
      page,
    }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Timeline', exact: true }).tap();
      const open = await openByTap(page);
      if (close === 'button') await closeButton(page).tap();
      else await page.goBack();
      await expect(panel(page)).toHaveCount(0);
      await settled(page);
      expect(await focused(page)).toBe(ID);
      const after = await where(page);
      expect(after.onScreen).toBe(true);
      // Where it stood, unless the page lost the sheet's room below and grew shorter than that: then the
      // browser scrolls it back by as much, and the item moves down the screen by as much.
      const scrollY = Math.min(open.scrollY, after.maxScrollY);
      expect(Math.abs(after.scrollY - scrollY)).toBeLessThanOrEqual(2);
      expect(
        Math.abs(after.top - (open.top + open.scrollY - scrollY)),
        'the item stays where it was on the screen',
      ).toBeLessThanOrEqual(2);
    });
  });
}

test.describe('on a 1024 × 768 tablet, after a search', () => {
  test.use({ viewport: { width: 1024, height: 768 }, isMobile: true, hasTouch: true });

  test('closing gives the focus to the tapped item, never back to the search box', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: /search/i });
    await search.tap();
    await search.fill('exchange');
    await expect(page).toHaveURL(/q=exchange/);
    const open = await openByTap(page);
    await closeButton(page).tap();
    await expect(panel(page)).toHaveCount(0);
    await settled(page);
    expect(await focused(page)).toBe(ID);
    await expect(search).not.toBeFocused();
    const after = await where(page);
    // On the screen, not scrolled up to the search box. Not where it stood: the timeline widens again as
    // the panel goes, its titles need fewer rows, and the lanes grow shorter above the item.
    expect(after.onScreen).toBe(true);
    expect(after.scrollY).toBeGreaterThan(0);
    await expect(search).not.toBeInViewport();
    expect(open.onScreen).toBe(true);
  });
});

test('on a laptop, closing an event clicked in the timeline keeps its item on the screen, focused', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await bringIntoView(page);
  await item(page).click({ position: { x: 8, y: 8 } });
  await expect(panel(page)).toBeVisible();
  await settled(page);
  // The panel takes the right of the screen: the timeline narrows, its lanes grow taller.
  const open = await where(page);
  for (const close of ['button', 'Escape'] as const) {
    if (close === 'button') await closeButton(page).click();
    else await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await settled(page);
    expect(await focused(page), close).toBe(ID);
    const after = await where(page);
    // Before: 116 px above the top of the screen.
    expect(after.onScreen, close).toBe(true);
    expect(Math.abs(after.top - open.top), close).toBeLessThanOrEqual(2);
    if (close === 'button') {
      // Opened again from the keyboard, as a keyboard user would.
      await page.keyboard.press('Enter');
      await expect(panel(page)).toBeVisible();
      await settled(page);
      Object.assign(open, await where(page));
    }
  }
});
