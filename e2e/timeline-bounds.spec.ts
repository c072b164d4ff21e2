import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';

const HALF_YEAR = 180 * 864e5;
const events = builtDataset().events;
const lastDay = (date: string) => {
  // The last moment of a date at its precision: a month-only "2026-03" lasts to the end of March.
  const [y, m, d] = date.split('-').map(Number);
  return d ? Date.UTC(y!, m! - 1, d + 1) : m ? Date.UTC(y!, m!, 1) : Date.UTC(y! + 1, 0, 1);
};
const lastEnd = Math.max(...events.map((e) => lastDay(e.end ?? e.start)));

async function windowEnd(page: Page): Promise<number> {
  return Number(await page.getByTestId('timeline').getAttribute('data-window-end'));
}

test('a drag cannot take the timeline years past the last event, nor Zoom out far beyond the events', async ({
  page,
}) => {
  await page.goto('/?view=timeline&span=2025-12-01,2026-04-01');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  const y = box.y + 20;
  for (let i = 0; i < 8; i++) {
    // Dragged right to left: later and later.
    await page.mouse.move(box.x + box.width - 20, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 20, y, { steps: 10 });
    await page.mouse.up();
  }
  await expect.poll(() => windowEnd(page)).toBeGreaterThan(lastEnd);
  // A day's slack for the time zone of the browser against the UTC of the data.
  expect(await windowEnd(page)).toBeLessThanOrEqual(lastEnd + HALF_YEAR + 864e5);

  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.waitForTimeout(600);
  const start = Number(await page.getByTestId('timeline').getAttribute('data-window-start'));
  const firstStart = Math.min(
    ...events.map((e) => Date.parse(`${e.start.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`)),
  );
  expect(start).toBeGreaterThanOrEqual(firstStart - HALF_YEAR - 864e5);
  expect(await windowEnd(page)).toBeLessThanOrEqual(lastEnd + HALF_YEAR + 864e5);
});

const summits = events.filter((e) => e.kind === 'summit');
const firstSummit = Math.min(...summits.map((e) => Date.parse(`${e.start.padEnd(10, '-01').slice(0, 10)}`)));
const lastSummit = Math.max(...summits.map((e) => lastDay(e.end ?? e.start)));

/** The items whose title runs past the right edge of the drawing. */
const cut = (page: Page) =>
  page.evaluate(() => {
    const right = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect().right;
    return [...document.querySelectorAll<HTMLElement>('.vis-item')]
      .filter((item) => item.getBoundingClientRect().right > right + 1)
      .map((item) => item.textContent);
  });

async function openSummits(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('/?kind=summit');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
}

/** Fit all from a window zoomed in, so that it moves (and writes its span into the address). */
async function fitAfterZoomingIn(page: Page) {
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(800);
}

test('Fit all with a filter ending months before the last event: from the first event on, and its link reopens it', async ({
  page,
}) => {
  // The summits end months before the last event, and their titles are long: the room Fit all made for
  // them ran past how far the timeline may go, which shifted the window back over empty months and cut them.
  await openSummits(page, 1280, 800);
  // The link opens on Fit all's window: moved away first, so that Fit all moves and its span is written.
  await fitAfterZoomingIn(page);
  const start = Number(await page.getByTestId('timeline').getAttribute('data-window-start'));
  expect(start).toBeLessThanOrEqual(firstSummit);
  expect(start).toBeGreaterThan(firstSummit - 60 * 864e5);
  const end = await windowEnd(page);

  // Its link reopens it as it was.
  await expect(page).toHaveURL(/span=/);
  await page.reload();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(800);
  expect(Math.abs((await windowEnd(page)) - end)).toBeLessThanOrEqual(864e5);
});

test('Fit all and Latest with few events with long titles end at most half a year after the last of them', async ({
  page,
}) => {
  // The summits' titles are 280 to 352 px on a drawing of about 1,060: the room made for them whole took
  // Fit all from January 2026, the last summit, to the middle of 2027, a third of the drawing empty.
  await openSummits(page, 1280, 800);
  for (const button of ['Fit all', 'Latest']) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForTimeout(800);
    const end = await windowEnd(page);
    expect(end, button).toBeGreaterThan(lastSummit);
    // As far as a drag may go, and a day's slack for the browser's time zone against the data's UTC.
    expect(end, button).toBeLessThanOrEqual(lastSummit + HALF_YEAR + 864e5);
  }
  // Latest, over months, still has the room to show the last summit's title whole.
  expect(await cut(page)).toEqual([]);
  // And no more: "Coalition of the Willing summit in Paris" draws 278 px wide, and the window ran on 30 px
  // of empty lanes past its end when its width was guessed from its 40 letters (306 px).
  const gap = await page.evaluate(() => {
    const right = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect().right;
    const titles = [...document.querySelectorAll<HTMLElement>('.vis-item .tl-item')];
    const last = titles.reduce((a, b) =>
      b.getBoundingClientRect().left > a.getBoundingClientRect().left ? b : a,
    );
    return right - last.getBoundingClientRect().right;
  });
  expect(gap).toBeLessThanOrEqual(10);
});

