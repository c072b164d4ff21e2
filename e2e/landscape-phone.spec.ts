import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

// A phone on its side (844 × 390) had the wide screen's layout: the first screen held only the header
// and the filters, an open event stood in a 448 px column beside a 166 px drawing, and beside the list
// it left the titles 121 px, wrapped to five lines (the list 45,900 px long). Each test of the phone
// failed before; the laptop's checks that its layout stayed as it was.

const EVENT = '2025-08-15-anchorage-summit';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36';

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        top: r.top + window.scrollY,
        left: r.left,
        width: r.width,
        position: getComputedStyle(el).position,
      };
    });

test.describe('on a phone on its side (844 × 390)', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true, userAgent: ANDROID });

  test('the timeline begins on the first screen: the controls above it fold away', async ({ page }) => {
    await openApp(page, '/?view=timeline');
    await expect(page.locator('.vis-item').first()).toBeVisible();
    // Before: 619 (770 with an event open).
    expect((await box(page, '[data-testid="timeline"]')).top).toBeLessThan(390);
    await expect(page.getByText('More filters', { exact: true })).toBeVisible();
    await expect(page.locator('details[data-facet="kinds"] summary')).toBeHidden();
    await expect(page.locator('[data-export="csv"]')).toBeHidden();
  });

  test('an open event is a sheet over the timeline, which keeps the drawing its width', async ({ page }) => {
    await openApp(page, `/?view=timeline&event=${EVENT}`);
    const panel = page.getByTestId('event-panel');
    await expect(panel).toBeVisible();
    const sheet = await box(page, '[data-testid="event-panel"]');
    expect(sheet.position).toBe('fixed');
    expect(sheet.width).toBeGreaterThan(800);
    // The drawing right of the lane names. Before: 166 px, its axis naming one year.
    await expect.poll(async () => (await box(page, '.vis-panel.vis-center')).width).toBeGreaterThan(600);
  });

  test('an open event leaves the list its width: titles are not squeezed into a column', async ({ page }) => {
    await openApp(page, `/?view=list&event=${EVENT}`);
    await expect(page.getByTestId('event-panel')).toBeVisible();
    const title = page.locator(`[data-list-event-id="${EVENT}"] [data-list-entry]`);
    await expect(title).toBeVisible();
    // Before: 121 px.
    expect((await title.boundingBox())!.width).toBeGreaterThan(500);
  });
});

