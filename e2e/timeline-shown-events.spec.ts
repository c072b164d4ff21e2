import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';
import { settled, visibleWindow } from './support/timeline-window';

// The toolbar goes by the events the filters show, the timeline says where they are when its span
// holds none of them, and a screen reader hears where a toolbar move has taken it. Each test failed
// before its change.

const dataset = builtDataset();
const DAY = 864e5;
const bennett = dataset.events.find((e) => /bennett/i.test(e.title))!;
/** Local midnight of a dataset day, where the timeline draws it. */
const day = (d: string) => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, dd ?? 1).getTime();
};

/** The number of events the filters show, as the count above them says it. */
async function shownCount(page: Page): Promise<number> {
  const text = await page.getByTestId('showing').textContent();
  return Number(/Showing ([\d,]+)/.exec(text ?? '')![1]!.replace(',', ''));
}

const button = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Timeline navigation' }).getByRole('button', { name, exact: true });

test.use({ viewport: { width: 1366, height: 768 } });

test('Latest goes to the latest event shown: a search for Bennett shows his one event of 2022', async ({
  page,
}) => {
  expect(bennett.start).toBe('2022-03-05');
  await openApp(page, '/?q=Bennett');
  await expect(page.getByTestId('showing')).toContainText('Showing 1 of');
  await button(page, 'Latest').click();
  await expect.poll(async () => (await visibleWindow(page)).end).toBeLessThan(day('2022-06-01'));
  const { start, end } = await settled(page);
  expect(start).toBeLessThan(day(bennett.start));
  expect(end).toBeGreaterThan(day(bennett.start));
  await expect(page.locator(`.vis-item [data-event-id="${bennett.id}"]`)).toBeVisible();
  await expect(page.getByTestId('timeline-empty')).toHaveText('');
});

test('Fit all fits the events shown; with none shown, every event', async ({ page }) => {
  await openApp(page, '/?q=Witkoff&span=2022-03-01,2022-06-01');
  const count = await shownCount(page);
  expect(count).toBeGreaterThan(5);
  await button(page, 'Fit all').click();
  await expect.poll(async () => (await visibleWindow(page)).start).toBeGreaterThan(day('2025-01-01'));
  const { start, end } = await settled(page);
  // Shown from February 2025 to March 2026, with a margin before and, after, room for the last title
  // (at most half the span again); before, 2022 to 2026.
  expect(start).toBeGreaterThan(day('2025-01-01'));
  expect(start).toBeLessThan(day('2025-02-11'));
  expect(end).toBeGreaterThan(day('2026-03-21'));
  expect(end).toBeLessThan(day('2026-11-01'));
  await expect(page.locator('.vis-item [data-event-id]')).toHaveCount(count);

  // No event shown: Fit all shows the whole chronology, as it did.
  await page.getByLabel('Search events').fill('xyzzy');
  await expect(page.getByTestId('timeline-empty')).toContainText('No event matches these filters');
  await button(page, 'Fit all').click();
  await expect
    .poll(async () => {
      const now = await visibleWindow(page);
      return now.end - now.start;
    })
    .toBeGreaterThan(3 * 365 * DAY);
});

test('a span with none of the shown events says where they are, follows the moves, and goes once one is in view', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '/?q=Witkoff&span=2022-03-01,2022-06-01');
  const count = await shownCount(page);
  const message = page.getByTestId('timeline-empty');
  const words = `None of the ${count} shown events is in this span: they run from February 2025 to March 2026. Fit all shows them.`;
  await expect(message).toHaveText(words);
  await expect(message).toBeVisible();
  await expect(message).toHaveAttribute('role', 'status');

  await button(page, 'Fit all').click();
  await expect(message).toHaveText('');
  // Moved away again, from the keyboard: the words come back once no shown event is left in view.
  await button(page, 'Zoom in').focus();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Enter');
    await settled(page);
  }
  await button(page, 'Earlier').focus();
  for (let i = 0; i < 12 && (await message.textContent()) === ''; i++) {
    await page.keyboard.press('Enter');
    await settled(page);
  }
  await expect(message).toHaveText(words);
  await button(page, 'Latest').click();
  await expect(message).toHaveText('');

  // One event shown: its date.
  await openApp(page, '/?q=Bennett&span=2025-01-01,2025-06-01');
  await expect(message).toHaveText(
    'The one event shown, 5 March 2022, is not in this span. Fit all shows it.',
  );
});