/** The items whose title passes the right edge of the drawing, where it is cut mid-letter. */
const titlesPastTheEdge = (page: Page) =>
  page.evaluate(() => {
    const drawing = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.vis-item .tl-item')]
      .filter((title) => {
        const box = title.getBoundingClientRect();
        return box.left < drawing.right && box.right > drawing.right + 1;
      })
      .map((title) => title.textContent);
  });

/** The titles drawn shortened, each with its ellipsis in sight. */
const shortened = (page: Page) =>
  page.evaluate(() => {
    const right = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect().right;
    return [...document.querySelectorAll<HTMLElement>('.vis-item .tl-item__title')]
      .filter((title) => title.scrollWidth > title.clientWidth + 1)
      .map((title) => ({
        id: title.closest<HTMLElement>('[data-event-id]')!.dataset.eventId!,
        ellipsis: getComputedStyle(title).textOverflow === 'ellipsis',
        inSight: title.getBoundingClientRect().right <= right + 1,
      }));
  });

test('a cancelled event shortened at the right edge still says so: its badge stays, its title gives way', async ({
  page,
}) => {
  // The planned signing of the minerals deal, two weeks before the right edge: its title and its
  // "Cancelled" badge need 400 px, and the badge went with the end of the title; only the strike-through
  // said that it did not take place.
  const id = '2025-02-28-minerals-deal-signing';
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?view=timeline&span=2025-01-15,2025-03-15');
  const item = page.locator(`.vis-item [data-event-id="${id}"]`);
  await expect(item.locator('.tl-item__title')).toBeVisible();
  await expect
    .poll(async () => (await shortened(page)).find((s) => s.id === id))
    .toEqual({
      id,
      ellipsis: true,
      inSight: true,
    });
  const badge = item.locator('.tl-item__badge');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText('Cancelled');
  const drawn = await badge.evaluate((el) => ({
    whole: el.scrollWidth <= el.clientWidth,
    inSight:
      el.getBoundingClientRect().right <=
      document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect().right + 1,
  }));
  expect(drawn).toEqual({ whole: true, inSight: true });
  expect(await titlesPastTheEdge(page)).toEqual([]);
  await expect(item.locator('.tl-item__title')).toHaveCSS('text-decoration-line', 'line-through');
});

test('Fit all on a few long-titled events: the last titles end at the right edge with an ellipsis, whole in their tooltip', async ({
  page,
}) => {
  // Over four years, half a year past the last summit leaves too little room for five titles of 280 to
  // 352 px: they ran past the edge, cut mid-letter ("Trump–Putin summit in Anchora").
  await openSummits(page, 1280, 800);
  await fitAfterZoomingIn(page);
  await expect.poll(() => titlesPastTheEdge(page)).toEqual([]);
  const short = await shortened(page);
  const anchorage = short.find((s) => s.id === '2025-08-15-anchorage-summit');
  expect(anchorage).toEqual({ id: '2025-08-15-anchorage-summit', ellipsis: true, inSight: true });
  for (const s of short) expect(s).toEqual({ id: s.id, ellipsis: true, inSight: true });

  // Shortened, it still names its event whole, and its tooltip gives the title.
  const item = page.locator('.vis-item [data-event-id="2025-08-15-anchorage-summit"]');
  await expect(item).toHaveAccessibleName(/^Trump–Putin summit in Anchorage, Alaska\. Summit/);
  await item.hover();
  await expect(page.getByRole('tooltip')).toContainText('Trump–Putin summit in Anchorage, Alaska');

  // Zoomed in on the summer, the same title has room again and shows whole.
  await page.goto('/?kind=summit&span=2025-06-01,2025-11-01');
  await expect(item.locator('.tl-item__title')).toBeVisible();
  await page.waitForTimeout(600);
  expect((await shortened(page)).map((s) => s.id)).not.toContain('2025-08-15-anchorage-summit');
  expect(await titlesPastTheEdge(page)).toEqual([]);
});
