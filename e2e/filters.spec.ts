import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';
import { overlapping, searchedWords } from './support/expected';

const dataset = builtDataset();
const all = dataset.events;
const total = all.length;

const showing = (page: Page) => page.getByTestId('showing');
const listEntries = (page: Page) => page.locator('[data-list-event-id]');

async function chooseFacet(page: Page, facet: string, label: string | RegExp) {
  const details = page.locator(`details[data-facet="${facet}"]`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await details.getByRole('checkbox', { name: label }).check();
  await page.keyboard.press('Escape');
  await expect(details).not.toHaveAttribute('open');
}

test.describe('each filter narrows the real data', () => {
  const cases: [string, (p: Page) => Promise<void>, number][] = [
    [
      'kind: summit',
      (p) => chooseFacet(p, 'kinds', /^★?\s*Summit\b/),
      all.filter((e) => e.kind === 'summit').length,
    ],
    [
      'status: cancelled',
      (p) => chooseFacet(p, 'statuses', /Cancelled/),
      all.filter((e) => e.status === 'cancelled').length,
    ],
    [
      'party: Hungary',
      (p) => chooseFacet(p, 'parties', /Hungary \(HU\)/),
      all.filter((e) => e.parties.includes('HU')).length,
    ],
    [
      'track: US–Ukraine',
      (p) => chooseFacet(p, 'tracks', /^US–Ukraine/),
      all.filter((e) => e.track === 'us-ukraine').length,
    ],
    [
      'tag: istanbul-process',
      (p) => chooseFacet(p, 'tags', /^istanbul process/),
      all.filter((e) => e.tags?.includes('istanbul-process')).length,
    ],
    [
      'dates: October 2025',
      async (p) => {
        await p.getByLabel('From', { exact: true }).fill('2025-10');
        await p.getByLabel('To', { exact: true }).fill('2025-10');
      },
      overlapping(all, '2025-10', '2025-10').length,
    ],
    [
      'search: dolmabahce (no accent)',
      (p) => p.getByLabel('Search events').fill('dolmabahce'),
      all.filter((e) => searchedWords(e).includes('dolmabahce')).length,
    ],
  ];

  for (const [name, apply, expected] of cases) {
    test(name, async ({ page }) => {
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(total);
      await openApp(page, '/?view=list');
      await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
      await apply(page);
      await expect(showing(page)).toHaveText(`Showing ${expected} of ${total} events`);
      await expect(listEntries(page)).toHaveCount(expected);
      await page.getByRole('button', { name: 'Clear all filters' }).click();
      await expect(listEntries(page)).toHaveCount(total);
    });
  }

  test('search finds Bürgenstock without the umlaut and shows the facet counts', async ({ page }) => {
    await openApp(page, '/?view=list');
    await page.getByLabel('Search events').fill('burgenstock');
    await expect(listEntries(page).first()).toContainText('Bürgenstock');
    const kinds = page.locator('details[data-facet="kinds"]');
    await kinds.locator('summary').click();
    const summit = kinds.locator('label').filter({ hasText: 'Summit' });
    const expected = all.filter(
      (e) => e.kind === 'summit' && searchedWords(e).includes('burgenstock'),
    ).length;
    await expect(summit.locator('.facet__count')).toHaveText(String(expected));
  });
});

test('a menu’s choices read as text, and a choice the view would leave empty is drawn faint', async ({
  page,
}) => {
  await openApp(page, '/?view=list');
  await page.getByLabel('Search events').fill('burgenstock');
  const kinds = page.locator('details[data-facet="kinds"]');
  await kinds.locator('summary').click();
  const style = (hasText: string) =>
    kinds
      .locator('label')
      .filter({ hasText })
      .locator('.facet__label')
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { color: s.color, weight: s.fontWeight, size: parseFloat(s.fontSize) };
      });
  const fieldLabel = await page
    .locator('label', { has: page.getByLabel('Search events') })
    .locator('span')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  // The Bürgenstock summit is a summit; nothing the search leaves is a prisoner exchange.
  const counted = await style('Summit');
  const empty = await style('Prisoner exchange');
  // Choices were drawn as the field labels above them: small, bold and grey, empty or not.
  expect(counted.weight).toBe('400');
  expect(counted.size).toBeGreaterThanOrEqual(15);
  expect(counted.color).not.toBe(fieldLabel);
  expect(empty.color).not.toBe(counted.color);
});