test('a toolbar move is announced once, when it has settled, with the span it shows', async ({ page }) => {
  await openApp(page, '/?span=2024-03-01,2025-07-01');
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  // Every announcement the app's live region makes, with the window as it was when it was made.
  await page.evaluate(() => {
    const said: { text: string; start: string | null; end: string | null }[] = [];
    (window as unknown as { __said: typeof said }).__said = said;
    const canvas = document.querySelector('[data-testid="timeline"]')!;
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node.textContent?.startsWith('The timeline shows'))
            said.push({
              text: node.textContent,
              start: canvas.getAttribute('data-window-start'),
              end: canvas.getAttribute('data-window-end'),
            });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const said = () =>
    page.evaluate(
      () => (window as unknown as { __said: { text: string; start: string; end: string }[] }).__said,
    );
  const month = (t: number) => new Date(t).toLocaleString('en-GB', { month: 'long', year: 'numeric' });

  await button(page, 'Zoom out').click();
  await expect.poll(async () => (await said()).length).toBe(1);
  const win = await settled(page);
  // Said with the window it settled on, not a frame of the easing.
  const [first] = await said();
  expect(Number(first!.start)).toBe(win.start);
  expect(Number(first!.end)).toBe(win.end);
  const [from, to] = [month(win.start), month(win.end)];
  const sameYear = from.slice(-4) === to.slice(-4);
  expect(first!.text).toBe(`The timeline shows ${sameYear ? from.slice(0, -5) : from} to ${to}.`);
  await page.waitForTimeout(800);
  expect(await said()).toHaveLength(1);

  // Each press is said once, Later included. Past the end Later is at its stop (aria-disabled, which
  // Playwright will not click unforced): a press there says why it does not move instead, as
  // e2e/timeline-pan-limits.spec.ts checks.
  await button(page, 'Later').click();
  await expect.poll(async () => (await said()).length).toBe(2);
  await button(page, 'Latest').click();
  await expect.poll(async () => (await said()).length).toBe(3);
  await settled(page);
  for (let i = 0; i < 3; i++) await button(page, 'Later').click({ force: true });
  await expect.poll(async () => (await said()).length).toBeGreaterThanOrEqual(4);
  await page.waitForTimeout(1200);
  const all = await said();
  expect(all.length).toBeLessThanOrEqual(6);
  expect(all.at(-1)!.text).toMatch(/^The timeline shows .+ to .+ \d{4}\.$/);

  // A drag is the reader's own doing, and is not announced.
  const before = all.length;
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 30, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(1000);
  expect(await said()).toHaveLength(before);
});

test('a date range that leaves no event keeps the window, says so, and Clear all brings the events back there', async ({
  page,
}) => {
  // It moved the timeline to the whole chronology, 2022 to 2026, where none of its lanes had an event to
  // show, and wrote that span into the address: the reader lost the months they were looking at.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '/?view=timeline&span=2025-03-01,2025-09-01');
  await expect(page.locator('.vis-item [data-event-id]').first()).toBeVisible();
  const before = await settled(page);
  const from = page.getByLabel('From', { exact: true });
  await from.fill('2030-01');
  await from.press('Enter');
  await expect(page.getByTestId('showing')).toContainText('Showing 0 of');
  await page.waitForTimeout(600);
  expect(await settled(page)).toEqual(before);
  expect(new URL(page.url()).searchParams.get('span')).toBe('2025-03-01,2025-09-01');
  const message = page.getByTestId('timeline-empty');
  await expect(message).toHaveText(
    'No event matches these filters. Clear a filter or all of them to see more.',
  );
  await expect(message).toBeInViewport();
  const clear = page.getByRole('button', { name: 'Clear all filters' });
  await expect(clear).toBeEnabled();
  await expect(clear).toBeInViewport();

  await clear.click();
  await expect(page.locator('.vis-item [data-event-id]').first()).toBeVisible();
  expect(await settled(page)).toEqual(before);

  // A range with events still brings the timeline to them.
  await from.fill('2022-03');
  await from.press('Enter');
  await expect.poll(async () => (await visibleWindow(page)).start).toBeLessThan(day('2022-04-01'));
});
