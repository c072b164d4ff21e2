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

test('a month typed in words is applied, and shown as the month it was read as', async ({ page }) => {
  await openApp(page, '/?view=list');
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveAttribute('type', 'text');
  await expect(from).toHaveAttribute('placeholder', 'YYYY-MM');
  await from.fill('March 2024');
  const expected = overlapping(all, '2024-03', '9999-12').length;
  expect(expected).toBeLessThan(total);
  await expect(showing(page)).toHaveText(`Showing ${expected} of ${total} events`);
  await expect(page).toHaveURL(/from=2024-03/);
  await expect(from).toHaveValue('March 2024');
  await from.blur();
  await expect(from).toHaveValue('2024-03');
  await expect(page.getByTestId('date-range-hint')).toBeHidden();
});

test('text that is not a month is not applied, and the page says so and how to write it', async ({
  page,
}) => {
  await openApp(page, '/?view=list&from=2024-03');
  const from = page.getByLabel('From', { exact: true });
  await expect(showing(page)).not.toHaveText(`Showing ${total} of ${total} events`);
  await from.fill('Marhc 2024');
  // The filter it replaced is gone with it: the count, the link and the citation agree on no date.
  await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
  await expect(page).not.toHaveURL(/from=/);
  const hint = page.getByTestId('date-range-hint');
  // Named once the reader presses Enter or leaves the box, not at each keystroke.
  await expect(hint).toBeHidden();
  await from.press('Enter');
  await expect(hint).toBeVisible();
  await expect(from).toBeFocused();
  await from.press('Backspace');
  await expect(hint).toBeHidden();
  await from.press('4');
  await from.press('Tab');
  await expect(hint).toHaveText(
    'From: “Marhc 2024” is not applied: type a month as YYYY-MM, for example 2024-03.',
  );
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveValue('Marhc 2024');

  await page.getByRole('button', { name: 'Cite this view' }).click();
  const citation = page
    .getByRole('dialog', { name: 'Cite this view', exact: true })
    .locator('[data-format="Citation"]');
  await expect(citation).toHaveValue(new RegExp(`${total} events`));
  await expect(citation).not.toHaveValue(/Marhc|From/);
  await page.keyboard.press('Escape');

  await from.fill('13/2024');
  await from.press('Tab');
  await expect(hint).toHaveText('From: “13/2024” is not applied: months run from 1 to 12.');
  await from.fill('');
  await expect(hint).toBeHidden();
  await expect(from).not.toHaveAttribute('aria-invalid');
});

test('a link or "Clear all filters" replaces what was typed', async ({ page }) => {
  await openApp(page, '/?view=list');
  const to = page.getByLabel('To', { exact: true });
  await to.fill('2024');
  await to.blur();
  await expect(to).toHaveValue('2024-12');
  await expect(page).toHaveURL(/to=2024-12/);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(to).toHaveValue('');
  await page.goBack();
  await expect(to).toHaveValue('2024-12');
});
