import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { syntheticDatasetBody } from './support/synthetic';

const dataset = builtDataset();
const monthName = (key: string) =>
  new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
  });
const inMonth = (key: string) => dataset.events.filter((e) => e.start.startsWith(key)).length;

/** A month in the data's span with no event, and the first month after it that has some. */
function emptyMonthAndNext(): [string, string] {
  const months = new Set(dataset.events.filter((e) => e.start.length >= 7).map((e) => e.start.slice(0, 7)));
  const sorted = [...months].sort();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [y, m] = sorted[i]!.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    if (!months.has(next)) return [next, sorted[i + 1]!];
  }
  throw new Error('every month has events');
}

const listPressed = (page: Page) =>
  expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');

/** A heading's top, in pixels from the top of the screen. */
const topOf = (page: Page, name: string, level: number) =>
  page
    .getByRole('heading', { name, level, exact: true })
    .evaluate((el) => Math.round(el.getBoundingClientRect().top));

/** Where the first event's title is drawn in the list a phone opens on, once the page has settled. */
async function firstTitleBox(page: Page) {
  await page.goto('/');
  const title = page.locator('[data-list-entry]').first();
  await expect(title).toHaveText(dataset.events[0]!.title);
  await page.waitForTimeout(500);
  return (await title.boundingBox())!;
}

// A small Android phone: beside the 375 px one, the count and "Clear all", and the years to jump to, each
// took a second row, and the first event's title began 30 px below the first screen (it ended at 718).
test.describe('on a 360 × 640 phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

  test('the first screen reaches the first event’s title, with all that is above it at 375 px', async ({
    page,
  }) => {
    const box = await firstTitleBox(page);
    expect(box.y + box.height).toBeLessThanOrEqual(640);

    // Nothing a reader needs is hidden to make room: each is there, whole, on the first screen.
    const jump = page.getByTestId('list-jump');
    const above = [
      page.getByRole('heading', { name: 'Diplomatic Timeline', level: 1 }),
      page.locator('.app-header__tagline'),
      page.getByTestId('dataset-summary'),
      page.getByRole('searchbox', { name: 'Search events' }),
      page.getByText('More filters', { exact: true }),
      page.getByTestId('showing'),
      page.getByRole('button', { name: 'Clear all filters' }),
      page.getByRole('button', { name: 'Timeline', exact: true }),
      page.getByRole('button', { name: 'List', exact: true }),
      page.getByText('Export or cite', { exact: true }),
      page.locator('details.density-fold > summary'),
      jump.getByText('Jump to year:'),
      ...[...new Set(dataset.events.map((e) => e.start.slice(0, 4)))].map((year) =>
        jump.getByRole('link', { name: year, exact: true }),
      ),
    ];
    for (const part of above) {
      await expect(part).toBeVisible();
      const b = (await part.boundingBox())!;
      expect(b.y, await part.evaluate((el) => el.textContent)).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, await part.evaluate((el) => el.textContent)).toBeLessThanOrEqual(box.y);
      expect(b.x + b.width).toBeLessThanOrEqual(360);
    }
    // Each a finger's target still (WCAG 2.5.5).
    for (const target of [
      page.getByRole('button', { name: 'Clear all filters' }),
      jump.getByRole('link').first(),
    ]) {
      const b = (await target.boundingBox())!;
      expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe('on a 375 × 667 phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('the first screen reaches the first event’s title; the chart is folded and its code not loaded', async ({
    page,
  }) => {
    const chartCode: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/DensityStrip-[^/]*\.js/.test(r.url())) chartCode.push(r.url());
    });
    const box = await firstTitleBox(page);
    expect(box.y + box.height).toBeLessThanOrEqual(667);
    await expect(page.getByTestId('dataset-summary')).toHaveText(
      `${dataset.events.length} events, ${dataset.events[0]!.start.slice(0, 4)}–${dataset.events.at(-1)!.start.slice(0, 4)} · version ${dataset.version}`,
    );

    const fold = page.locator('details.density-fold');
    await expect(fold).not.toHaveAttribute('open');
    await expect(page.getByRole('img', { name: /Events per month/ })).toHaveCount(0);
    expect(chartCode).toEqual([]);
    await fold.getByText('Events per month', { exact: true }).tap();
    await expect(page.getByRole('img', { name: /Events per month/ })).toBeVisible();
    expect(chartCode).toHaveLength(1);
  });

  test('a tap on the chart brings the list to that month, or the next with events, and stays in the list', async ({
    page,
  }) => {
    await page.goto('/?view=list');
    await page.locator('details.density-fold > summary').tap();
    await page.locator('g[data-month="2025-10"] .density__hit').tap();
    await listPressed(page);
    await expect.poll(() => topOf(page, 'October 2025', 3)).toBeLessThan(40);
    expect(await topOf(page, 'October 2025', 3)).toBeGreaterThanOrEqual(0);
    await expect(page.getByRole('status').filter({ hasText: 'The list shows' })).toHaveText(
      `The list shows October 2025: ${inMonth('2025-10')} events.`,
    );

    const [empty, next] = emptyMonthAndNext();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`g[data-month="${empty}"] .density__hit`).tap();
    await listPressed(page);
    await expect.poll(() => topOf(page, monthName(next), 3)).toBeLessThan(40);
    await expect(page.getByRole('status').filter({ hasText: 'The list shows' })).toContainText(
      `No event shown in ${monthName(empty)}; the list shows ${monthName(next)}`,
    );
  });

  test('“Jump to year” brings the list to a year’s heading, by tap and by keyboard', async ({ page }) => {
    await page.goto('/');
    const jump = page.getByTestId('list-jump');
    await jump.getByRole('link', { name: '2024', exact: true }).tap();
    const h2024 = page.getByRole('heading', { level: 2, name: '2024', exact: true });
    await expect(h2024).toBeFocused();
    await expect.poll(() => topOf(page, '2024', 2)).toBeLessThan(40);
    await listPressed(page);

    await page.evaluate(() => window.scrollTo(0, 0));
    await jump.getByRole('link', { name: '2025', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '2025', exact: true })).toBeFocused();
    await expect.poll(() => topOf(page, '2025', 2)).toBeLessThan(40);
    // The address is the app's, not a fragment.
    expect(new URL(page.url()).hash).toBe('');
  });

  // The list is a phone's view unnamed, the timeline a laptop's: a year's address with no view in it
  // opened on a laptop at the timeline's top, the year nowhere in sight.
  test('a year link’s address, shared and opened on a laptop, goes to that year in the list', async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    const href = await page
      .getByTestId('list-jump')
      .getByRole('link', { name: '2024', exact: true })
      .evaluate((a: HTMLAnchorElement) => a.href);
    const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const shared = await laptop.newPage();
    await shared.goto(href);
    await listPressed(shared);
    await expect.poll(() => topOf(shared, '2024', 2)).toBeLessThan(40);
    await laptop.close();
  });
});

