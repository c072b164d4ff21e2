import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';

const dataset = builtDataset();

// A part of the page whose code did not arrive (a dropped connection, a deploy that replaced the files)
// is said to be missing where it would be; the filters, the list and the rest of the page stay.

test.use({
  viewport: { width: 375, height: 667 },
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'block',
});

/** Makes every request for a chunk (under any query, as a retry asks) fail until the returned function is called. */
async function breakCode(page: Page, chunk: string): Promise<() => void> {
  let broken = true;
  const pattern = new RegExp(`/assets/${chunk}-[^/]*\\.js(\\?.*)?$`);
  await page.route(pattern, (route) => (broken ? route.abort() : route.continue()));
  return () => {
    broken = false;
  };
}

test('the timeline’s code failing leaves the page, says so where the timeline would be, and tries again', async ({
  page,
}) => {
  const mend = await breakCode(page, 'TimelineView');
  await page.goto('/?q=budapest');
  await expect(page.locator('[data-list-entry]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Timeline', exact: true }).tap();

  const error = page.getByTestId('code-error');
  await expect(error).toContainText('The code for the timeline could not be loaded.');
  await expect(page.getByText(/Something in the data/)).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('budapest');
  await expect(page.getByTestId('dataset-summary')).toBeVisible();

  // "Try again" really asks again: the browser keeps the failed import, so it is asked under a new address.
  await error.getByRole('button', { name: 'Try again' }).tap();
  await expect(error).toContainText('It failed again');
  mend();
  await error.getByRole('button', { name: 'Try again' }).tap();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.getByTestId('code-error')).toHaveCount(0);
});

test('the timeline’s stylesheet failing is said like its code failing, and a new try draws it styled', async ({
  page,
}) => {
  let broken = true;
  await page.route(/\/assets\/TimelineView-[^/]*\.css(\?.*)?$/, (route) =>
    broken ? route.abort() : route.continue(),
  );
  await page.goto('/?q=budapest');
  await expect(page.locator('[data-list-entry]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Timeline', exact: true }).tap();
  const error = page.getByTestId('code-error');
  await expect(error).toContainText('The code for the timeline could not be loaded.');
  await error.getByRole('button', { name: 'Try again' }).tap();
  await expect(error).toContainText('It failed again');

  broken = false;
  await error.getByRole('button', { name: 'Try again' }).tap();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  // Drawn with its stylesheet: vis-timeline's panels are placed by it, and the app's border is in it.
  await expect(page.locator('.vis-panel.vis-center')).toHaveCSS('position', 'absolute');
  await expect(page.getByTestId('timeline')).toHaveCSS('border-top-style', 'solid');
});

test('the way to the list from a timeline whose code failed', async ({ page }) => {
  await breakCode(page, 'TimelineView');
  await page.goto('/?q=budapest');
  await page.getByRole('button', { name: 'Timeline', exact: true }).tap();
  await page.getByRole('button', { name: 'Show the list instead' }).tap();
  await expect(page.locator('[data-list-entry]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the event panel’s code failing is said in the panel, which can be closed or tried again', async ({
  page,
}) => {
  const mend = await breakCode(page, 'EventPanel');
  const first = dataset.events[0]!;
  await page.goto('/?view=list');
  await page.locator('[data-list-entry]').first().tap();
  const panel = page.locator('aside.panel');
  await expect(panel.getByTestId('code-error')).toContainText(
    'The code for the event panel could not be loaded.',
  );
  await expect(page.locator('[data-list-entry]').first()).toHaveText(first.title);
  mend();
  await panel.getByRole('button', { name: 'Try again' }).tap();
  await expect(page.getByRole('heading', { name: first.title })).toBeVisible();
  await expect(page.getByTestId('code-error')).toHaveCount(0);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('the chart’s code failing is said in its place; the list stays', async ({ page }) => {
    const mend = await breakCode(page, 'DensityStrip');
    await page.goto('/?view=list');
    const error = page.getByTestId('code-error');
    await expect(error).toContainText('The code for the chart of events per month could not be loaded.');
    await expect(page.locator('[data-list-entry]').first()).toBeVisible();
    mend();
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('img', { name: /Events per month/ })).toBeVisible();
  });

  test('an export whose code failed says the connection is to blame, and once it is back writes the file', async ({
    page,
  }) => {
    const mend = await breakCode(page, 'formats');
    await page.goto('/?view=list');
    await expect(page.locator('[data-list-entry]').first()).toBeVisible();
    const status = page.locator('.export__status');
    await page.locator('[data-export="csv"]').click();
    await expect(status).toHaveText(
      'The code that writes the file could not be loaded: check the connection, then try again.',
    );
    mend();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export="csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await expect(status).toHaveText(`Downloaded ${dataset.events.length} events as CSV.`);
  });

  test('citations whose code failed say so in the dialog, which tries again on request', async ({ page }) => {
    const mend = await breakCode(page, 'formats');
    await page.goto('/?view=list');
    await expect(page.locator('[data-list-entry]').first()).toBeVisible();
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this view' });
    await expect(dialog.getByRole('alert')).toHaveText(
      'The code for the citations could not be loaded: check the connection, then try again.',
    );
    mend();
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await expect(dialog.getByRole('textbox')).toHaveCount(4);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
  });
});
