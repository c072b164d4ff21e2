import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// The Party menu's choice between events involving any of the chosen parties and events involving
// all of them ("every meeting of the United States and Russia").

const all = builtDataset().events;
const total = all.length;
const involves = (code: string) => all.filter((e) => e.parties.includes(code));
const both = all.filter((e) => e.parties.includes('US') && e.parties.includes('RU'));
const either = all.filter((e) => e.parties.includes('US') || e.parties.includes('RU'));

const showing = (page: Page) => page.getByTestId('showing');
const partyMenu = (page: Page) => page.locator('details[data-facet="parties"]');
const allOf = (page: Page) => page.getByRole('radio', { name: 'all chosen parties' });
const anyOf = (page: Page) => page.getByRole('radio', { name: 'any chosen party' });
const choices = (page: Page) => page.getByRole('group', { name: 'Party', exact: true });
const NOTE = 'The number beside a party counts the events that involve it and every chosen party.';

async function openPartyMenu(page: Page) {
  if ((await partyMenu(page).getAttribute('open')) === null) await partyMenu(page).locator('summary').click();
  await expect(allOf(page)).toBeVisible();
}

/** The ids of the events the list shows (a short list draws every row). */
const listIds = (page: Page) =>
  page
    .locator('[data-list-event-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-list-event-id')));

test('two parties, then all of them: the count, the list and the address follow, and a reload keeps it', async ({
  page,
}) => {
  expect(both.length).toBeGreaterThan(0);
  expect(both.length).toBeLessThan(either.length);
  await openApp(page, '/?view=list');
  await openPartyMenu(page);
  await expect(anyOf(page)).toBeChecked();
  await partyMenu(page)
    .getByRole('checkbox', { name: /United States \(US\)/ })
    .check();
  await partyMenu(page)
    .getByRole('checkbox', { name: /Russia \(RU\)/ })
    .check();
  await expect(showing(page)).toHaveText(`Showing ${either.length} of ${total} events`);

  await allOf(page).check();
  await expect(showing(page)).toHaveText(`Showing ${both.length} of ${total} events`);
  await expect(partyMenu(page).locator('summary')).toHaveText(/Party \(2 chosen, both required\)/);
  expect(new Set(await listIds(page))).toEqual(new Set(both.map((e) => e.id)));
  await expect(page).toHaveURL(/[?&]party=US,RU&partymode=all(&|$)/);

  await page.reload();
  await expect(showing(page)).toHaveText(`Showing ${both.length} of ${total} events`);
  expect(new Set(await listIds(page))).toEqual(new Set(both.map((e) => e.id)));
  await openPartyMenu(page);
  await expect(allOf(page)).toBeChecked();

  // The citation of the view says which events it holds.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Cite this view', exact: true }).locator('[data-format="Citation"]'),
  ).toHaveValue(new RegExp(`view: Parties: both United States and Russia \\(${both.length} events\\)`));
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
  await expect(page).not.toHaveURL(/partymode/);
  await openPartyMenu(page);
  await expect(anyOf(page)).toBeChecked();
});

test('the timeline shows only the events involving all the chosen parties', async ({ page }) => {
  await openApp(page, '/?party=US,RU&partymode=all&view=timeline');
  await expect(showing(page)).toHaveText(`Showing ${both.length} of ${total} events`);
  await page.getByRole('button', { name: 'Fit all' }).click();
  const items = page.locator('[data-testid="timeline"] [data-event-id]');
  await expect(items).toHaveCount(both.length);
  const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
  expect(new Set(ids)).toEqual(new Set(both.map((e) => e.id)));
});

test('under all of them, the number beside a party is what ticking it shows', async ({ page }) => {
  await openApp(page, '/?view=list&party=US&partymode=all');
  await expect(showing(page)).toHaveText(`Showing ${involves('US').length} of ${total} events`);
  await openPartyMenu(page);
  const russia = partyMenu(page).locator('label').filter({ hasText: 'Russia (RU)' });
  await expect(russia.locator('.facet__count')).toHaveText(String(both.length));
  // Said to every reader, not only to a screen reader; which reads it once, as the choices' description.
  await expect(partyMenu(page).getByText(NOTE)).toBeVisible();
  await expect(choices(page)).toHaveAccessibleDescription(NOTE);
  expect((await partyMenu(page).textContent())!.split(NOTE)).toHaveLength(2);
  await anyOf(page).check();
  await expect(russia.locator('.facet__count')).toHaveText(String(involves('RU').length));
  await expect(partyMenu(page).getByText(NOTE)).toHaveCount(0);
  await expect(choices(page)).not.toHaveAccessibleDescription(NOTE);
});

test.describe('on a 375 px phone at 200% text', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the note on the numbers wraps inside the open menu', async ({ page }) => {
    await openApp(page, '/?view=list&party=US&partymode=all');
    await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
    await openPartyMenu(page);
    const note = partyMenu(page).getByText(NOTE);
    await note.scrollIntoViewIfNeeded();
    await expect(note).toBeVisible();
    // Its words, not only its box, lie inside the menu, which does not scroll sideways.
    const menu = partyMenu(page).locator('.facet__options');
    const inside = await menu.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const words = document.createRange();
      words.selectNodeContents(el.querySelector('.facet__hint')!);
      const w = words.getBoundingClientRect();
      return {
        left: w.left - box.left - el.clientLeft,
        right: el.clientLeft + el.clientWidth - (w.right - box.left),
      };
    });
    expect(inside.left).toBeGreaterThanOrEqual(0);
    expect(inside.right).toBeGreaterThanOrEqual(0);
    expect(await menu.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test('the choice is reached and made from the keyboard, and the open menu passes axe', async ({ page }) => {
  await openApp(page, '/?view=list&party=US,RU');
  await partyMenu(page).locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(anyOf(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(allOf(page)).toBeChecked();
  await expect(allOf(page)).toBeFocused();
  await expect(showing(page)).toHaveText(`Showing ${both.length} of ${total} events`);
  // The note that appears under the focused choice is said, as the focus does not reach it.
  await expect(page.locator('.app-header [role="status"]')).toHaveText(NOTE);
  await page.keyboard.press('ArrowUp');
  await expect(anyOf(page)).toBeChecked();
  await expect(page.locator('.app-header [role="status"]')).toHaveText(NOTE);
  await page.keyboard.press('ArrowDown');
  await expect(allOf(page)).toBeChecked();
  await expect(page.getByRole('group', { name: 'Show events involving' })).toBeVisible();
  const scan = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('details[data-facet="parties"]')
    .analyze();
  expect(scan.violations).toEqual([]);
  // Escape closes the menu from the choice, as from a party.
  await page.keyboard.press('Escape');
  await expect(partyMenu(page)).not.toHaveAttribute('open');
  await expect(partyMenu(page).locator('summary')).toBeFocused();
});

test('a link with a party mode it does not know shows any of the parties, and says so', async ({ page }) => {
  await openApp(page, '/?view=list&party=US,RU&partymode=both');
  await expect(page.getByTestId('notices')).toContainText(
    'Ignored the party mode “both”: use “all” for events involving every chosen party, or “any”.',
  );
  await expect(showing(page)).toHaveText(`Showing ${either.length} of ${total} events`);
  await expect(page).not.toHaveURL(/partymode/);
});
