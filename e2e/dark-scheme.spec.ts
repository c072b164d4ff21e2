import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { contrast, luminance, styleOf } from './support/contrast';
import { openApp } from './support/open-app';

// Students read the chronology on phones at night: with the system set to dark the page is dark, every
// screen passes axe (its colour contrast included), and paper stays dark on light.

const EVENT = '2025-10-budapest-summit';
// Zoomed in where items show their titles, badges and dates: the cancelled summit, selected, among others.
const ZOOMED = `/?span=2025-09-20,2025-11-10&event=${EVENT}`;

const scan = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

const pageBackground = (page: Page) => styleOf(page.locator('html'), 'backgroundColor');

/** Dark enough that light text reads on it (#111418 is 0.007; white is 1). */
const isDark = (css: string) => luminance(css) < 0.05;
const isLight = (css: string) => luminance(css) > 0.6;

async function expectDarkPage(page: Page) {
  expect(isDark(await pageBackground(page)), 'the page is dark').toBe(true);
  expect(isLight(await styleOf(page.locator('body'), 'color')), 'its text is light').toBe(true);
}

/** Each drawn bar of the chart has at least 3:1 on its month, in view or not. */
async function expectChartBarsStandOut(chart: Locator) {
  const months = await chart.locator('.density__month').evaluateAll((groups) =>
    groups.map((g) => ({
      hit: getComputedStyle(g.querySelector('.density__hit')!).fill,
      bars: [...g.querySelectorAll('.density__bar')].map((bar) => getComputedStyle(bar).fill),
    })),
  );
  const chartFill = await styleOf(chart, 'backgroundColor');
  expect(months.length).toBeGreaterThan(0);
  for (const { hit, bars } of months) {
    // A month's hit area is transparent unless the timeline shows it: the chart's fill is behind it.
    const behind = hit.startsWith('rgba(0, 0, 0, 0)') ? chartFill : hit;
    for (const bar of bars) expect(contrast(bar, behind), `${bar} on ${behind}`).toBeGreaterThanOrEqual(3);
  }
}

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('a related event’s link, hovered, still reads on the panel', async ({ page }) => {
    await openApp(page, `/?view=list&event=${EVENT}`);
    const panel = page.getByTestId('event-panel');
    const link = panel.locator('.panel__related-link').first();
    await expect(link).toBeVisible();
    await link.hover();
    const background = await styleOf(panel, 'backgroundColor');
    expect(contrast(await styleOf(link, 'color'), background)).toBeGreaterThanOrEqual(4.5);
  });

  test.describe('axe (WCAG 2.1 A and AA, colour contrast included)', () => {
    // A scan of a whole page took 5 to 15 s on a shared 2-core machine, and more than 30 under load.
    test.setTimeout(90_000);

    test('timeline view, with a menu and the numbers of the chart open', async ({ page }) => {
      await openApp(page, '/');
      await expect(page.locator('.vis-item-content').first()).toBeVisible();
      await expectDarkPage(page);
      await page.locator('details[data-facet="kinds"] summary').click();
      await page.getByText('Show the numbers').click();
      await expect(page.getByRole('table', { name: 'Events per month by kind' })).toBeVisible();
      expect((await scan(page)).violations).toEqual([]);
    });

    test('timeline zoomed in to titles, with an event open', async ({ page }) => {
      await openApp(page, ZOOMED);
      await expect(page.getByTestId('event-panel')).toBeVisible();
      await expect(page.locator('.vis-item.tl.vis-selected').first()).toBeVisible();
      await expect(page.locator('.tl-item__badge').first()).toBeVisible();
      expect((await scan(page)).violations).toEqual([]);
    });

    test('list view, with an event open', async ({ page }) => {
      await openApp(page, `/?view=list&event=${EVENT}`);
      await expect(page.getByTestId('event-panel')).toBeVisible();
      await expectDarkPage(page);
      expect((await scan(page)).violations).toEqual([]);
    });

    test('a notice', async ({ page }) => {
      await openApp(page, '/?view=list&event=2025-10-no-such-event');
      await expect(page.getByTestId('notices')).toBeVisible();
      expect((await scan(page)).violations).toEqual([]);
    });

    test('the error screen', async ({ page }) => {
      await page.route('**/data/events.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await alert.getByText('Technical detail').click();
      await expect(alert.locator('pre')).toBeVisible();
      await expectDarkPage(page);
      expect((await scan(page)).violations).toEqual([]);
    });
  });

  test('the timeline, its items and the chart are drawn dark, their marks and text standing out', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openApp(page, ZOOMED);
    const canvas = page.getByTestId('timeline');
    await expect(canvas.locator('.tl-item__title').first()).toBeVisible();
    const canvasFill = await styleOf(canvas, 'backgroundColor');
    expect(isDark(canvasFill), `the timeline is dark (${canvasFill})`).toBe(true);

    const axisText = await styleOf(canvas.locator('.vis-time-axis .vis-text').first(), 'color');
    expect(contrast(axisText, canvasFill), `axis ${axisText} on ${canvasFill}`).toBeGreaterThanOrEqual(4.5);
    const lane = canvas.locator('.vis-labelset .vis-label').first();
    expect(
      contrast(await styleOf(lane, 'color'), await styleOf(lane, 'backgroundColor')),
    ).toBeGreaterThanOrEqual(4.5);

    // Every item's fill is dark, and its title and kind mark read on it (a cancelled one's hatching
    // is drawn over the same fill).
    const items = await canvas.locator('.vis-item.tl:not(.tl-cluster)').evaluateAll((els) =>
      els.map((el) => {
        const fill = getComputedStyle(el).backgroundColor;
        const mark = el.querySelector('.tl-item__mark');
        const title = el.querySelector('.tl-item__title');
        return {
          point: el.classList.contains('vis-point'),
          fill,
          mark: mark ? getComputedStyle(mark).color : null,
          title: title ? getComputedStyle(title).color : null,
        };
      }),
    );
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      // A point item has no fill of its own: it stands on the timeline's.
      const behind = item.point || item.fill === 'rgba(0, 0, 0, 0)' ? canvasFill : item.fill;
      expect(isDark(behind), `an item's fill ${behind}`).toBe(true);
      if (item.mark) expect(contrast(item.mark, behind), `mark ${item.mark}`).toBeGreaterThanOrEqual(4.5);
      if (item.title) expect(contrast(item.title, behind), `title ${item.title}`).toBeGreaterThanOrEqual(4.5);
    }

    const chart = page.locator('.density__chart');
    expect(isDark(await styleOf(chart, 'backgroundColor')), 'the chart is dark').toBe(true);
    await expectChartBarsStandOut(chart);
  });

  test('the fields and the menus are dark too', async ({ page }) => {
    await openApp(page, '/');
    const search = page.getByRole('searchbox', { name: 'Search events' });
    expect(isDark(await styleOf(search, 'backgroundColor'))).toBe(true);
    expect(isLight(await styleOf(search, 'color'))).toBe(true);
    const border = await search.evaluate((el) => getComputedStyle(el).borderTopColor);
    const bar = await styleOf(page.locator('.filters'), 'backgroundColor');
    expect(contrast(border, bar), `the field's border ${border} on ${bar}`).toBeGreaterThanOrEqual(3);
    // The browser's own controls (checkboxes, the month picker, scrollbars) follow the scheme.
    expect(await search.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('light dark');

    const kinds = page.locator('details[data-facet="kinds"]');
    const button = await kinds.locator('summary').evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(contrast(button, bar), `the menu button's border ${button} on ${bar}`).toBeGreaterThanOrEqual(3);
    await kinds.locator('summary').click();
    const menu = kinds.locator('.facet__options');
    await expect(menu).toBeVisible();
    const menuFill = await styleOf(menu, 'backgroundColor');
    expect(isDark(menuFill)).toBe(true);
    // Each choice's mark, words and count.
    const words = await menu
      .locator('.facet__option > span')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
    expect(words.length).toBeGreaterThanOrEqual(8 * 3);
    for (const color of words) expect(contrast(color, menuFill), color).toBeGreaterThanOrEqual(4.5);
  });

  test('paper stays dark on light, the kinds in their light colours', async ({ page }) => {
    await openApp(page, '/?view=list&kind=summit');
    await expectDarkPage(page);
    await page.emulateMedia({ media: 'print' });
    const first = page.locator('[data-list-event-id]').first();
    await expect(first).toBeVisible();
    const paper = await pageBackground(page);
    expect(paper).toBe('rgb(255, 255, 255)');
    expect(luminance(await styleOf(page.locator('body'), 'color'))).toBeLessThan(0.05);
    const mark = await styleOf(first.locator('.list-entry__mark'), 'color');
    expect(contrast(mark, paper), `the summit's mark ${mark} on paper`).toBeGreaterThanOrEqual(4.5);

    // Back on screen, it is dark again.
    await page.emulateMedia({ media: 'screen' });
    await expectDarkPage(page);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    // Each scans the whole page (see above).
    test.setTimeout(90_000);

    test('the list, with its filters unfolded, passes axe', async ({ page }) => {
      await openApp(page, '/');
      await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
      await expectDarkPage(page);
      await page.getByText('More filters', { exact: true }).click();
      expect((await scan(page)).violations).toEqual([]);
    });

    test("an event's sheet passes axe and is dark", async ({ page }) => {
      await openApp(page, `/?event=${EVENT}`);
      const sheet = page.getByTestId('event-panel');
      await expect(sheet).toBeVisible();
      expect(isDark(await styleOf(sheet, 'backgroundColor')), 'the sheet is dark').toBe(true);
      expect((await scan(page)).violations).toEqual([]);
    });

    test('the timeline passes axe', async ({ page }) => {
      await openApp(page, '/?view=timeline');
      await expect(page.locator('.vis-item-content').first()).toBeVisible();
      expect((await scan(page)).violations).toEqual([]);
    });
  });
});

test('with the system set to light, the page is light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, '/?view=list');
  expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
  expect(luminance(await styleOf(page.locator('body'), 'color'))).toBeLessThan(0.05);
});
