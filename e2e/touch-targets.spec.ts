import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// A finger's targets on a phone (a coarse pointer): at least 44 × 44 px (WCAG 2.5.5). Before: the
// sheet's ✕ was 31 × 29, "Jump to year" links 40 × 28, a menu's choices 24 px rows, a party or tag of
// the panel 29 px high, a related event in it 24 (a title on one line); and in the list only a row's
// title opened its event: a tap on its date or on "Summit · Anchorage" did nothing. Each test failed
// before, but the one that checks that the row stayed one Tab stop with nothing interactive nested, and
// the tablet's panel, which checks that the wide layout keeps the phone's targets.

const EVENT = '2025-08-15-anchorage-summit';
// Its sources, two of one outlet among them, the source of its cancellation and of a disputed claim.
const CITED = '2025-10-budapest-summit';

/** The dataset with an archived copy for each of CITED's sources, which the real data has none of yet. */
async function withArchivedCopies(page: Page) {
  const dataset = builtDataset();
  const cited = dataset.events.find((e) => e.id === CITED)!;
  for (const s of cited.sources) s.archiveUrl = `https://web.archive.org/web/2025/${s.url}`;
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
}

/** Each source's title and archived copy, and each article a claim or the cancellation cites. */
async function sourceLinksAre44(page: Page) {
  await withArchivedCopies(page);
  await openApp(page, `/?view=list&event=${CITED}`);
  const panel = page.getByTestId('event-panel');
  await atLeast44(panel.locator('.source > a'), 'a source');
  await atLeast44(panel.locator('.source__archive a'), 'an archived copy');
  await atLeast44(panel.locator('.source-ref a'), 'the source of a claim');
}

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const size = async (target: Locator) => {
  const b = (await target.boundingBox())!;
  return { width: Math.round(b.width), height: Math.round(b.height) };
};

async function atLeast44(targets: Locator, what: string) {
  const all = await targets.all();
  expect(all.length, what).toBeGreaterThan(0);
  for (const [i, target] of all.entries()) {
    const s = await size(target);
    expect(s.width, `${what} ${i + 1}: ${s.width} × ${s.height}`).toBeGreaterThanOrEqual(44);
    expect(s.height, `${what} ${i + 1}: ${s.width} × ${s.height}`).toBeGreaterThanOrEqual(44);
  }
}

test('the sheet’s close button, its parties, tags and related events, and the year links are 44 px targets', async ({
  page,
}) => {
  await openApp(page, `/?view=list&event=${EVENT}`);
  const panel = page.getByTestId('event-panel');
  await expect(panel).toBeVisible();
  await atLeast44(panel.getByRole('button', { name: 'Close the event details' }), 'the close button');
  await atLeast44(panel.locator('.panel__choices button'), 'a party or tag');
  await atLeast44(panel.locator('.panel__related').getByRole('link'), 'a related event');
  await atLeast44(page.getByTestId('list-jump').getByRole('link'), 'a year link');
  await atLeast44(panel.locator('.panel__actions button').filter({ visible: true }), 'a panel action');
});

// Before: a source whose title took two lines was 43 px high; an archived copy 16, and the publisher
// of the source a claim cites 16 (“UNN” 30 px wide).
test('the panel’s sources, their archived copies and the articles its claims cite are 44 px targets', async ({
  page,
}) => {
  await sourceLinksAre44(page);
});

test('a notice’s “Open it”, “Show its thread” and “Dismiss” are 44 px targets', async ({ page }) => {
  // A misspelt event id, and thread: the notices offer the event it probably meant, and its thread.
  await openApp(page, '/?view=list&event=2025-10-budapest-sumit&thread=2025-10-budapest-sumit');
  const notices = page.getByTestId('notices');
  await atLeast44(notices.getByRole('link', { name: 'Open it' }), '“Open it”');
  await atLeast44(notices.getByRole('link', { name: 'Show its thread' }), '“Show its thread”');
  await atLeast44(notices.getByRole('button', { name: 'Dismiss' }), '“Dismiss”');
});

test('the choices of the filter menus, and the menus, are 44 px high', async ({ page }) => {
  await openApp(page, '/?view=list');
  await page.getByText('More filters', { exact: true }).tap();
  for (const facet of ['kinds', 'parties']) {
    const summary = page.locator(`details[data-facet="${facet}"] summary`);
    await atLeast44(summary, `the ${facet} menu`);
    await summary.tap();
    await atLeast44(page.locator(`details[data-facet="${facet}"] .facet__option`), `a choice of ${facet}`);
    await summary.tap();
  }
});

/** Taps the middle of what `part` finds in the row of the event, as a finger would, whatever is drawn there. */
async function tapOn(page: Page, part: string) {
  const b = (await page.locator(`[data-list-event-id="${EVENT}"] ${part}`).boundingBox())!;
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
}

