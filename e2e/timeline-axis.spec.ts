import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

// Between about two weeks and three months (six beside no panel) the axis named only the months ("May", "Jun"), and an
// event's day could not be read from it. It now has day or week ticks there, each written as the day
// of the month, and each standing on the local midnight of that day.

const DAY = 864e5;
const SPANS = {
  'six months': '2025-03-01,2025-09-01',
  'two weeks': '2025-05-01,2025-05-15',
  'one month': '2025-05-01,2025-06-01',
  'two months': '2025-04-15,2025-06-15',
  'three months': '2025-04-01,2025-07-01',
};

/** The axis's day ticks: the day each names, and the time at the point where it stands. */
async function dayTicks(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="timeline"]')!;
    const start = Number(canvas.dataset.windowStart);
    const end = Number(canvas.dataset.windowEnd);
    const center = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({
        text: el.textContent!.trim(),
        left: el.getBoundingClientRect().left,
        // Its width cuts its text: "30" shows as "3".
        cut: el.scrollWidth > el.clientWidth + 1,
      }))
      .filter((t) => /^\d{1,2}$/.test(t.text) && t.left >= center.left && t.left < center.right)
      .map((t) => ({
        day: Number(t.text),
        at: start + ((t.left - center.left) / center.width) * (end - start),
        cut: t.cut,
      }));
  });
}

test.use({ viewport: { width: 1366, height: 768 } });

for (const panel of [false, true])
  for (const [name, span] of Object.entries(SPANS)) {
    // Beside the panel, half as wide, six months are named by their months.
    if (panel && name === 'six months') continue;
    test(`a span of ${name}${panel ? ' beside the event panel' : ''} has day ticks on the axis`, async ({
      page,
    }, testInfo) => {
      const event = panel ? '&event=2025-05-16-istanbul-talks-round-1' : '';
      await openApp(page, `/?span=${span}${event}`);
      await expect(page.locator('.vis-item-content').first()).toBeVisible();
      if (panel) await expect(page.getByTestId('event-panel')).toBeVisible();
      await expect.poll(async () => (await dayTicks(page)).length).toBeGreaterThanOrEqual(4);
      const ticks = await dayTicks(page);
      // Every week at least: no gap of more than seven days (and a little for the month's first).
      // A week's tick too close to the first of the month for its label goes without one: the month's name
      // stands there instead.
      for (let i = 1; i < ticks.length; i++) {
        const [before, after] = [new Date(ticks[i - 1]!.at), new Date(ticks[i]!.at)];
        if (before.getMonth() === after.getMonth())
          expect(after.getTime() - before.getTime()).toBeLessThan(7.5 * DAY);
      }
      for (const { day, at, cut } of ticks) {
        expect(cut, `the label of the ${day}th is cut short`).toBe(false);
        // The midnight nearest the tick's point is the start of the day the tick names.
        const nearest = new Date(at + DAY / 2);
        nearest.setHours(0, 0, 0, 0);
        expect(Math.abs(at - nearest.getTime())).toBeLessThan(0.25 * DAY);
        expect(nearest.getDate()).toBe(day);
      }
      // The month is named above the ticks (one whose tick is too near the right edge is hidden).
      await expect(
        page.locator('.vis-time-axis .vis-text.vis-major').filter({ hasText: /2025/, visible: true }).first(),
      ).toBeVisible();
      await testInfo.attach(`axis, ${name}`, {
        body: await page.locator('.vis-time-axis').first().screenshot(),
        contentType: 'image/png',
      });
    });
  }

