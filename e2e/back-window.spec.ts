import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

// Back and Forward after the app itself fitted the timeline (a new date range, "Show this thread"): a step
// with no span shows the window it showed, and keeps an address with no span. So does a reload of the step,
// and Back and Forward after it: each step keeps its window in its history entry.

const DAY = 864e5;

async function visibleWindow(page: Page): Promise<[number, number]> {
  const canvas = page.getByTestId('timeline');
  return [
    Number(await canvas.getAttribute('data-window-start')),
    Number(await canvas.getAttribute('data-window-end')),
  ];
}

/** Waits until the timeline shows `win`, to the day. */
async function expectWindow(page: Page, [start, end]: [number, number]) {
  await expect
    .poll(async () => {
      const [s, e] = await visibleWindow(page);
      return Math.max(Math.abs(s - start), Math.abs(e - end));
    })
    .toBeLessThanOrEqual(DAY);
}

/** The address's query, and that it stays so once the timeline has settled (its moves are told late). */
async function expectSearch(page: Page, search: string) {
  await expect.poll(() => new URL(page.url()).search).toBe(search);
  await page.waitForTimeout(600);
  expect(new URL(page.url()).search).toBe(search);
}

/** Opens `/` (or the link `search`) at 1280 × 800, and gives the window it opened on. */
async function openPlain(page: Page, search = ''): Promise<[number, number]> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, `/${search}`);
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(500);
  await expectSearch(page, search);
  return visibleWindow(page);
}

const summit = '2025-10-budapest-summit';

/** Opens the Budapest summit from its item on the timeline. */
async function openSummit(page: Page) {
  await page
    .getByTestId('timeline')
    .getByRole('link', { name: /Planned Trump–Putin summit in Budapest/ })
    .first()
    .click();
}

/** Opens the summit from the whole chronology, where the timeline stays; gives that window. */
async function openSummitFromWhole(page: Page): Promise<[number, number]> {
  const whole = await openPlain(page);
  await openSummit(page);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expectSearch(page, `?event=${summit}`);
  await expectWindow(page, whole);
  return whole;
}

async function reload(page: Page) {
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
}

test('Back from a date range brings back the whole chronology the plain address showed', async ({ page }) => {
  const opened = await openPlain(page);
  await page.getByLabel('From', { exact: true }).fill('2025-06');
  await expect(page).toHaveURL(/\?from=2025-06&span=[\d-]+,[\d-]+$/);
  await page.waitForTimeout(600);
  const fitted = await visibleWindow(page);
  const fittedSearch = new URL(page.url()).search;
  expect(fitted[0]).toBeGreaterThan(opened[0] + 365 * DAY);

  await page.goBack();
  await expect(page.getByTestId('showing')).toHaveText(/^Showing (\d+) of \1 events$/);
  await expectWindow(page, opened);
  await expectSearch(page, '');

  // Forward gives the range's step as it was, and Back the plain one again.
  await page.goForward();
  await expectWindow(page, fitted);
  await expectSearch(page, fittedSearch);
  await page.goBack();
  await expectWindow(page, opened);
  await expectSearch(page, '');

  // The reader's own move still edits the step it is on.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/\/\?span=[\d-]+,[\d-]+$/);
});