for (const [part, selector] of [
  ['date', 'time'],
  ['kind and place', '.list-entry__meta'],
] as const) {
  test(`a tap on a list row’s ${part} opens its event`, async ({ page }) => {
    await openApp(page, '/?view=list');
    const row = page.locator(`[data-list-event-id="${EVENT}"]`);
    await row.scrollIntoViewIfNeeded();
    await tapOn(page, selector);
    const panel = page.getByTestId('event-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(row).toHaveAttribute('aria-current', 'true');
  });
}

test('a list row is still one Tab stop, its title, with nothing interactive inside another', async ({
  page,
}) => {
  await openApp(page, '/?view=list');
  const row = page.locator(`[data-list-event-id="${EVENT}"]`);
  await row.scrollIntoViewIfNeeded();
  const inside = await row.evaluate((li) => ({
    focusable: [...li.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].map(
      (el) => el.tagName,
    ),
    rowRole: li.getAttribute('role'),
    rowHandlers: li.hasAttribute('tabindex') || li.hasAttribute('onclick'),
  }));
  expect(inside).toEqual({ focusable: ['A'], rowRole: null, rowHandlers: false });
  await expect(row.getByRole('link')).toHaveAccessibleName(/Trump–Putin summit in Anchorage/);
});

// Before: "Show the numbers" and "Legend" were 20 px high on every touch screen, and on the data-error
// screen "Try again" was 39 and "Technical detail" 24.
test('the chart’s “Show the numbers” and the timeline’s “Legend” are 44 px high', async ({ page }) => {
  await openApp(page, '/?view=timeline&kind=summit');
  await atLeast44(page.locator('.density__numbers > summary'), '“Show the numbers”');
  await atLeast44(page.locator('.legend > summary'), '“Legend”');
});

/** Opens the chart's table of numbers in the list, unfolding the chart where a phone folds it. */
async function openChartTable(page: Page) {
  await openApp(page, '/?view=list');
  const fold = page.locator('.density-fold > summary');
  if (await fold.isVisible()) await fold.click();
  await page.locator('.density__numbers > summary').click();
  await expect(page.locator('.density__numbers table')).toBeVisible();
}

// Before: the table's "Go to … in the list" and "Show … on the timeline" were 41 px high where their
// words wrapped (a phone on its side, a touch tablet, a touch laptop) and 20 where they did not; the About
// section's "the full dataset (JSON)" and "its JSON Schema" 16.
for (const [screen, viewport, isMobile] of [
  ['a phone upright', { width: 390, height: 844 }, true],
  ['a phone on its side', { width: 667, height: 375 }, true],
  ['a 1024 × 768 touch tablet', { width: 1024, height: 768 }, false],
  ['a 1280 × 800 touch laptop', { width: 1280, height: 800 }, false],
] as const)
  test.describe(`on ${screen}`, () => {
    test.use({ viewport, isMobile });

    test('the chart table’s buttons and the About section’s downloads are 44 px targets', async ({
      page,
    }) => {
      await openChartTable(page);
      const table = page.locator('.density__numbers table');
      await atLeast44(table.getByRole('button', { name: /^Go to .* in the list$/ }), '“Go to … in the list”');
      await atLeast44(
        table.getByRole('button', { name: /^Show .* on the timeline$/ }),
        '“Show … on the timeline”',
      );
      const about = page.getByRole('contentinfo');
      await atLeast44(about.getByRole('link'), 'a download in About');
    });
  });

test('the data-error screen’s “Try again” and “Technical detail” are 44 px targets', async ({ page }) => {
  await page.route('**/data/events.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const screen = page.getByRole('alert');
  await expect(screen.getByRole('heading', { level: 2 })).toBeVisible();
  await atLeast44(screen.getByRole('button', { name: 'Try again' }), '“Try again”');
  await atLeast44(screen.getByText('Technical detail', { exact: true }), '“Technical detail”');
});

// A touch tablet has the wide layout: "Clear all filters" stands beside the menus, not in the phone's
// tally (it was 39 px high there), and the toolbar and chart are the desktop's.
test.describe('on a 1024 × 768 touch tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the filter bar, the chart, the legend and the views are 44 px targets', async ({ page }) => {
    await openApp(page, '/?view=timeline&kind=summit');
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await expect(page.getByText('More filters', { exact: true })).toHaveCount(0);
    await atLeast44(page.getByRole('button', { name: 'Clear all filters' }), '“Clear all filters”');
    for (const facet of ['kinds', 'parties'])
      await atLeast44(page.locator(`details[data-facet="${facet}"] summary`), `the ${facet} menu`);
    await atLeast44(page.locator('.view-switch button'), 'a view button');
    await atLeast44(page.locator('.density__numbers > summary'), '“Show the numbers”');
    await atLeast44(page.locator('.legend > summary'), '“Legend”');
  });

  test('the panel’s sources, their archived copies and the articles its claims cite are 44 px targets', async ({
    page,
  }) => {
    await sourceLinksAre44(page);
  });

  test('the sheet’s close button, its actions, parties and tags are 44 px targets', async ({ page }) => {
    await openApp(page, `/?view=list&event=${EVENT}`);
    const panel = page.getByTestId('event-panel');
    await atLeast44(panel.getByRole('button', { name: 'Close the event details' }), 'the close button');
    await atLeast44(panel.locator('.panel__choices button'), 'a party or tag');
    await atLeast44(panel.locator('.panel__actions button').filter({ visible: true }), 'a panel action');
  });
});

// With a mouse the panel keeps its text's spacing: each line of a link is as high as a line of text.
test.describe('on a 1280 × 800 screen with a mouse', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });

  test('the panel’s source links are as high as their text', async ({ page }) => {
    await withArchivedCopies(page);
    await openApp(page, `/?view=list&event=${CITED}`);
    expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(true);
    const panel = page.getByTestId('event-panel');
    const lines = await panel
      .locator('.source > a, .source__archive a, .source-ref a')
      .evaluateAll((links) => links.flatMap((a) => [...a.getClientRects()].map((r) => Math.round(r.height))));
    expect(lines.length).toBeGreaterThan(7 * 2 + 2);
    for (const height of lines) expect(height).toBeLessThan(30);
  });
});
