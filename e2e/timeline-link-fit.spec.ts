import { expect, test, type Page } from '@playwright/test';
import type { EventRecord } from '../src/lib/data/dataset';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// A link with filters and no span opens on the events it shows, fitted as Fit all fits them: not on the
// whole chronology, where the few events it shows were squeezed together and the last titles cut.

const DAY = 864e5;
const HALF_YEAR = 180 * DAY;
const events = builtDataset().events;

/** The first and last moment an event covers, at its precision (in UTC: a day's slack for the zone). */
const firstMoment = (date: string) => Date.parse(`${date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
const lastMoment = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return d ? Date.UTC(y!, m! - 1, d + 1) : m ? Date.UTC(y!, m!, 1) : Date.UTC(y! + 1, 0, 1);
};

/** The span of the events, and the margin Fit all leaves either side of it (fit-window.ts). */
function fitOf(shown: readonly EventRecord[]) {
  const first = Math.min(...shown.map((e) => firstMoment(e.start)));
  // A one-day event is a point on its day: it ends where it starts.
  const last = Math.max(
    ...shown.map((e) =>
      (e.end && e.end !== e.start) || e.start.length < 10
        ? lastMoment(e.end ?? e.start)
        : firstMoment(e.start),
    ),
  );
  return { first, last, margin: Math.max((last - first) * 0.03, 15 * DAY) };
}

async function visibleWindow(page: Page) {
  const canvas = page.getByTestId('timeline');
  return {
    start: Number(await canvas.getAttribute('data-window-start')),
    end: Number(await canvas.getAttribute('data-window-end')),
  };
}

/** The events of `ids` whose item is not drawn within the drawing's width. */
const offScreen = (page: Page, ids: string[]) =>
  page.evaluate((ids) => {
    const drawing = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return ids.filter((id) => {
      const node = document.querySelector(`.vis-item [data-event-id="${id}"]`);
      if (!node) return true;
      const { left } = node.closest('.vis-item')!.getBoundingClientRect();
      return left < drawing.left - 1 || left > drawing.right - 8;
    });
  }, ids);

async function expectOpensOnItsEvents(page: Page, search: string, shown: readonly EventRecord[]) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, `/${search}`);
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(600);
  const { first, last, margin } = fitOf(shown);
  const opened = await visibleWindow(page);

  // From the first shown event, with the fit's margin before it, to the last with at least its margin after
  // it, and at most half a year of room for the last titles.
  expect(Math.abs(opened.start - (first - margin))).toBeLessThanOrEqual(DAY);
  expect(opened.end).toBeGreaterThanOrEqual(last + margin - DAY);
  expect(opened.end).toBeLessThanOrEqual(last + HALF_YEAR + DAY);
  if (new Date(first).getUTCFullYear() > 2022)
    expect(new Date(opened.start).getUTCFullYear()).toBeGreaterThan(2022);
  expect(
    await offScreen(
      page,
      shown.map((e) => e.id),
    ),
  ).toEqual([]);

  // The address is the link as it was: the span joins it only once the reader moves the timeline.
  expect(new URL(page.url()).search).toBe(search);

  // Fit all gives the same window: nothing moves.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(800);
  const fitted = await visibleWindow(page);
  expect(Math.abs(fitted.start - opened.start)).toBeLessThanOrEqual(DAY);
  expect(Math.abs(fitted.end - opened.end)).toBeLessThanOrEqual(DAY);
}

test('a link to the summits opens on the summits, from the first to the last, as Fit all fits them', async ({
  page,
}) => {
  const summits = events.filter((e) => e.kind === 'summit');
  expect(summits.length).toBeGreaterThan(5);
  await expectOpensOnItsEvents(page, '?kind=summit', summits);
});

test('a link to one party’s events opens on them, not on the whole chronology from 2022', async ({
  page,
}) => {
  const hungary = events.filter((e) => e.parties.includes('HU'));
  expect(hungary.length).toBeGreaterThan(2);
  // The test is for a party whose events begin well after the chronology does.
  expect(new Date(fitOf(hungary).first).getUTCFullYear()).toBeGreaterThan(2022);
  await expectOpensOnItsEvents(page, '?party=HU', hungary);
});

test('a link with filters and a span keeps its span, and one with an event opens around the event', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/?kind=summit&span=2024-01-01,2024-07-01');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  const spanned = await visibleWindow(page);
  expect(Math.abs(spanned.start - Date.UTC(2024, 0, 1))).toBeLessThanOrEqual(DAY);
  expect(Math.abs(spanned.end - Date.UTC(2024, 6, 1))).toBeLessThanOrEqual(DAY);

  // About three months either side of the event (windowAround), not the summits' four years.
  const summit = events.find((e) => e.kind === 'summit' && e.start.startsWith('2024-06-15'))!;
  await openApp(page, `/?kind=summit&event=${summit.id}`);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  const around = await visibleWindow(page);
  expect(around.end - around.start).toBeLessThan(200 * DAY);
  expect(around.start).toBeLessThan(firstMoment(summit.start));
  expect(around.end).toBeGreaterThan(firstMoment(summit.start));
});

test('a link whose filters leave no event opens on the months its date range names, says so, and Clear all fills them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/?q=zzzzqqq&from=2023-01&to=2023-03');
  const empty = page.getByTestId('timeline-empty');
  await expect(empty).toHaveText(
    'No event matches these filters. Clear a filter or all of them to see more.',
  );
  await expect(empty).toBeVisible();
  // January to March 2023, as a range set in the page that leaves none keeps the months in view: not the
  // whole chronology from 2022, where the months the link names were a sliver.
  await expect
    .poll(async () => {
      const { start, end } = await visibleWindow(page);
      return Math.max(Math.abs(start - Date.UTC(2023, 0, 1)), Math.abs(end - Date.UTC(2023, 3, 1)));
    })
    .toBeLessThanOrEqual(DAY);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByTestId('showing')).toHaveText(`Showing ${events.length} of ${events.length} events`);
  await expect(empty).toHaveText('');
  const inQ1 = events.filter((e) => e.start >= '2023-01-05' && e.start < '2023-03-25').map((e) => e.id);
  expect(inQ1.length).toBeGreaterThan(0);
  await expect.poll(() => offScreen(page, inQ1)).toEqual([]);
});
