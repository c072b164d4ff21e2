import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { overlapping } from './support/expected';
import { openApp } from './support/open-app';

// Firefox and desktop Safari have no month picker: they show <input type="month"> as a plain text
// box, in which a reader can type anything. This page does the same in Chromium.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const type = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'type')!;
    Object.defineProperty(HTMLInputElement.prototype, 'type', {
      get() {
        return type.get!.call(this);
      },
      set(v: string) {
        type.set!.call(this, v === 'month' ? 'text' : v);
      },
      configurable: true,
    });
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name: string, value: string) {
      return setAttribute.call(this, name, name === 'type' && value === 'month' ? 'text' : value);
    };
  });
});

const all = builtDataset().events;
const total = all.length;
const showing = (page: Page) => page.getByTestId('showing');

test('a month typed in words is applied when the reader is done, as the month it was read as', async ({
  page,
}) => {
  await openApp(page, '/?view=list');
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveAttribute('type', 'text');
  await expect(from).toHaveAttribute('placeholder', 'YYYY-MM');
  await from.fill('March 2024');
  // Not while typing: "2024" on the way to "2024-03" would filter by January.
  await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
  await from.press('Enter');
  const expected = overlapping(all, '2024-03', '9999-12').length;
  expect(expected).toBeLessThan(total);
  await expect(showing(page)).toHaveText(`Showing ${expected} of ${total} events`);
  await expect(page).toHaveURL(/from=2024-03/);
  await expect(from).toHaveValue('2024-03');
  await expect(page.getByTestId('date-range-hint')).toBeHidden();
});

test('a month typed key by key is one step of Back, and nothing half-typed is applied', async ({ page }) => {
  await openApp(page, '/?view=list');
  const from = page.getByLabel('From', { exact: true });
  const before = await page.evaluate(() => history.length);
  const counts = new Set<string>();
  await from.click();
  for (const key of '2024-03') {
    await page.keyboard.type(key);
    counts.add(await showing(page).innerText());
  }
  expect([...counts]).toEqual([`Showing ${total} of ${total} events`]);
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/from=2024-03/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect(from).toHaveValue('');
});

test('text that is not a month is not applied, and the page says so and how to write it', async ({
  page,
}) => {
  await openApp(page, '/?view=list&from=2024-03');
  const from = page.getByLabel('From', { exact: true });
  const hint = page.getByTestId('date-range-hint');
  await expect(showing(page)).not.toHaveText(`Showing ${total} of ${total} events`);
  await from.fill('Marhc 2024');
  // Named once the reader presses Enter or leaves the box, not at each keystroke.
  await expect(hint).toBeHidden();
  await from.press('Enter');
  await expect(hint).toHaveText(
    'From: “Marhc 2024” is not applied: type a month as YYYY-MM, for example 2024-03.',
  );
  await expect(from).toBeFocused();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveValue('Marhc 2024');
  // The month it replaced is gone with it: the count, the link and the citation agree on no date.
  await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
  await expect(page).not.toHaveURL(/from=/);
  await from.press('Backspace');
  await expect(hint).toBeHidden();
  await from.press('4');
  await from.press('Tab');
  await expect(hint).toBeVisible();

  await page.getByRole('button', { name: 'Cite this view' }).click();
  const citation = page
    .getByRole('dialog', { name: 'Cite this view', exact: true })
    .locator('[data-format="Citation"]');
  await expect(citation).toHaveValue(new RegExp(`${total} events`));
  await expect(citation).not.toHaveValue(/Marhc|From/);
  await page.keyboard.press('Escape');

  await from.fill('13/2024');
  await from.press('Tab');
  await expect(hint).toHaveText('From: “13/2024” is not applied: months run from 01 to 12.');
  await from.fill('');
  await from.press('Tab');
  await expect(hint).toBeHidden();
  await expect(from).not.toHaveAttribute('aria-invalid');
});

test('"Clear all filters" clears text left in a date box, and a link replaces it', async ({ page }) => {
  await openApp(page, '/?view=list');
  const to = page.getByLabel('To', { exact: true });
  const clear = page.getByRole('button', { name: 'Clear all filters' });
  await to.fill('sometime');
  await to.press('Tab');
  await expect(page.getByTestId('date-range-hint')).toBeVisible();
  // No filter is applied, but the box holds text to clear.
  await expect(clear).toBeEnabled();
  await clear.click();
  await expect(to).toHaveValue('');
  await expect(page.getByTestId('date-range-hint')).toBeHidden();

  await to.fill('2024');
  await to.press('Enter');
  await expect(to).toHaveValue('2024-12');
  await expect(page).toHaveURL(/to=2024-12/);
  await clear.click();
  await expect(to).toHaveValue('');
  await page.goBack();
  await expect(to).toHaveValue('2024-12');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('"More filters" stays open while its filters are set and undone', async ({ page }) => {
    await openApp(page, '/?view=list&from=2024-03');
    const more = page.locator('details.filters__more');
    await expect(more).toHaveAttribute('open');
    const from = page.getByLabel('From', { exact: true });
    await from.fill('');
    await from.press('Enter');
    await expect(page).not.toHaveURL(/from=/);
    // The last filter in it undone, it stays open and the focus stays where the reader is.
    await expect(more).toHaveAttribute('open');
    await expect(from).toBeFocused();
    await from.fill('2023-05');
    await from.press('Enter');
    await expect(page).toHaveURL(/from=2023-05/);
    await page.goBack();
    await more.locator(':scope > summary').click();
    await expect(more).not.toHaveAttribute('open');
    // A step of Forward that sets a filter in it opens it again.
    await page.goForward();
    await expect(more).toHaveAttribute('open');
  });
});