// Where the ticks are years, vis-timeline's upper row, which names the year above months and the month
// above days, is empty: it took 30 px of the top of the timeline and of its copy as a blank band.
test.describe('the axis’s upper row', () => {
  // A drawing of about 640 px: the whole chronology is drawn in years.
  test.use({ viewport: { width: 800, height: 900 } });

  /** The axis's rows: its height, that of one row of labels, and the words of each row. */
  const rows = (page: Page, panel: string) =>
    page.locator(panel).evaluate((el) => {
      const axis = el.querySelector<HTMLElement>('.vis-time-axis')!;
      const texts = (kind: string) =>
        [...axis.querySelectorAll<HTMLElement>(`.vis-text.${kind}:not(.vis-measure)`)].map((t) => ({
          text: t.textContent!.trim(),
          top: t.getBoundingClientRect().top - el.getBoundingClientRect().top,
        }));
      const minor = texts('vis-minor');
      return {
        height: el.getBoundingClientRect().height,
        row: axis.querySelector<HTMLElement>('.vis-text.vis-minor')!.offsetHeight,
        minor: minor.map((t) => t.text),
        minorTop: Math.min(...minor.map((t) => t.top)),
        major: texts('vis-major'),
      };
    });

  test('is left out where the ticks are years, in the axis and in its copy', async ({ page }) => {
    await openApp(page, '/?view=timeline');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    const axis = await rows(page, '[data-testid="timeline"] .vis-panel.vis-top');
    expect(axis.minor).toEqual(expect.arrayContaining(['2023', '2024', '2025']));
    // One row: the years at the top, and no band above them. Before: two rows, the upper one empty.
    expect(axis.major.filter((t) => t.text !== '')).toEqual([]);
    expect(axis.minorTop).toBeLessThanOrEqual(2);
    expect(axis.height).toBeLessThan(1.5 * axis.row);

    await page.mouse.wheel(0, 1000);
    await expect(page.locator('.timeline__sticky-bar')).toBeVisible();
    const copy = await rows(page, '.timeline__sticky-bar');
    expect(copy.minor).toEqual(axis.minor);
    expect(copy.height).toBeLessThan(1.5 * axis.row);
  });

  test('comes back above the months as a zoom leaves the years', async ({ page }) => {
    await openApp(page, '/?view=timeline');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    const panel = '[data-testid="timeline"] .vis-panel.vis-top';
    expect((await rows(page, panel)).minor).toContain('2024');
    // Each press narrows the span by a third: the second leaves the years.
    const start = () => page.getByTestId('timeline').getAttribute('data-window-start');
    for (let i = 0; i < 2; i++) {
      const before = await start();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(start).not.toBe(before);
    }
    await expect
      .poll(async () => (await rows(page, panel)).minor)
      .toEqual(expect.arrayContaining(['Apr', 'Jul']));
    const axis = await rows(page, panel);
    const year = axis.major.find((t) => /^20\d\d$/.test(t.text));
    expect(year, 'a year above the months').toBeDefined();
    expect(year!.top).toBeLessThan(axis.minorTop);
    expect(axis.height).toBeGreaterThanOrEqual(1.8 * axis.row);
  });
});

test.describe('the months above the day ticks', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('each names the month its days are in, just past the span where the ticks turn to weeks', async ({
    page,
  }) => {
    // The two cancelled meetings of the United States and Russia, October 2025, fitted at 1440 px: the days
    // were headed on Mondays, "September 2025" over 29 September to 12 October and "October 2025" twice.
    await openApp(page, '/?status=cancelled&party=US,RU&partymode=all');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    const heads = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLElement>('[data-testid="timeline"]')!;
        const start = Number(canvas.dataset.windowStart);
        const end = Number(canvas.dataset.windowEnd);
        const center = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        return [
          ...document.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text.vis-major:not(.vis-measure)'),
        ]
          .map((el) => ({ text: el.textContent!.trim(), left: el.getBoundingClientRect().left }))
          .filter((t) => t.text !== '' && t.left > center.left + 1 && t.left < center.right)
          .map((t) => {
            // The day its tick stands on: the midnight nearest the label's left edge.
            const at = new Date(start + ((t.left - center.left) / center.width) * (end - start) + 864e5 / 2);
            at.setHours(0, 0, 0, 0);
            const month = at.toLocaleString('en-GB', { month: 'long', year: 'numeric' });
            return `${t.text} on ${at.getDate()} ${month}`;
          });
      });
    await expect.poll(async () => (await heads()).length).toBeGreaterThan(0);
    const shown = await heads();
    // Each stands on the first of the month it names.
    expect(shown).toEqual(shown.map((h) => `${h.split(' on ')[0]} on 1 ${h.split(' on ')[0]}`));
  });
});
