import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

const dataset = builtDataset();
const all = dataset.events;

async function download(page: Page, format: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${format}"]`).click(),
  ]);
  return { file, text: readFileSync((await file.path())!, 'utf8') };
}

const shownIds = (page: Page) =>
  page
    .locator('[data-list-event-id]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.listEventId!));

test('each export holds exactly the events of the filtered view', async ({ page }) => {
  await openApp(page, '/?kind=summit,prisoner-exchange&from=2025-01&view=list');
  const ids = await shownIds(page);
  const expected = all
    .filter((e) => ['summit', 'prisoner-exchange'].includes(e.kind) && (e.end ?? e.start) >= '2025-01')
    .map((e) => e.id);
  expect(ids).toEqual(expected);

  const csv = await download(page, 'csv');
  expect(csv.file.suggestedFilename()).toBe(
    `diplomatic-timeline-${dataset.version}-${ids.length}-events.csv`,
  );
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => r.id)).toEqual(ids);
  const budapest = rows.find((r) => r.id === '2025-10-budapest-summit')!;
  expect(budapest.status).toBe('cancelled');
  expect(budapest.source_urls).toContain(
    all.find((e) => e.id === '2025-10-budapest-summit')!.sources[0]!.url,
  );
  // Scripts that read the file by position find the permalink where it always was.
  expect(csv.text.slice(1).split(',')[20]).toBe('permalink');
  const swaps = all.filter((e) => ids.includes(e.id) && e.exchange);
  expect(swaps.length).toBeGreaterThan(0);
  for (const swap of swaps) {
    const row = rows.find((r) => r.id === swap.id)!;
    expect([row.exchange_to_ukraine, row.exchange_to_russia]).toEqual([
      swap.exchange!.toUkraine?.toString() ?? '',
      swap.exchange!.toRussia?.toString() ?? '',
    ]);
  }

  const json = JSON.parse((await download(page, 'json')).text) as {
    version: string;
    events: { id: string }[];
  };
  expect(json.version).toBe(dataset.version);
  expect(json.events.map((e) => e.id)).toEqual(ids);

  const ics = await download(page, 'ics');
  const uids = [...ics.text.replace(/\r\n[ \t]/g, '').matchAll(/^UID:(.+)$/gm)].map((m) =>
    m[1]!.trim().replace(/@diplomatic-timeline$/, ''),
  );
  const dayPrecision = ids.filter((id) => {
    const e = all.find((x) => x.id === id)!;
    return e.start.length === 10 && (!e.end || e.end.length === 10);
  });
  // A renamed event keeps the UID of its first id, so that importing the file again updates its entry.
  const firstId = (id: string) => all.find((x) => x.id === id)!.formerIds?.[0] ?? id;
  expect(uids.sort()).toEqual(dayPrecision.map(firstId).sort());
  if (dayPrecision.length < ids.length) {
    const skipped = ids.length - dayPrecision.length;
    await expect(page.locator('.export__status')).toContainText(
      `Downloaded ${dayPrecision.length} events as a calendar. ${skipped} event${skipped === 1 ? ' is' : 's are'} not in it`,
    );
  }
});

test('cite an event and the current view, with copy and confirmation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/?event=2025-10-budapest-summit');
  await page.getByRole('button', { name: 'Cite this event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this event', exact: true });
  await expect(dialog).toBeVisible();
  const text = dialog.locator('[data-format="Citation"]');
  await expect(text).toHaveValue(/2025-10-budapest-summit/);
  await expect(text).toHaveValue(new RegExp(dataset.version.replace(/\./g, '\\.')));
  await expect(dialog.locator('[data-format="BibTeX"]')).toHaveValue(/@misc\{/);
  expect(JSON.parse(await dialog.locator('[data-format="CSL-JSON"]').inputValue())[0].URL).toContain(
    '?event=2025-10-budapest-summit',
  );
  await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(dialog.getByText('BibTeX copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('event-panel')).toBeVisible();

  await openApp(page, '/?status=cancelled');
  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Cite this view', exact: true }).locator('[data-format="Citation"]'),
  ).toHaveValue(/status=cancelled/);
});

/** How much of its dialog's inner width each text box takes, and whether it shows all its text. */
async function citeBoxes(page: Page) {
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-format="RIS"]')).toBeVisible();
  return dialog.evaluate((el) => {
    const style = getComputedStyle(el);
    const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return [...el.querySelectorAll('textarea')].map((box) => ({
      format: box.dataset.format,
      share: box.getBoundingClientRect().width / inner,
      // A short text fits without a scroll bar; a long one (CSL-JSON) may scroll past 12rem.
      fits: box.scrollHeight <= box.clientHeight + 1 || box.clientHeight >= 150,
    }));
  });
}

