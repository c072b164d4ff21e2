import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

const dataset = builtDataset();
const VIEW = '/?kind=negotiation-round&from=2025-01&view=list';

async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${format}"]`).click(),
  ]);
  // Renamed or forwarded, the file is all that is left: what it says is read from its text, not its name.
  return readFileSync((await file.path())!, 'utf8');
}

const shownIds = (page: Page) =>
  page
    .locator('[data-list-event-id]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.listEventId!));

test('every export says which dataset version it holds, and the JSON and calendar the view they came from', async ({
  page,
}) => {
  await openApp(page, VIEW);
  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(1);
  const viewAddress = page.url();

  const rows = Papa.parse<Record<string, string>>((await download(page, 'csv')).slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => r.id)).toEqual(ids);
  expect(new Set(rows.map((r) => r.dataset_version))).toEqual(new Set([dataset.version]));

  const json = JSON.parse(await download(page, 'json')) as { version: string; permalink?: string };
  expect(json.version).toBe(dataset.version);
  expect(json.permalink).toBe(viewAddress);

  const ics = (await download(page, 'ics')).replace(/\r\n[ \t]/g, '');
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (/n/i.test(c) ? '\n' : c));
  const calDesc = unescape(/^X-WR-CALDESC:(.*)\r$/m.exec(ics)?.[1] ?? '');
  expect(calDesc).toBe(
    `Diplomatic Timeline, dataset version ${dataset.version}. ` +
      `View: Kind: negotiation round; from January 2025. ${viewAddress}`,
  );
  const descriptions = [...ics.matchAll(/^DESCRIPTION:(.*)\r$/gm)].map((m) => unescape(m[1]!));
  expect(descriptions.length).toBeGreaterThan(0);
  for (const d of descriptions)
    expect(d).toContain(`In the Diplomatic Timeline, dataset version ${dataset.version}: `);

  // The address the files record reopens the same events.
  await openApp(page, viewAddress);
  expect(await shownIds(page)).toEqual(ids);
});