test('Back from "Show this thread" brings back the window of each earlier step, with no span written in', async ({
  page,
}) => {
  const opened = await openPlain(page);
  await openSummit(page);
  await expectSearch(page, `?event=${summit}`);
  await page.getByTestId('event-panel').getByRole('button', { name: 'Show this thread' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?thread=${summit}&event=${summit}&span=[\\d-]+,[\\d-]+$`));
  await page.waitForTimeout(600);
  const fitted = await visibleWindow(page);
  expect(fitted[0]).toBeGreaterThan(opened[0] + 365 * DAY);
  await page.getByRole('button', { name: 'Remove the thread filter' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${summit}&span=[\\d-]+,[\\d-]+$`));

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]thread=${summit}&`));
  await expectWindow(page, fitted);
  await page.goBack();
  await expectWindow(page, opened);
  await expectSearch(page, `?event=${summit}`);
  await page.goBack();
  await expectWindow(page, opened);
  await expectSearch(page, '');
});

test('Back to an event’s step brings back the window the step showed, without bringing the event into view again', async ({
  page,
}) => {
  // Beside the panel, the last event of the whole chronology runs past the right edge: opening it moves the
  // timeline to show it. Fit all then gives the whole chronology again on the same step, the event half
  // past the edge, and the reader opens another event from there.
  await page.setViewportSize({ width: 1000, height: 800 });
  await openApp(page, '/');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(500);
  const items = page.getByTestId('timeline').locator('.vis-item [data-event-id]');
  const ids = await items.evaluateAll((els) =>
    els
      .map((el) => ({ id: (el as HTMLElement).dataset.eventId!, left: el.getBoundingClientRect().left }))
      .sort((a, b) => a.left - b.left)
      .map((e) => e.id),
  );
  const last = ids.at(-1)!;
  await page.locator(`.vis-item [data-event-id="${last}"]`).click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${last}&span=`));
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(800);
  const fitted = await visibleWindow(page);
  const fittedSearch = new URL(page.url()).search;
  expect(fittedSearch).toMatch(new RegExp(`^\\?event=${last}&span=`));

  const other = ids[Math.floor(ids.length / 3)]!;
  await page.locator(`.vis-item [data-event-id="${other}"]`).click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${other}&`));
  await page.waitForTimeout(600);

  await page.goBack();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expectWindow(page, fitted);
  await expectSearch(page, fittedSearch);
  await expectWindow(page, fitted);
});

test('a reload of an event’s step opened from the whole chronology shows the whole chronology, as Back does', async ({
  page,
}) => {
  const whole = await openSummitFromWhole(page);

  // Not around the event, where its link opens: the address, with no span, stays as it was.
  await reload(page);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expectSearch(page, `?event=${summit}`);
  await expectWindow(page, whole);

  // Back and Forward after the reload: the plain step's whole chronology, and the event's step's.
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expectSearch(page, '');
  await expectWindow(page, whole);
  await page.goForward();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expectWindow(page, whole);

  // A link to the event, opened afresh in a new tab, still opens around it.
  const tab = await page.context().newPage();
  await tab.setViewportSize({ width: 1280, height: 800 });
  await openApp(tab, `/?event=${summit}`);
  await expect(tab.getByTestId('event-panel')).toBeVisible();
  const [start, end] = await visibleWindow(tab);
  expect(end - start).toBeLessThan(300 * DAY);
});

test('a reload after the data was updated opens an event’s step around the event, as its link does', async ({
  page,
}) => {
  await openSummitFromWhole(page);

  // The dataset's next version: the window the step kept was the old data's, whose events may be gone.
  await page.route('**/data/events.json', async (route) => {
    const data = (await (await route.fetch()).json()) as { version: string };
    await route.fulfill({ json: { ...data, version: `${data.version}.1` } });
  });
  await reload(page);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expectSearch(page, `?event=${summit}`);
  await expect.poll(async () => visibleWindow(page).then(([s, e]) => e - s)).toBeLessThan(300 * DAY);
  const [start, end] = await visibleWindow(page);
  expect(start).toBeLessThan(Date.UTC(2025, 9, 1));
  expect(end).toBeGreaterThan(Date.UTC(2025, 10, 1));

  // The step now keeps that window for this data: a second reload shows it again.
  await reload(page);
  await expectWindow(page, [start, end]);
});

test('the plain step after clearing a filtered link’s filters shows what it showed, on reload, Back and Forward', async ({
  page,
}) => {
  const fitted = await openPlain(page, '?kind=summit');
  // Clearing the filters leaves the window where the link's fit put it.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByTestId('showing')).toHaveText(/^Showing (\d+) of \1 events$/);
  await expectSearch(page, '');
  await expectWindow(page, fitted);

  await reload(page);
  await expectSearch(page, '');
  await expectWindow(page, fitted);
  await page.goBack();
  await expectSearch(page, '?kind=summit');
  await expectWindow(page, fitted);
  await page.goForward();
  await expectSearch(page, '');
  await expectWindow(page, fitted);

  // The reader's own move still joins the address of the step it is on, and a reload keeps it.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/\/\?span=[\d-]+,[\d-]+$/);
  await page.waitForTimeout(600);
  const zoomed = await visibleWindow(page);
  await reload(page);
  await expectWindow(page, zoomed);
});
