import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

const dataset = builtDataset();

test('a view whose only event is dated to the month offers no calendar, and says why', async ({ page }) => {
  await openApp(page, '/?q=budapest&kind=summit&status=cancelled');
  await expect(page.getByText('Export 1 shown event:', { exact: true })).toBeVisible();
  const reason = "Nothing to put in a calendar: the shown event's date is known only to the month or year.";
  const calendar = page.locator('[data-export="ics"]');
  await expect(calendar).toBeDisabled();
  await expect(calendar).toHaveAccessibleDescription(reason);
  await expect(page.getByText(reason, { exact: true })).toBeVisible();
  const scan = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(scan.violations).toEqual([]);

  const csv = page.locator('[data-export="csv"]');
  await expect(csv).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  expect(file.suggestedFilename()).toBe(`diplomatic-timeline-${dataset.version}-1-events.csv`);
});

test("a calendar's file name counts the events in it, not the events shown", async ({ page }) => {
  await openApp(page, '/');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export="ics"]').click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  const inFile = text.match(/^BEGIN:VEVENT\r$/gm)?.length ?? 0;
  expect(inFile).toBeGreaterThan(0);
  expect(inFile).toBeLessThan(dataset.events.length);
  expect(file.suggestedFilename()).toBe(`diplomatic-timeline-${dataset.version}-${inFile}-events.ics`);
});

test('before the download, the calendar says how many of the shown events it will hold, and why', async ({
  page,
}) => {
  // As the audit found it: 43 events shown, three of them known only to the month.
  await openApp(page, '/?party=US,RU&partymode=all');
  const shown = Number(
    /Export (\d+) shown events:/.exec((await page.locator('#export-label').textContent()) ?? '')?.[1],
  );
  const calendar = page.locator('[data-export="ics"]');
  const label = /^Calendar \(\.ics\): (\d+) of (\d+)$/.exec((await calendar.textContent()) ?? '');
  expect(label, 'the button names its count').not.toBeNull();
  const [, inCalendar, of] = label!.map(Number);
  expect(of).toBe(shown);
  expect(inCalendar).toBeLessThan(shown);
  const reason = `The calendar will hold ${inCalendar} of the ${shown}: the dates of ${shown - inCalendar!} events are known only to the month or year.`;
  await expect(calendar).toHaveAccessibleDescription(reason);
  await expect(calendar).toHaveAttribute('title', reason);

  const [file] = await Promise.all([page.waitForEvent('download'), calendar.click()]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(inCalendar);
});
