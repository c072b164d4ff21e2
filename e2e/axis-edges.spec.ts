import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';
import { onPhones, PHONES } from './support/phones';

// On a phone the axis has few labels, and one that its edge cut was read as a word of its own: the
// search "istanbul" drew "022" for 2022 at the left, Summits a sliver of "2" at each end, and an event
// opened in landscape "ul" for July. A label the axis's edge would cut is hidden, as one its tick's
// width cuts is; the labels left stand whole.

/** The labels of a row shown on the axis (and its copy): their words, and whether the axis's edges cut them. */
function shownLabels(page: Page, panel: string, row: 'minor' | 'major' = 'minor') {
  return page.locator(panel).evaluate((el, row) => {
    const edges = el.getBoundingClientRect();
    return [...el.querySelectorAll<HTMLElement>(`.vis-time-axis .vis-text.vis-${row}:not(.vis-measure)`)]
      .filter((label) => getComputedStyle(label).visibility !== 'hidden')
      .map((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        return {
          text: label.textContent!.trim(),
          cut: text.left < edges.left - 0.5 || text.right > edges.right + 0.5,
        };
      })
      .filter((label) => label.text !== '');
  }, row);
}

const AXIS = '[data-testid="timeline"] .vis-panel.vis-top';

onPhones(['upright', 'on its side', 'small, upright'], () => {
  for (const query of [
    'q=istanbul',
    'kind=summit',
    'event=2025-10-budapest-summit',
    'span=2025-06-20,2025-11-10',
  ])
    test(`no label of the axis is cut at its edges (${query})`, async ({ page }) => {
      await openApp(page, `/?view=timeline&${query}`);
      await expect(page.locator('.vis-item').first()).toBeVisible();
      // The drawing settles (a fit, the panel's width) before the labels are read.
      await page.waitForTimeout(600);
      const labels = await shownLabels(page, AXIS);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(labels.filter((l) => l.cut).map((l) => l.text)).toEqual([]);
    });
});

test.describe('in the copy of the axis', () => {
  test.use({ viewport: PHONES.upright, isMobile: true, hasTouch: true });

  test('no label is cut at its edges either', async ({ page }) => {
    await openApp(page, '/?view=timeline&kind=summit');
    await expect(page.locator('.vis-item').first()).toBeVisible();
    await page.waitForTimeout(600);
    await page.evaluate(() => window.scrollTo(0, 1200));
    await expect(page.locator('.timeline__sticky-bar')).toBeVisible();
    const labels = await shownLabels(page, '.timeline__sticky-axis');
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.filter((l) => l.cut).map((l) => l.text)).toEqual([]);
  });
});

test.describe('on a laptop', () => {
  // A period whose tick is out of sight at the left keeps its label, moved to the edge, where there is room
  // for it before the next tick: the first months of a span, or the first year of the whole chronology,
  // were otherwise unnamed until the next label.
  test('the label of the period the window starts in stays in sight at the left edge', async ({ page }) => {
    await openApp(page, '/?view=timeline&span=2022-03-01,2026-06-01');
    await expect(page.locator('.vis-item').first()).toBeVisible();
    await page.waitForTimeout(600);
    const labels = await shownLabels(page, AXIS);
    expect(labels.filter((l) => l.cut).map((l) => l.text)).toEqual([]);
    expect(labels[0]?.text).toBe('2022');
  });
});

test.describe('on a laptop, the upper row', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  // Latest at 1280 px left the tick of July 2026 10 px from the right edge: its label read 'J'.
  test('names no month or year the right edge cuts', async ({ page }) => {
    await openApp(page, '/?view=timeline&span=2026-01-18,2026-07-02');
    await expect(page.locator('.vis-item').first()).toBeVisible();
    await page.waitForTimeout(600);
    const labels = await shownLabels(page, AXIS, 'major');
    expect(labels.map((l) => l.text)).toContain('June 2026');
    expect(labels.filter((l) => l.cut).map((l) => l.text)).toEqual([]);
  });
});
