import { expect, test } from '@playwright/test';
import { builtDataset } from './support/dataset';

const dataset = builtDataset();

test('data that never arrives: the page keeps waiting, then says it is taking long and offers Try again', async ({
  page,
}) => {
  test.setTimeout(60_000);
  let stall = true;
  const body = JSON.stringify(dataset);
  await page.route('**/data/events.json', (route) => {
    // A stalled request: never answered.
    if (stall) return;
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.goto('/');
  const status = page.getByRole('status').filter({ hasText: 'Loading the chronology' });
  await expect(status).toBeVisible();
  await expect(status).not.toContainText('taking longer');

  await expect(status).toContainText('This is taking longer than usual', { timeout: 20_000 });
  await expect(page.getByRole('progressbar', { name: 'Loading the data' })).toBeVisible();
  stall = false;
  await status.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length} events`);
});
