import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { WITHHELD_ADDRESS } from '../src/lib/safe-url.ts';
import { builtDataset } from './support/dataset.ts';
import { HOSTILE_URLS, plantHostileEvent } from './support/hostile-event.ts';

// The page shows a source whose address is `javascript:` or `data:` as "address withheld: not a web
// link"; the exports of the same view follow the same rule.
const { planted, event } = plantHostileEvent(builtDataset());
const SCRIPT = /^\s*(java\s*script|data|vbscript):/i;

async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${format}"]`).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

test('no export writes out an address the page withholds', async ({ page }) => {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(planted) }),
  );
  // The hostile event alone: its title is the only one that holds "pwned".
  await page.goto('/?view=list&q=pwned');
  await expect(page.getByTestId('showing')).toHaveText(`Showing 1 of ${planted.events.length} events`);
  // Its sources on the page: every one withheld.
  await page.locator(`[data-list-event-id="${event.id}"] [data-list-entry]`).click();
  await expect(page.getByTestId('event-panel').locator('.source__unsafe')).toHaveCount(
    event.sources.length * 2,
  );

  const csv = await download(page, 'csv');
  const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  const withheld = Array<string>(HOSTILE_URLS.length).fill(WITHHELD_ADDRESS);
  expect(row!.source_urls!.split(' ')).toEqual(withheld);
  expect(row!.source_archive_urls!.split('; ')).toEqual(withheld);
  expect(row!.status_change_source).toBe(WITHHELD_ADDRESS);
  expect(row!.discrepancy_sources!.split(' ')).toEqual([WITHHELD_ADDRESS, WITHHELD_ADDRESS]);

  const json = JSON.parse(await download(page, 'json')) as typeof planted;
  const exported = json.events[0]!;
  const addresses = [
    ...exported.sources.flatMap((s) => [s.url, s.archiveUrl]),
    exported.statusChange!.source,
    ...exported.discrepancies!.flatMap((d) => d.accounts.map((a) => a.source)),
  ];
  expect(addresses.filter((a) => a !== WITHHELD_ADDRESS)).toEqual([]);

  const ics = (await download(page, 'ics')).replace(/\r\n[ \t]/g, '');
  const sources = /Sources:(.*?)(\\n\\n|\r\n[A-Z])/s.exec(ics)![1]!.split('\\n').filter(Boolean);
  expect(sources).toHaveLength(HOSTILE_URLS.length);
  for (const line of sources) {
    expect(line.endsWith(`: ${WITHHELD_ADDRESS}`), line).toBe(true);
    expect(line.split(': ').at(-1)).not.toMatch(SCRIPT);
  }
});