test('filtering keeps the timeline’s zoom', async ({ page }) => {
  await openApp(page, '/');
  const canvas = page.getByTestId('timeline');
  await expect(canvas).toHaveAttribute('data-window-start', /\d+/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(600);
  const before = [
    await canvas.getAttribute('data-window-start'),
    await canvas.getAttribute('data-window-end'),
  ];
  await chooseFacet(page, 'kinds', /Summit/);
  await expect(showing(page)).toHaveText(
    `Showing ${all.filter((e) => e.kind === 'summit').length} of ${total} events`,
  );
  await expect(page.locator('.vis-item-content')).toHaveCount(all.filter((e) => e.kind === 'summit').length);
  expect([
    await canvas.getAttribute('data-window-start'),
    await canvas.getAttribute('data-window-end'),
  ]).toEqual(before);
});

test('a shared link restores filters, selection and view', async ({ page }) => {
  await openApp(
    page,
    '/?kind=summit,negotiation-round&status=cancelled&from=2025-01&view=list&event=2025-10-budapest-summit',
  );
  const expected = all.filter(
    (e) =>
      ['summit', 'negotiation-round'].includes(e.kind) &&
      e.status === 'cancelled' &&
      overlapping([e], '2025-01', '9999').length === 1,
  );
  await expect(showing(page)).toHaveText(`Showing ${expected.length} of ${total} events`);
  await expect(page.getByRole('button', { name: 'List', pressed: true })).toBeVisible();
  await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(
    all.find((e) => e.id === '2025-10-budapest-summit')!.title,
  );
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-01');
  await page.locator('details[data-facet="kinds"] summary').click();
  await expect(
    page.locator('details[data-facet="kinds"]').getByRole('checkbox', { checked: true }),
  ).toHaveCount(2);
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('Back and Forward step through meaningful changes', async ({ page }) => {
  await openApp(page, '/');
  await chooseFacet(page, 'kinds', /Summit/);
  await expect(page).toHaveURL(/\?kind=summit$/);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page).toHaveURL(/\?kind=summit&view=list$/);
  await page.getByLabel('Search events').pressSequentially('alaska', { delay: 40 });
  await expect(page).toHaveURL(/\?q=alaska&kind=summit&view=list$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?kind=summit&view=list$/);
  await expect(page.getByLabel('Search events')).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/\?kind=summit$/);
  await expect(page.getByRole('button', { name: 'Timeline', pressed: true })).toBeVisible();
  await page.goBack();
  await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
  await page.goForward();
  await expect(showing(page)).toHaveText(
    `Showing ${all.filter((e) => e.kind === 'summit').length} of ${total} events`,
  );
});

test('a month typed into the date picker is one step of Back, however many keys it took', async ({
  page,
}) => {
  await openApp(page, '/?view=list');
  const from = page.getByLabel('From', { exact: true });
  test.skip((await from.getAttribute('type')) !== 'month', 'this browser has no month picker');
  await from.click();
  // Chromium's picker: the month, then the year digit by digit (0002, 0020, 0202, 2024), then an arrow.
  await page.keyboard.type('03', { delay: 40 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024', { delay: 40 });
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/[?&]from=2025-03(&|$)/);
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect(from).toHaveValue('');
});

test('a view with no event says why, in the timeline as in the list, and offers no empty export', async ({
  page,
}) => {
  const noMatch = 'No event matches these filters. Clear a filter or all of them to see more.';
  await openApp(page, '/?q=xyzzy');
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: noMatch })).toBeVisible();
  for (const format of ['csv', 'ics', 'json']) {
    const button = page.locator(`[data-export="${format}"]`);
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Nothing to export: the view shows no event.');
  }

  await page.getByLabel('Search events').fill('grain');
  await expect(page.getByTestId('timeline-empty')).toHaveText('');
  await expect(page.locator('[data-export="csv"]')).toBeEnabled();

  await openApp(page, '/?q=xyzzy&view=list');
  await expect(page.getByTestId('list-empty')).toHaveText(noMatch);
  await expect(page.locator('[data-export="json"]')).toBeDisabled();
});