test('in the list on a wide screen the chart and its table go to a month in the list; the timeline’s stay', async ({
  page,
}) => {
  await page.goto('/?view=list');
  await page.locator('g[data-month="2025-10"] .density__hit').click();
  await listPressed(page);
  await expect.poll(() => topOf(page, 'October 2025', 3)).toBeLessThan(40);

  await page.getByText('Show the numbers').click();
  await page.getByRole('button', { name: 'Go to August 2025 in the list' }).press('Enter');
  await expect.poll(() => topOf(page, 'August 2025', 3)).toBeLessThan(40);
  await listPressed(page);

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /in the list$/ })).toHaveCount(0);
  await page.locator('g[data-month="2025-10"] .density__hit').click();
  const canvas = page.getByTestId('timeline');
  await expect
    .poll(
      async () =>
        Number(await canvas.getAttribute('data-window-end')) -
        Number(await canvas.getAttribute('data-window-start')),
    )
    .toBeLessThan(40 * 24 * 3600 * 1000);
});

test('“Go to <month> in the list” in the chart’s table gives the month’s heading the focus; a click on the chart does not', async ({
  page,
}) => {
  await page.goto('/?view=list');
  await page.getByText('Show the numbers').click();
  await page.getByRole('button', { name: 'Go to March 2024 in the list' }).press('Enter');
  const march = page.getByRole('heading', { level: 3, name: 'March 2024', exact: true });
  await expect(march).toBeFocused();
  await expect.poll(() => topOf(page, 'March 2024', 3)).toBeLessThan(40);
  // The next Tab goes on from March 2024, not back up to the table.
  await page.keyboard.press('Tab');
  const first = dataset.events.find((e) => e.start.startsWith('2024-03'))!;
  await expect(page.locator(`[data-list-event-id="${first.id}"] [data-list-entry]`)).toBeFocused();

  // The chart is a mouse shortcut: the focus stays where it was.
  await page.locator('g[data-month="2025-10"] .density__hit').click();
  await expect.poll(() => topOf(page, 'October 2025', 3)).toBeLessThan(40);
  await expect(page.getByRole('heading', { level: 3, name: 'October 2025', exact: true })).not.toBeFocused();
});

test('in the list the chart tints no months as in view: the timeline’s window is not what the list shows', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('g[data-month="2024-06"] .density__hit').click();
  await expect(page.locator('g[data-month="2024-06"]')).toHaveClass(/density__month--in-view/);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('[data-list-entry]').first()).toBeVisible();
  await expect(page.locator('.density__month--in-view')).toHaveCount(0);
  // Back in the timeline, its window is tinted again.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('g[data-month="2024-06"]')).toHaveClass(/density__month--in-view/);
});

test.describe('with a long, windowed list', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  test.setTimeout(60_000);
  const body = syntheticDatasetBody(2_000);
  const years = [
    ...new Set((JSON.parse(body) as { events: { start: string }[] }).events.map((e) => e.start.slice(0, 4))),
  ];

  test('“Jump to year” draws a far year and brings its heading up', async ({ page }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/');
    await expect(page.locator('[data-list-entry]').first()).toBeVisible({ timeout: 20_000 });
    const last = years.at(-1)!;
    await expect(page.getByRole('heading', { level: 2, name: last, exact: true })).toHaveCount(0);
    await page.getByTestId('list-jump').getByRole('link', { name: last, exact: true }).tap();
    await expect(page.getByRole('heading', { level: 2, name: last, exact: true })).toBeFocused();
    await expect.poll(() => topOf(page, last, 2)).toBeLessThan(40);
    expect(await page.locator('[data-list-entry]').count()).toBeLessThan(200);
  });
});
