import { devices, expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

// The timeline on a phone. Before: its toolbar took two rows (three at 320 pixels), so its first lane
// started below the first screen, and the lane names took a quarter of the width or more.

const NAMES = ['Earlier', 'Later', 'Zoom in', 'Zoom out', 'Fit all', 'Latest'];

async function ready(page: Page) {
  await openApp(page, '/?view=timeline');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
}

/** Where the toolbar's controls, the first lane and the first event are, and the share of the drawing. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => el?.getBoundingClientRect();
    const canvas = box(document.querySelector('[data-testid="timeline"]'))!;
    const drawing = box(document.querySelector('.vis-panel.vis-center'))!;
    const events = [...document.querySelectorAll('.vis-item')]
      .map((el) => el.getBoundingClientRect())
      .filter((b) => b.width > 0 && b.right > canvas.left && b.left < canvas.right);
    return {
      overflow: document.scrollingElement!.scrollWidth - window.innerWidth,
      controls: [...document.querySelectorAll('[role="toolbar"] button')].map((el) => {
        const b = el.getBoundingClientRect();
        return { top: Math.round(b.top), left: b.left, right: b.right, width: b.width, height: b.height };
      }),
      firstLane: box(document.querySelector('.vis-foreground .vis-group'))!.top,
      firstEvent: Math.min(...events.map((b) => b.top)),
      drawingShare: drawing.width / canvas.width,
    };
  });
}

/** The words a button shows, not its symbols, which are hidden from screen readers. */
const shownWords = (page: Page, name: string) =>
  page
    .getByRole('toolbar', { name: 'Timeline navigation' })
    .getByRole('button', { name, exact: true })
    .evaluate((button) => {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      let words = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('[aria-hidden="true"]') || !parent.checkVisibility()) continue;
        words += node.textContent;
      }
      return words.replace(/\s+/g, ' ').trim();
    });

// devices['iPhone 13'] names WebKit as its browser; the page is what matters here.
const { defaultBrowserType: _webkit, ...iPhone13 } = devices['iPhone 13'];

test.describe('the timeline on an iPhone 13 (390×664)', () => {
  test.use(iPhone13);

  test('its toolbar is one row, and its first lane and first event are on the first screen', async ({
    page,
  }, testInfo) => {
    await ready(page);
    await expect.poll(async () => (await layout(page)).firstEvent).toBeLessThan(664);
    const now = await layout(page);
    // Before: the toolbar in two rows, the first lane at 749 and the first event at 769.
    expect(new Set(now.controls.map((c) => c.top)).size).toBe(1);
    expect(now.firstLane).toBeLessThan(664);
    expect(now.overflow).toBeLessThanOrEqual(0);
    await testInfo.attach('iPhone 13 timeline', { body: await page.screenshot(), contentType: 'image/png' });
  });
});

test.describe('the timeline on a 320-pixel phone', () => {
  test.use({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });

  test('its toolbar is one row of 44-pixel targets named by the words they show, and nothing overflows', async ({
    page,
  }, testInfo) => {
    await ready(page);
    const now = await layout(page);
    expect(now.overflow).toBeLessThanOrEqual(0);
    // Before: three rows.
    expect(new Set(now.controls.map((c) => c.top)).size).toBe(1);
    for (const [i, c] of now.controls.entries()) {
      expect(c.width, NAMES[i]).toBeGreaterThanOrEqual(44);
      expect(c.height, NAMES[i]).toBeGreaterThanOrEqual(44);
      expect(c.left, NAMES[i]).toBeGreaterThanOrEqual(0);
      expect(c.right, NAMES[i]).toBeLessThanOrEqual(320);
    }
    // Label in name (WCAG 2.5.3): the shorter words a phone shows are part of the full name.
    for (const name of NAMES) {
      const words = await shownWords(page, name);
      expect(words, name).not.toBe('');
      expect(name.toLowerCase(), `"${words}" is in the name "${name}"`).toContain(words.toLowerCase());
    }
    // The toolbar's keys still move along it.
    const toolbar = page.getByRole('toolbar', { name: 'Timeline navigation' });
    await toolbar.getByRole('button', { name: 'Earlier', exact: true }).focus();
    await page.keyboard.press('End');
    await expect(toolbar.getByRole('button', { name: 'Latest', exact: true })).toBeFocused();
    await testInfo.attach('320-pixel toolbar', {
      body: await page.locator('.timeline').screenshot(),
      contentType: 'image/png',
    });
  });

  test('the lane names leave the drawing most of the width, and stay whole', async ({ page }) => {
    await ready(page);
    // Before: 70% of the timeline's width, beside 84 pixels of lane names.
    expect((await layout(page)).drawingShare).toBeGreaterThan(0.85);
    const names = await page.locator('.vis-labelset .tl-group').allTextContents();
    expect(names).toContain('Multilateral and mediators');
    for (const label of await page.locator('.vis-labelset .tl-group').all()) {
      // Whole: not cut off by the lane it names.
      const [own, lane] = await label.evaluate((el) => [
        el.getBoundingClientRect().height,
        el.closest('.vis-label')!.getBoundingClientRect().height,
      ]);
      expect(own).toBeLessThanOrEqual(lane!);
    }
  });
});