test('an empty dataset says there are no events, not that filters hide them', async ({ page }) => {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ...dataset, events: [] }),
    }),
  );
  await openApp(page, '/?q=xyzzy');
  await expect(page.getByTestId('timeline-empty')).toHaveText('There are no events to show.');
  await expect(page.locator('[data-export="csv"]')).toBeDisabled();
});

test('an event the filters hide still opens from a link, and its panel says the filters hide it', async ({
  page,
}) => {
  const id = '2022-03-10-antalya-foreign-ministers-meeting';
  expect(all.find((e) => e.id === id)!.kind).not.toBe('summit');
  await openApp(page, `/?kind=summit&event=${id}&view=list`);
  const panel = page.getByTestId('event-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(all.find((e) => e.id === id)!.title);
  await expect(panel).toContainText('The current filters hide this event from the timeline and the list.');
  await expect(page.locator(`[data-list-event-id="${id}"]`)).toHaveCount(0);

  // An event the filters show has no such note.
  await page.locator('[data-list-event-id="2025-10-budapest-summit"] [data-list-entry]').first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    all.find((e) => e.id === '2025-10-budapest-summit')!.title,
  );
  await expect(panel.getByTestId('panel-hidden')).toHaveCount(0);
  // Clearing the filters brings the first event back into view, and the note goes.
  await page.goto(`/?event=${id}&view=list`);
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(panel.getByTestId('panel-hidden')).toHaveCount(0);
});

test('unknown or invalid parameters are dropped with a visible notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, '/?kind=summit,bogus&from=2025-13&view=grid&event=nope&foo=1');
  const notices = page.getByTestId('notices');
  for (const text of [
    'unknown link parameter “foo”',
    'unknown kind “bogus”',
    'date “2025-13”',
    'view “grid”',
    '“nope” in the link was not found',
  ]) {
    await expect(notices).toContainText(text);
  }
  await expect(showing(page)).toHaveText(
    `Showing ${all.filter((e) => e.kind === 'summit').length} of ${total} events`,
  );
  await expect(page).toHaveURL(/\?kind=summit$/);
  expect(errors).toEqual([]);
});

test('a date bound that is no calendar date is ignored with a notice in plain words', async ({ page }) => {
  await openApp(page, '/?from=0000&to=2025-02-30&view=list');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText(
    'Ignored the date “0000” for “from”: there is no year 0: the calendar goes from 1 BC to AD 1.',
  );
  await expect(notices).toContainText(
    'Ignored the date “2025-02-30” for “to”: the days of February 2025 run from 01 to 28.',
  );
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
  await expect(page).toHaveURL(/\?view=list$/);

  // An early year is a year: kept, and named with its four digits.
  await openApp(page, '/?from=0800&view=list');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('0800-01');
  await expect(notices).toContainText('as January 0800');
});

test('a reversed date range shows the same after a reload as when it was set', async ({ page }) => {
  await openApp(page, '/?view=list');
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await from.fill('2025-06');
  await to.fill('2025-03');
  const hint = page.getByTestId('date-range-hint');
  await expect(hint).toHaveText('“From” is after “To”: no event can match. Change one of them.');
  await expect(showing(page)).toHaveText(`Showing 0 of ${total} events`);
  await expect(page).toHaveURL(/from=2025-06&to=2025-03/);
  await page.reload();
  await expect(showing(page)).toHaveText(`Showing 0 of ${total} events`);
  await expect(from).toHaveValue('2025-06');
  await expect(to).toHaveValue('2025-03');
  await expect(hint).toBeVisible();
  await expect(page.getByTestId('notices')).toHaveCount(0);
  await to.fill('2025-12');
  await expect(hint).toBeHidden();
  await expect(showing(page)).toHaveText(
    `Showing ${overlapping(all, '2025-06', '2025-12').length} of ${total} events`,
  );
});

test('a link with a year or a day for a date bound shows that filter in the month inputs', async ({
  page,
}) => {
  // June to the end of 2025: a valid range, not a reversed one.
  await openApp(page, '/?from=2025-06&to=2025&view=list');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-06');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2025-12');
  await expect(showing(page)).toHaveText(
    `Showing ${overlapping(all, '2025-06', '2025-12').length} of ${total} events`,
  );
  await expect(page.getByTestId('notices')).toContainText('as December 2025');
  await expect(page).toHaveURL(/from=2025-06&to=2025-12/);

  await openApp(page, '/?from=2025-05-16&view=list');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-05');
  await expect(page.getByTestId('notices')).toContainText('the whole month is included');
  await expect(showing(page)).toHaveText(
    `Showing ${overlapping(all, '2025-05', '9999').length} of ${total} events`,
  );
});