// Smaller phones on their side: the header, the filters, the view switch, the chart's fold and the toolbar
// took the whole first screen (the lanes began at 389 px), and no event was in sight without scrolling.
for (const viewport of [
  { width: 667, height: 375 },
  { width: 740, height: 360 },
])
  test.describe(`on a smaller phone on its side (${viewport.width} × ${viewport.height})`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true, userAgent: ANDROID });

    test('the axis and the first lane’s first events are on the first screen', async ({ page }) => {
      await openApp(page, '/?view=timeline');
      await expect(page.locator('.vis-item').first()).toBeVisible();
      const seen = await page.evaluate(() => {
        const canvas = document.querySelector('[data-testid="timeline"]')!;
        const axis = canvas.querySelector('.vis-panel.vis-top')!.getBoundingClientRect();
        const drawing = canvas.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        const firstLane = canvas.querySelector('.vis-foreground .vis-group')!;
        const events = [...firstLane.querySelectorAll('.vis-item')]
          .map((item) => item.getBoundingClientRect())
          .filter((b) => b.width > 0 && b.left >= drawing.left && b.right <= drawing.right);
        return {
          scrolled: window.scrollY,
          axisBottom: axis.bottom,
          inSight: events.filter((b) => b.top >= 0 && b.bottom <= window.innerHeight).length,
        };
      });
      expect(seen.scrolled).toBe(0);
      // Before: the axis at 390–415 px, the first lane's first events at 436–464.
      expect(seen.axisBottom).toBeLessThanOrEqual(viewport.height);
      expect(seen.inSight).toBeGreaterThanOrEqual(3);
      await expect(
        page.locator('[data-testid="timeline"] .vis-time-axis .vis-text').filter({ hasText: '2024' }),
      ).toBeInViewport();
    });

    test('what made room is still there: beside each other, folded, or in the About section', async ({
      page,
    }) => {
      await openApp(page, '/?view=timeline');
      await expect(page.locator('.vis-item').first()).toBeVisible();
      for (const control of [
        page.getByRole('searchbox', { name: 'Search events' }),
        page.getByTestId('showing'),
        page.getByText('More filters', { exact: true }),
        page.getByRole('button', { name: 'List' }),
        page.getByText('Events per month', { exact: true }),
        page.getByText('Export or cite', { exact: true }),
        page.getByRole('button', { name: 'Latest' }),
        page.getByTestId('timeline-marks-hint'),
      ])
        await expect(control).toBeInViewport({ ratio: 1 });
      // The hint beside the toolbar, clear of its last button.
      const latest = (await page.getByRole('button', { name: 'Latest' }).boundingBox())!;
      const hint = (await page.getByTestId('timeline-marks-hint').boundingBox())!;
      expect(hint.x).toBeGreaterThanOrEqual(latest.x + latest.width);
      // The summary above the filters is left to screen readers: its count is the filters' own, its version
      // is in the About section.
      const summary = page.getByTestId('dataset-summary');
      await expect(summary).toContainText(/\d+ events, 20\d\d–20\d\d · version /);
      const version = (await page.getByTestId('about-version').textContent())!;
      await expect(summary).toContainText(version);
      // The chart's fold opens beside the view switch, to the bar's whole width below it.
      await page.getByText('Events per month', { exact: true }).click();
      await expect(page.locator('.density__chart')).toBeVisible();
      const chart = (await page.locator('.density-fold').boundingBox())!;
      const bar = (await page.locator('.workspace__bar').boundingBox())!;
      expect(chart.width).toBeGreaterThan(0.95 * bar.width);
    });
  });

test.describe('on a laptop (1366 × 768)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('an open event is still a column beside the timeline, the filters still unfolded', async ({
    page,
  }) => {
    await openApp(page, `/?view=timeline&event=${EVENT}`);
    await expect(page.getByTestId('event-panel')).toBeVisible();
    const panel = await box(page, '[data-testid="event-panel"]');
    const timeline = await box(page, '[data-testid="timeline"]');
    expect(panel.position).toBe('sticky');
    expect(panel.width).toBe(448);
    expect(panel.left).toBeGreaterThanOrEqual(timeline.left + timeline.width);
    await expect(page.locator('details[data-facet="kinds"] summary')).toBeVisible();
    await expect(page.getByText('More filters', { exact: true })).toHaveCount(0);
  });
});

// The list lays its rows out by its own width in the reader's text size, not by the window's: a list
// squeezed by the panel beside it, or read at 200% text, puts the date above the title. Before, the
// 11rem date column left the titles 300 px beside the panel at 1024 px, and 409 px at 200% text.
test.describe('list rows by the list’s own width', () => {
  const titleShare = (page: Page) =>
    page.locator(`[data-list-event-id="${EVENT}"]`).evaluate((row) => {
      const title = row.querySelector('[data-list-entry]')!.getBoundingClientRect();
      return title.width / row.getBoundingClientRect().width;
    });

  test('beside the event panel at 1024 × 768, the titles take the list’s width', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, `/?view=list&event=${EVENT}`);
    await expect(page.getByTestId('event-panel')).toBeVisible();
    expect((await box(page, '[data-testid="event-panel"]')).position).toBe('sticky');
    expect(await titleShare(page)).toBeGreaterThan(0.9);
  });

  test('on a phone on its side at 200% text, the titles take the list’s width', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await openApp(page, '/?view=list');
    await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
    expect(await titleShare(page)).toBeGreaterThan(0.9);
  });
});
