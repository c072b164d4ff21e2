import { expect, test, type Locator, type Page } from '@playwright/test';
import type { DatasetFile } from '../src/lib/data/dataset.ts';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// Dataset text beside the app's own words. A name in Arabic or Hebrew script, which the source policy
// welcomes, took the words and digits next to it into its own direction: a source read "22 · الشروق July
// 2022", the day carried to the far side of the publisher; a venue and a place, or a participant's name
// and role, swapped places. Each value is now isolated in a <bdi>. Each test failed before.

const ID = '2022-02-28-belarus-talks-round-1';
const NEXT = '2022-03-03-belarus-talks-round-2';
const AR = {
  venue: 'قصر الضيافة',
  place: 'غوميل',
  name: 'ميدينسكي',
  role: 'رئيس',
  publisher: 'الشروق',
  title: 'الجولة الثانية من المحادثات',
};

/** The built dataset with Arabic in the first round's venue, place, participant and source, and in the title of the second. */
function arabicDataset(): DatasetFile {
  const dataset = builtDataset();
  const event = dataset.events.find((e) => e.id === ID)!;
  const next = dataset.events.find((e) => e.id === NEXT)!;
  event.location = { ...event.location!, venue: AR.venue, place: AR.place };
  event.participants = [{ name: AR.name, role: AR.role, party: 'RU' }];
  event.sources = [
    { ...event.sources[0]!, publisher: AR.publisher, published: '2022-07-22', language: 'ar' },
  ];
  next.title = AR.title;
  if (![...(event.related ?? []), ...(next.related ?? [])].some((r) => [ID, NEXT].includes(r.id)))
    event.related = [{ id: NEXT, relation: 'led-to' }];
  return dataset;
}

async function serve(page: Page, dataset: DatasetFile) {
  const body = JSON.stringify(dataset);
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** Where the first `text` inside `root` is drawn: its leftmost and rightmost edges, and its top. */
function drawn(root: Locator, text: string) {
  return root.evaluate((el, text) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const rects = [...range.getClientRects()];
      return {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: rects[0]!.top,
      };
    }
    throw new Error(`“${text}” is not in ${el.outerHTML}`);
  }, text);
}

/** `first` is drawn wholly before (left of) `second` on the line, as the app's left-to-right words read. */
async function readsBefore(root: Locator, first: string, second: string) {
  const [a, b] = [await drawn(root, first), await drawn(root, second)];
  expect(a.top, `“${first}” and “${second}” are on one line`).toBeCloseTo(b.top, 0);
  expect(a.right, `“${first}” ends before “${second}” starts`).toBeLessThanOrEqual(b.left + 0.5);
}

test.use({ viewport: { width: 1280, height: 800 } });

test('in the event panel, each value in Arabic keeps its place among the app’s words and dates', async ({
  page,
}) => {
  await serve(page, arabicDataset());
  await openApp(page, `/?view=list&event=${ID}`);
  const panel = page.getByTestId('event-panel');

  const where = panel.locator('dt', { hasText: 'Where' }).locator('+ dd');
  await expect(where).toHaveText(`${AR.venue}, ${AR.place}, Belarus`);
  await readsBefore(where, AR.venue, AR.place);
  await readsBefore(where, AR.place, 'Belarus');

  const participant = panel.locator('dt', { hasText: 'Participants' }).locator('+ dd li');
  await expect(participant).toHaveText(`${AR.name} — ${AR.role} (Russia)`);
  await readsBefore(participant, AR.name, AR.role);
  await readsBefore(participant, AR.role, 'Russia');

  const source = panel.locator('.source__meta').first();
  await expect(source).toHaveText(`${AR.publisher} · 22 July 2022 · Arabic`);
  await readsBefore(source, AR.publisher, '22');
  await readsBefore(source, '22', 'July');

  // Its date is drawn on a line of its own, but the link is isolated all the same.
  await expect(panel.locator('.panel__related a bdi')).toHaveText(AR.title);

  // Each value is isolated, whatever its script: what follows it cannot be drawn inside it.
  for (const value of [AR.venue, AR.place, 'Belarus', AR.name, AR.role, 'Russia', AR.publisher, AR.title])
    await expect(panel.locator('bdi').getByText(value, { exact: true }).first()).toBeVisible();
});

test('in the list, the timeline and its tooltip, dataset text is isolated from the words beside it', async ({
  page,
}) => {
  await serve(page, arabicDataset());
  await openApp(page, '/?view=list');
  const row = page.locator(`[data-list-event-id="${ID}"]`);
  await expect(row.locator('.list-entry__meta bdi')).toHaveText(AR.place);

  await openApp(page, '/?view=timeline&span=2022-02-20,2022-03-20');
  const item = page.locator(`.vis-item [data-event-id="${NEXT}"]`);
  await expect(item.locator('bdi.tl-item__title')).toHaveText(AR.title);
  await item.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toHaveText(`${AR.title} — 3 March 2022`);
  await expect(tooltip.locator('bdi')).toHaveText(AR.title);
  await readsBefore(tooltip, AR.title, '3 March');
});

test('a served file with direction overrides or a title of invisible characters leaves those events out, and says so', async ({
  page,
}) => {
  const dataset = builtDataset();
  const event = dataset.events.find((e) => e.id === ID)!;
  event.location = { ...event.location!, place: '\u202Elemog' };
  dataset.events.find((e) => e.id === NEXT)!.title = '\u200B\u200C\u200D\uFEFF';
  await serve(page, dataset);
  await openApp(page, '/?view=list');
  await expect(page.locator('[data-list-event-id]')).toHaveCount(dataset.events.length - 2);
  await expect(page.locator(`[data-list-event-id="${ID}"], [data-list-event-id="${NEXT}"]`)).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'could not be shown' });
  await expect(notice).toContainText(`“${ID}”: "location.place" contains the direction control U+202E`);
  await expect(notice).toContainText(`“${NEXT}”: "title" has no visible text`);
});