test('the list works with the keyboard alone', async ({ page }) => {
  await openApp(page, '/?view=list');
  const first = listEntries(page).first().getByRole('link');
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const second = listEntries(page).nth(1).getByRole('link');
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('event-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(all[1]!.title);
  await expect(listEntries(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(second).toBeFocused();
  await page.keyboard.press('End');
  await expect(listEntries(page).last().getByRole('link')).toBeFocused();
});

test('copy link puts the event’s permalink on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/?event=2025-06-02-istanbul-talks-round-2&kind=summit');
  await page.getByRole('button', { name: 'Copy link to this event' }).click();
  await expect(page.getByText('Link to this event copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}?event=2025-06-02-istanbul-talks-round-2`,
  );
});

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  // A scan walks every node of a page of some hundreds of events: on a busy shared machine it has taken
  // longer than the 30 s a test gets by default, so these tests get three times that.
  test.slow();
  const scan = (page: Page) =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

  test('timeline view', async ({ page }) => {
    await openApp(page, '/');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    expect((await scan(page)).violations).toEqual([]);
  });

  test('list view', async ({ page }) => {
    await openApp(page, '/?view=list');
    expect((await scan(page)).violations).toEqual([]);
  });

  test('an open panel', async ({ page }) => {
    await openApp(page, '/?event=2025-10-budapest-summit');
    await expect(page.getByTestId('event-panel')).toBeVisible();
    expect((await scan(page)).violations).toEqual([]);
  });

  test('landmarks, skip link and visible focus', async ({ page }) => {
    await openApp(page, '/');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('search')).toHaveCount(1);
    const items = page.locator('[data-testid="timeline"] [data-event-id]');
    await expect(items.first()).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to events' });
    await expect(skip).toBeFocused();
    expect(
      await skip.evaluate(
        (el) => getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).top !== '-48px',
      ),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await expect(items.first()).toBeFocused();
  });
});

test('the list prints as a clean chronology with each event’s source addresses', async ({ page }) => {
  await openApp(page, '/?view=list&kind=summit');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Timeline' })).toBeHidden();
  const summits = all.filter((e) => e.kind === 'summit');
  const first = page.locator(`[data-list-event-id="${summits[0]!.id}"]`);
  await expect(first.getByRole('list', { name: 'Sources' })).toBeVisible();
  for (const s of summits[0]!.sources) await expect(first).toContainText(new URL(s.url).href);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first screen reaches the chronology; the dates, menus, exports and citation fold away', async ({
    page,
  }) => {
    await openApp(page, '/');
    const first = listEntries(page).first();
    await expect(first).toBeVisible();
    expect((await first.boundingBox())!.y).toBeLessThan(844 - 40);
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
    await expect(showing(page)).toHaveText(`Showing ${total} of ${total} events`);
    await expect(page.getByLabel('From', { exact: true })).toBeHidden();
    await expect(page.locator('details[data-facet="kinds"] summary')).toBeHidden();
    await expect(page.locator('[data-export="csv"]')).toBeHidden();

    await page.getByText('More filters', { exact: true }).click();
    await chooseFacet(page, 'kinds', /^★?\s*Summit\b/);
    const summits = all.filter((e) => e.kind === 'summit').length;
    await expect(showing(page)).toHaveText(`Showing ${summits} of ${total} events`);
    await expect(page.getByText('More filters (1 set)')).toBeVisible();

    await page.getByText('Export or cite', { exact: true }).click();
    await expect(page.locator('[data-export="csv"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cite this view' })).toBeVisible();
  });

  test('a link that sets the dates or a menu opens them', async ({ page }) => {
    await openApp(page, '/?kind=summit&from=2025-01');
    await expect(page.getByText('More filters (2 set)')).toBeVisible();
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-01');
    await expect(page.locator('details[data-facet="kinds"] summary')).toBeVisible();
  });
});
