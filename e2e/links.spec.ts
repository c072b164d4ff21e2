import { expect, test, type Page } from '@playwright/test';

const DAY = 864e5;

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
}

async function visibleWindow(page: Page): Promise<[number, number]> {
  const canvas = page.getByTestId('timeline');
  return [
    Number(await canvas.getAttribute('data-window-start')),
    Number(await canvas.getAttribute('data-window-end')),
  ];
}

test('a link reopens the timeline on the span the reader was looking at', async ({ page }) => {
  await ready(page, '/?kind=summit');
  // Opening the page does not write the span: a plain link stays plain.
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/\?kind=summit$/);
  const historyBefore = await page.evaluate(() => history.length);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/\?kind=summit&span=\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(600);
  const [start, end] = await visibleWindow(page);
  const [, from, to] = /span=([\d-]+),([\d-]+)/.exec(page.url())!;
  // Moving the timeline edits the current step of the history instead of adding steps.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  await page.reload();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`span=${from},${to}`));
  await expect
    .poll(async () => {
      const [s, e] = await visibleWindow(page);
      return Math.max(Math.abs(s - start), Math.abs(e - end));
    })
    // Written to the day.
    .toBeLessThanOrEqual(DAY);
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('a span in a link that cannot be read is ignored with a notice', async ({ page }) => {
  await ready(page, '/?span=2025-06-30,2025-01-15');
  await expect(page.getByTestId('notices')).toContainText('Ignored the time span “2025-06-30,2025-01-15”');
  await expect(page).not.toHaveURL(/span=/);
});

test('a link to the list with a span reopens on the list, and Back and Forward keep their views', async ({
  page,
}) => {
  await ready(page, '/?kind=summit');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/\?kind=summit&span=[\d-]+,[\d-]+$/);
  const span = /span=([\d-]+,[\d-]+)/.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?kind=summit&view=list&span=${span}$`));

  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
  // A filter changed in the list keeps the span the link named.
  await page.locator('details[data-facet="kinds"] summary').click();
  await page.locator('details[data-facet="kinds"]').getByRole('checkbox', { name: /Call/ }).check();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`\\?kind=summit,call&view=list&span=${span}$`));
  const historyLength = await page.evaluate(() => history.length);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?kind=summit&view=list&span=${span}$`));
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?kind=summit&span=${span}$`));
  await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`\\?kind=summit&view=list&span=${span}$`));
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Going back and forth adds no step of its own.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`span=${span}$`));
});

test('with an event open the reader can move the timeline away from it, and the link keeps both', async ({
  page,
}) => {
  const id = '2022-03-29-istanbul-talks';
  await ready(page, `/?event=${id}`);
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Latest' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${id}&span=[\\d-]+,[\\d-]+$`));
  await page.waitForTimeout(800);
  const [start, end] = await visibleWindow(page);
  // Still on the latest events, not pulled back to 2022 by the open panel.
  expect(new Date(start).getFullYear()).toBeGreaterThanOrEqual(2025);
  await expect(page.getByTestId('event-panel')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(800);
  const [s, e] = await visibleWindow(page);
  expect(Math.max(Math.abs(s - start), Math.abs(e - end))).toBeLessThanOrEqual(DAY);

  // A newly opened event is still brought into view.
  await page
    .getByTestId('event-panel')
    .getByRole('link', { name: /Ukraine's Istanbul proposals/ })
    .click();
  await expect.poll(async () => (await visibleWindow(page))[0]).toBeLessThan(new Date(2022, 3, 1).getTime());
});

test('after the list, the timeline comes back where the reader left it, not on the link’s span', async ({
  page,
}) => {
  await ready(page, '/?span=2023-01-01,2023-06-30');
  await page.getByRole('button', { name: 'Latest' }).click();
  await expect(page).not.toHaveURL(/span=2023-01-01,2023-06-30/);
  await page.waitForTimeout(600);
  const [start, end] = await visibleWindow(page);
  const moved = /span=([\d-]+,[\d-]+)/.exec(page.url())![1]!;

  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`view=list&span=${moved}$`));
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(600);
  const [s, e] = await visibleWindow(page);
  expect(Math.max(Math.abs(s - start), Math.abs(e - end))).toBeLessThanOrEqual(DAY);
  await expect(page).toHaveURL(new RegExp(`span=${moved}$`));
});

test('a month chosen in the density strip from the list is in the address at once', async ({ page }) => {
  await page.goto('/?view=list');
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  await page.getByText('Show the numbers').click();
  await page.getByRole('button', { name: 'Show October 2025 on the timeline' }).click();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await expect(page).toHaveURL(/\?view=timeline&span=2025-\d{2}-\d{2},2025-\d{2}-\d{2}$/);
  await page.waitForTimeout(600);
  const [start, end] = await visibleWindow(page);

  await page.reload();
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
  await page.waitForTimeout(600);
  const [s, e] = await visibleWindow(page);
  expect(Math.max(Math.abs(s - start), Math.abs(e - end))).toBeLessThanOrEqual(DAY);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a link with a span and no view opens on the timeline, where the sender was looking', async ({
    page,
  }) => {
    await page.goto('/?span=2025-05-01,2025-06-30');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const [start, end] = await visibleWindow(page);
    expect(Math.abs(start - new Date(2025, 4, 1).getTime())).toBeLessThanOrEqual(DAY);
    expect(Math.abs(end - new Date(2025, 5, 30).getTime())).toBeLessThanOrEqual(DAY);
  });

  test('a link that names the list with a span keeps the list', async ({ page }) => {
    await page.goto('/?view=list&span=2025-05-01,2025-06-30');
    await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
