import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { syntheticDatasetBody } from './support/synthetic';

// A reader far down the list who reloads the page, or leaves for another site and comes back with Back,
// is where they were reading. The app restores no scroll of its own (history.scrollRestoration is
// "manual", so that the list brings an open event's row on screen): before, the list opened at its top.

const dataset = builtDataset();

/** The row at the top of what is read (its event, or its heading's words) and where it is, in whole pixels. */
const placeOnScreen = (page: Page) =>
  page.getByTestId('list-view').evaluate((list) => {
    for (const el of list.querySelectorAll<HTMLElement>('[data-row]')) {
      const top = el.getBoundingClientRect().top;
      if (top >= 0) return { row: el.dataset.listEventId ?? el.textContent, top: Math.round(top) };
    }
    return null;
  });

/** The events whose rows are on the screen, in order. */
const eventsOnScreen = (page: Page) =>
  page.getByTestId('list-view').evaluate((list) =>
    [...list.querySelectorAll<HTMLElement>('[data-list-event-id]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })
      .map((el) => el.dataset.listEventId),
  );

/** Two frames: what a scroll set off has run and been painted. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Scrolls the page as a reader does, a wheel at a time, to `fraction` of the way down the list. */
async function readDown(page: Page, fraction: number) {
  const target = await page.getByTestId('list-view').evaluate((list, f) => {
    const box = list.getBoundingClientRect();
    return box.top + window.scrollY + box.height * f;
  }, fraction);
  await page.mouse.move(200, 300);
  for (let i = 0; i < 40 && (await page.evaluate(() => window.scrollY)) < target; i++) {
    await page.mouse.wheel(0, Math.min(3000, target - (await page.evaluate(() => window.scrollY))));
    await settled(page);
  }
  // The place is noted once the scroll has ended.
  await page.waitForTimeout(400);
}

async function expectSamePlace(page: Page, before: { row: unknown; top: number }, events: unknown[]) {
  await expect.poll(() => placeOnScreen(page).then((p) => p?.row)).toBe(before.row);
  const now = (await placeOnScreen(page))!;
  expect(Math.abs(now.top - before.top), `${before.top} then ${now.top}`).toBeLessThanOrEqual(2);
  // And stays there once the list is laid out (a long list measures its rows as they are drawn).
  await page.waitForTimeout(500);
  expect(await eventsOnScreen(page)).toEqual(events);
}

test('a reload of the list, scrolled deep with no event open, comes back to the same rows', async ({
  page,
}) => {
  await page.goto('/?view=list');
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  await readDown(page, 0.7);
  const before = (await placeOnScreen(page))!;
  const events = await eventsOnScreen(page);
  expect(events.length).toBeGreaterThan(2);
  expect(events).not.toContain(dataset.events[0]!.id);

  await page.reload();
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  await expectSamePlace(page, before, events);
});

test('Back from another site comes back to the same rows', async ({ page }) => {
  await page.goto('/?view=list');
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  await readDown(page, 0.5);
  const before = (await placeOnScreen(page))!;
  const events = await eventsOnScreen(page);

  await page.goto('about:blank');
  await page.goBack();
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  await expectSamePlace(page, before, events);
});

test('an open event still wins over the reading place on reload', async ({ page }) => {
  const first = dataset.events[1]!;
  await page.goto(`/?view=list&event=${first.id}`);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await readDown(page, 0.8);
  await page.reload();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect.poll(() => eventsOnScreen(page)).toContain(first.id);
});

test.describe('with 10,000 events, a list drawn a part at a time', () => {
  test.setTimeout(90_000);
  const body = syntheticDatasetBody(10_000);

  test('a reload comes back to the same rows, though the rows above were never measured', async ({
    page,
  }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/?view=list');
    await expect(page.locator('[data-list-entry]').first()).toBeVisible({ timeout: 20_000 });
    await readDown(page, 0.6);
    const before = (await placeOnScreen(page))!;
    const events = await eventsOnScreen(page);
    expect(events.length).toBeGreaterThan(2);

    await page.reload();
    await expect(page.locator('[data-list-entry]').first()).toBeVisible({ timeout: 20_000 });
    await expectSamePlace(page, before, events);
  });
});

/** The month heading's words for a date ("March 2024"), as the list writes them. */
const monthName = (start: string) =>
  new Date(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, 1).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
  });

test('a reload after the event read at is gone from the data comes back to its month', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // An event deep in a month that keeps others when it goes.
  const gone = dataset.events.find(
    (e, i) =>
      i > dataset.events.length / 2 &&
      e.start.length === 10 &&
      dataset.events.filter((o) => o.start.slice(0, 7) === e.start.slice(0, 7)).length > 1 &&
      dataset.events[i - 1]!.start.slice(0, 7) === e.start.slice(0, 7),
  )!;
  await page.goto('/?view=list');
  const row = page.locator(`[data-list-event-id="${gone.id}"]`);
  await row.evaluate((el) =>
    window.scrollBy({ top: el.getBoundingClientRect().top - 2, behavior: 'instant' }),
  );
  await page.waitForTimeout(800);
  expect((await placeOnScreen(page))!.row).toBe(gone.id);

  const without = { ...dataset, events: dataset.events.filter((e) => e.id !== gone.id) };
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(without) }),
  );
  await page.reload();
  await expect(page.locator('[data-list-entry]')).toHaveCount(without.events.length);
  await expect.poll(() => placeOnScreen(page).then((p) => p?.row)).toBe(monthName(gone.start));
  expect(Math.abs((await placeOnScreen(page))!.top - 2)).toBeLessThanOrEqual(2);
  expect(errors).toEqual([]);
});

test('a reading place the page cannot use leaves the list at its top, without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?view=list');
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  for (const listPlace of [
    'e:2024',
    { row: `e:${'x'.repeat(200_000)}`, month: '2024-03', top: 10 },
    { row: 'e:\u200b\u202e', month: '9999-99', top: 'NaN' },
    { row: 'y:1999', month: '1999', top: 1e300 },
  ]) {
    await page.evaluate((p) => history.replaceState({ listPlace: p }, ''), listPlace);
    await page.reload();
    await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
    await settled(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  }
  // One the page can use but that names nothing listed: the end of the list, as for a year after the last.
  await page.evaluate(() =>
    history.replaceState({ listPlace: { row: 'e:nowhere', month: '2999-01', top: 40 } }, ''),
  );
  await page.reload();
  await expect(page.locator('[data-list-entry]')).toHaveCount(dataset.events.length);
  await expect.poll(() => eventsOnScreen(page)).toContain(dataset.events.at(-1)!.id);
  expect(errors).toEqual([]);
});