for (const [device, viewport] of [
  ['a laptop', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${device} the citation boxes take the dialog's full width and fit their text`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openApp(page, '/?event=2025-10-budapest-summit&view=list');
    await page.getByRole('button', { name: 'Cite this event' }).click();
    const boxes = await citeBoxes(page);
    expect(boxes.map((b) => b.format)).toEqual(['Citation', 'BibTeX', 'CSL-JSON', 'RIS']);
    for (const box of boxes) {
      expect(box.share, box.format).toBeGreaterThan(0.99);
      expect(box.fits, box.format).toBe(true);
    }
  });
}

test('the density strip follows the filters, shows its numbers, and zooms the timeline to a month', async ({
  page,
}) => {
  await openApp(page, '/');
  const strip = page.getByRole('img', { name: /Events per month/ });
  await expect(strip).toBeVisible();
  await page.getByText('Show the numbers').click();
  const october = page.getByRole('row', { name: /^October 2025/ });
  const inOctober = all.filter((e) => e.start.startsWith('2025-10')).length;
  await expect(october.getByRole('cell').first()).toHaveText(String(inOctober));
  await october.getByRole('button', { name: 'Show October 2025 on the timeline' }).click();
  const canvas = page.getByTestId('timeline');
  await expect
    .poll(
      async () =>
        Number(await canvas.getAttribute('data-window-end')) -
        Number(await canvas.getAttribute('data-window-start')),
    )
    .toBeLessThan(40 * 24 * 3600 * 1000);
  await expect(page.locator('[data-event-id="2025-10-16-trump-putin-call"]').first()).toBeVisible();

  await page.locator('details[data-facet="kinds"] summary').click();
  await page
    .locator('details[data-facet="kinds"]')
    .getByRole('checkbox', { name: /Summit/ })
    .check();
  await expect(october.getByRole('cell').first()).toHaveText(
    String(all.filter((e) => e.start.startsWith('2025-10') && e.kind === 'summit').length),
  );
});

test('when every event shown is dated only to the year, the density strip says so instead of vanishing', async ({
  page,
}) => {
  // Three events known only to their year, the only ones in the data.
  const events = all.slice(0, 3).map((e, i) => {
    const { end: _end, ...rest } = e;
    return { ...rest, start: i < 2 ? '2023' : '2024' };
  });
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...dataset, events }) }),
  );
  await openApp(page, '/');
  const strip = page.getByRole('region', { name: 'Events per month' });
  await expect(strip).toHaveText(
    'Events per monthNo month to chart: the 3 events shown are dated only to the year — 2023 (2), 2024 (1).',
  );
  await expect(strip.getByRole('img')).toHaveCount(0);

  // Narrowed to one, it says so of that one.
  await page.getByRole('searchbox', { name: 'Search events' }).fill(events[2]!.title);
  await expect(strip).toContainText('the 1 event shown is dated only to the year — 2024 (1).');
});

test('about the data gives the version and the files to download', async ({ page, request }) => {
  await openApp(page, '/');
  const about = page.getByRole('contentinfo');
  await expect(about.getByTestId('about-version')).toHaveText(dataset.version);
  await expect(about).toContainText(`${all.length}`);
  for (const name of ['the full dataset (JSON)', 'its JSON Schema']) {
    const href = await about.getByRole('link', { name }).getAttribute('href');
    expect((await request.get(href!)).ok()).toBe(true);
  }
});

const focusedEvent = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (
      el?.dataset.eventId ?? el?.closest<HTMLElement>('[data-list-event-id]')?.dataset.listEventId ?? el?.id
    );
  });

test('closing the panel of a linked event gives the focus to that event, in the timeline or the list', async ({
  page,
}) => {
  const id = '2025-08-15-anchorage-summit';
  await openApp(page, `/?event=${id}`);
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Anchorage/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect.poll(() => focusedEvent(page)).toBe(id);

  await openApp(page, `/?view=list&event=${id}`);
  await page.getByRole('button', { name: 'Close the event details' }).click();
  await expect.poll(() => focusedEvent(page)).toBe(id);
});

test('Back from an open panel closes it and gives the focus back to the event that opened it', async ({
  page,
}) => {
  const id = '2025-05-16-istanbul-talks-round-1';
  await openApp(page, '/?view=list');
  await page.locator(`[data-list-event-id="${id}"] [data-list-entry]`).click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  // Follow the thread to a related event, then come back out with Back twice.
  await page
    .getByTestId('event-panel')
    .getByRole('link', { name: /Second round of Russia–Ukraine talks/ })
    .click();
  await expect(page).toHaveURL(/event=2025-06-02-istanbul-talks-round-2/);
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 2, name: /First round of Russia–Ukraine talks in Istanbul/ }),
  ).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?view=list$/);
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect.poll(() => focusedEvent(page)).toBe(id);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-panel')).toBeVisible();
});
