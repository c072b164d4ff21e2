import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// Where the keyboard focus goes, what a screen reader hears, and what the reader can dismiss or
// turn off: each test here failed before its fix.

const dataset = builtDataset();
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const title = (id: string) => byId.get(id)!.title;

async function ready(page: Page, path = '/') {
  await openApp(page, path);
  await expect(page.locator('.vis-item-content').first()).toBeVisible();
}

test.describe('facet menus', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a menu closes when the keyboard focus leaves it, and draws over nothing that has the focus', async ({
    page,
  }) => {
    await ready(page);
    const kind = page.locator('details[data-facet="kinds"]');
    await kind.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(kind).toHaveAttribute('open');
    // Through the choices and on, to the controls below where the menu is drawn.
    for (let i = 0; i < 13; i++) await page.keyboard.press('Tab');
    await expect(page.locator('details[data-facet][open]')).toHaveCount(0);
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const r = focused.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top === null || !focused.contains(top);
    });
    expect(hidden, 'the focused control is drawn under something').toBe(false);
  });

  test('opening a second menu from the keyboard leaves one open', async ({ page }) => {
    await ready(page);
    const kind = page.locator('details[data-facet="kinds"]');
    const status = page.locator('details[data-facet="statuses"]');
    await kind.locator('summary').focus();
    await page.keyboard.press('Enter');
    for (
      let i = 0;
      i < 20 && !(await status.locator('summary').evaluate((s) => s === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(status.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveAttribute('open');
    await expect(page.locator('details[data-facet][open]')).toHaveCount(1);
  });

  test('clicks inside keep the menu open, and Escape closes it with the focus on its button', async ({
    page,
  }) => {
    await ready(page);
    const kind = page.locator('details[data-facet="kinds"]');
    await kind.locator('summary').click();
    await kind.getByRole('checkbox').first().click();
    await kind.locator('.facet__count').nth(1).click();
    // A click on the menu's own padding gives the focus to nothing: not a move elsewhere.
    await kind.locator('fieldset').click({ position: { x: 2, y: 2 } });
    await expect(kind).toHaveAttribute('open');
    await kind.getByRole('checkbox').nth(2).focus();
    await page.keyboard.press('Escape');
    await expect(kind).not.toHaveAttribute('open');
    await expect(kind.locator('summary')).toBeFocused();
    // A press on a choice's words gives the focus to the main area around the menu, then to the
    // choice: the menu stays open, and closes once Tab takes the focus past it.
    await page.keyboard.press('Enter');
    await kind.locator('.facet__label').nth(3).click();
    await expect(kind).toHaveAttribute('open');
    const inMenu = () => kind.evaluate((menu) => menu.contains(document.activeElement));
    for (let i = 0; i < 12 && (await inMenu()); i++) await page.keyboard.press('Tab');
    expect(await inMenu()).toBe(false);
    await expect(kind).not.toHaveAttribute('open');
  });
});

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search events' });

test('"Clear all filters" leaves the focus in the search box, and the live count says what changed', async ({
  page,
}) => {
  await ready(page, '/?kind=summit');
  const showing = page.getByTestId('showing');
  await expect(showing).not.toHaveText(`Showing ${dataset.events.length} of ${dataset.events.length} events`);
  await page.getByRole('button', { name: 'Clear all filters' }).focus();
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toBeFocused();
  await expect(showing).toHaveText(`Showing ${dataset.events.length} of ${dataset.events.length} events`);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Showing ${dataset.events.length} of ${dataset.events.length} events` }),
  ).toHaveCount(1);
});

test('dismissing a notice moves to the next notice, and after the last to the search box', async ({
  page,
}) => {
  await ready(page, '/?kind=zzz&foo=1');
  const dismiss = page.getByTestId('notices').getByRole('button', { name: 'Dismiss' });
  await expect(dismiss).toHaveCount(2);
  // Each Dismiss says which notice it dismisses.
  await expect(dismiss.first()).toHaveAccessibleDescription(/unknown link parameter “foo”/);
  await dismiss.first().focus();
  await page.keyboard.press('Enter');
  await expect(dismiss).toHaveCount(1);
  await expect(dismiss).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notices')).toHaveCount(0);
  await expect(searchBox(page)).toBeFocused();
});

test('the page title names the open event, and is restored when it closes', async ({ page }) => {
  const id = '2025-08-15-anchorage-summit';
  await ready(page, `/?event=${id}`);
  await expect(page).toHaveTitle(`${title(id)} — Diplomatic Timeline`);
  await page.getByRole('button', { name: 'Close the event details' }).click();
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(page).toHaveTitle('Diplomatic Timeline');
  await page.locator('.vis-item [data-event-id="2025-08-18-white-house-meeting"]').click();
  await expect(page).toHaveTitle(`${title('2025-08-18-white-house-meeting')} — Diplomatic Timeline`);
});

const DATA = '**/data/events.json';

test('after "Try again" loads the data, the focus is at the top of the page and the load is announced', async ({
  page,
}) => {
  let fail = true;
  await page.route(DATA, (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  await page.goto('/');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveTitle('Error — Diplomatic Timeline');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Diplomatic Timeline' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'The data has loaded' })).toHaveText(
    `The data has loaded: ${dataset.events.length} events.`,
  );
  await expect(page).toHaveTitle('Diplomatic Timeline');
});

test.describe('the timeline tooltip can be dismissed', () => {
  const grain = '2022-07-22-black-sea-grain-initiative';

  test('Escape hides the tooltip of a focused or hovered item; leaving the item hides it too', async ({
    page,
  }) => {
    await ready(page);
    const tooltip = page.getByRole('tooltip');
    const item = page.locator(`.vis-item [data-event-id="${grain}"]`);
    await item.focus();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await expect(item).toBeFocused();

    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await item.hover();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);

    await item.focus();
    await expect(tooltip).toBeVisible();
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await expect(tooltip).toHaveCount(0);
    await item.hover();
    await expect(tooltip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tooltip).toHaveCount(0);
  });

  test('with a panel open, the first Escape hides the tooltip and only the next closes the panel', async ({
    page,
  }) => {
    await ready(page, '/?event=2025-08-15-anchorage-summit');
    const panel = page.getByTestId('event-panel');
    const tooltip = page.getByRole('tooltip');
    // Another item than the open one, in the window the link opened on.
    await page.locator('.vis-item [data-event-id="2025-08-18-white-house-meeting"]').focus();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });
});

/** Two frames: whatever a layout change set off (a ResizeObserver, a redraw) has run and been painted. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Whether the whole of the element is inside the viewport (to the pixel: layout gives fractions). */
const fullyOnScreen = (el: Locator) =>
  el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
  });

test.describe('an event opened by a link is on the screen', () => {
  const cases = [
    { width: 1280, height: 800, id: '2022-07-22-black-sea-grain-initiative' },
    { width: 1440, height: 900, id: '2025-08-15-anchorage-summit' },
  ];
  for (const { width, height, id } of cases) {
    test(`${id} at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?event=${id}`);
      await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(title(id));
      // The density strip arrives after the timeline, taller than its placeholder, and pushes the
      // timeline down: the item must be on the screen once it has.
      await expect(page.locator('.density__chart')).toBeVisible();
      await twoFrames(page);
      const item = page.locator(`.vis-item.vis-selected [data-event-id="${id}"]`);
      expect(await fullyOnScreen(item), 'the selected item is fully on the screen').toBe(true);
    });
  }

  test('and so is a related event opened from its panel', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?event=2022-10-29-russia-suspends-grain-deal');
    const panel = page.getByTestId('event-panel');
    await expect(page.locator('.density__chart')).toBeVisible();
    await panel.getByRole('link', { name: title('2022-11-17-grain-deal-extension'), exact: true }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      title('2022-11-17-grain-deal-extension'),
    );
    await twoFrames(page);
    const item = page.locator('.vis-item.vis-selected [data-event-id="2022-11-17-grain-deal-extension"]');
    expect(await fullyOnScreen(item)).toBe(true);
  });
});

test('a list entry is named by its title and described by its date, kind and status', async ({ page }) => {
  await page.goto('/?view=list');
  const budapest = byId.get('2025-10-budapest-summit')!;
  const entry = page.getByRole('link', { name: budapest.title, exact: true });
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAccessibleDescription(/October 2025/);
  await expect(entry).toHaveAccessibleDescription(/Summit/);
  await expect(entry).toHaveAccessibleDescription(/Cancelled/);
  // A held event says no status, as the entry shows none.
  const held = page.getByRole('link', { name: title('2025-08-15-anchorage-summit'), exact: true });
  await expect(held).toHaveAccessibleDescription(/15 August 2025.*Summit/);
  await expect(held).not.toHaveAccessibleDescription(/Held/);
});

/**
 * How many different places an item takes, frame by frame, while `press` moves the timeline: two
 * (before and after) when it jumps, more when it is animated.
 */
async function placesWhileMoving(page: Page, press: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="timeline"]')!;
    const middle = canvas.getBoundingClientRect().left + canvas.clientWidth / 2;
    // The item nearest the middle stays drawn as the timeline zooms around the middle.
    const items = [...canvas.querySelectorAll<HTMLElement>('.vis-item [data-event-id]')];
    const distance = (el: HTMLElement) => Math.abs(el.getBoundingClientRect().left - middle);
    const id = items.sort((a, b) => distance(a) - distance(b))[0]!.dataset.eventId!;
    const seen = new Set<number>();
    const state = { seen, stop: false };
    (window as unknown as { __places: typeof state }).__places = state;
    const sample = () => {
      const el = canvas.querySelector(`.vis-item [data-event-id="${CSS.escape(id)}"]`);
      if (el) seen.add(Math.round(el.getBoundingClientRect().left));
      if (!state.stop) requestAnimationFrame(sample);
    };
    sample();
  });
  await press();
  // Well past the 250 ms an animation takes.
  await page.waitForTimeout(600);
  return page.evaluate(() => {
    const state = (window as unknown as { __places: { seen: Set<number>; stop: boolean } }).__places;
    state.stop = true;
    return state.seen.size;
  });
}

test('zoom, fit, latest, earlier and later move the timeline without animation when the reader asks for reduced motion', async ({
  page,
}) => {
  await ready(page);
  const click = (name: string) => () => page.getByRole('button', { name, exact: true }).click();
  // The measure sees an animation where there is one...
  expect(await placesWhileMoving(page, click('Zoom in'))).toBeGreaterThan(2);
  // ...and the setting is read when the reader acts, not once when the page loads.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const name of ['Zoom in', 'Zoom out', 'Latest', 'Fit all', 'Earlier', 'Later'])
    expect(await placesWhileMoving(page, click(name)), name).toBeLessThanOrEqual(2);
});

test.describe('"Skip to events"', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  const focusedEvent = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.eventId ?? el?.closest<HTMLElement>('[data-list-event-id]')?.dataset.listEventId;
    });
  const skip = async (page: Page) => {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to events' })).toBeFocused();
    await page.keyboard.press('Enter');
  };

  test('is the first Tab stop and lands on the first event of the timeline, from which Tab goes on', async ({
    page,
  }) => {
    await ready(page);
    await skip(page);
    const items = page.locator('[data-testid="timeline"] [data-event-id]');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(items.nth(1)).toBeFocused();
  });

  test('in a timeline opened on a month, lands on an event of that month', async ({ page }) => {
    await ready(page, '/?span=2025-10-01,2025-10-31');
    await skip(page);
    await expect.poll(() => focusedEvent(page)).toMatch(/^2025-10-/);
  });

  test('in the list, lands on its first entry', async ({ page }) => {
    await openApp(page, '/?view=list&kind=summit');
    await skip(page);
    const first = dataset.events.find((e) => e.kind === 'summit')!;
    await expect(page.locator(`[data-list-event-id="${first.id}"] [data-list-entry]`)).toBeFocused();
  });

  test('with no event left by the filters, lands on the words that say so', async ({ page }) => {
    await openApp(page, '/?q=zzzzqqqq');
    await expect(page.getByTestId('timeline-empty')).not.toBeEmpty();
    await skip(page);
    await expect(page.getByTestId('timeline-empty')).toBeFocused();
  });
});

test.describe('"Skip to events" on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('lands on the first event the timeline shows, though no label fits the drawing whole', async ({
    page,
  }) => {
    await ready(page, '/?view=timeline');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The first event of the dataset, where the timeline opens: the earliest item on the screen.
    const first = dataset.events[0]!;
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId))
      .toBe(first.id);
  });
});

test('the timeline toolbar is one Tab stop, and the arrow keys, Home and End move along it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await ready(page);
  const toolbar = page.getByRole('toolbar', { name: 'Timeline navigation' });
  const button = (name: string) => toolbar.getByRole('button', { name, exact: true });
  const names = ['Earlier', 'Later', 'Zoom in', 'Zoom out', 'Fit all', 'Latest'];
  await expect(toolbar.getByRole('button')).toHaveText([
    /Earlier/,
    /Later/,
    /Zoom in/,
    /Zoom out/,
    'Fit all',
    'Latest',
  ]);

  // From the control before it, one Tab enters at the first control and the next leaves the toolbar.
  await page.locator('.density__numbers summary').focus();
  await page.keyboard.press('Tab');
  await expect(button('Earlier')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await toolbar.evaluate((el) => el.contains(document.activeElement))).toBe(false);

  await page.keyboard.press('Shift+Tab');
  await expect(button('Earlier')).toBeFocused();
  for (const name of names.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(button(name)).toBeFocused();
  }
  await page.keyboard.press('ArrowRight');
  await expect(button('Earlier')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(button('Latest')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(button('Earlier')).toBeFocused();
  await page.keyboard.press('End');
  await expect(button('Latest')).toBeFocused();
  // A modified arrow is the browser's or the reader's own (Alt+Left is Back): the toolbar leaves it alone.
  const kept = await button('Latest').evaluate((el) => {
    const key = new KeyboardEvent('keydown', {
      key: 'ArrowLeft',
      altKey: true,
      bubbles: true,
      cancelable: true,
    });
    el.dispatchEvent(key);
    return !key.defaultPrevented && document.activeElement === el;
  });
  expect(kept).toBe(true);

  // Tab comes back to the control last used, which still does what it did.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(button('Fit all')).toBeFocused();
  await button('Zoom in').click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(button('Zoom in')).toBeFocused();
});

test('a month shown on the timeline from the density table is announced, from the list too', async ({
  page,
}) => {
  const inMonth = (month: string) => dataset.events.filter((e) => e.start.startsWith(month)).length;
  await openApp(page, '/?view=list');
  await page.getByText('Show the numbers').click();
  const show = page.getByRole('button', { name: 'Show October 2025 on the timeline' });
  await show.click();
  const news = page.getByRole('status').filter({ hasText: 'The timeline shows' });
  await expect(news).toHaveText(`The timeline shows October 2025: ${inMonth('2025-10')} events.`);
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(show).toBeFocused();

  await page.getByRole('button', { name: 'Show August 2025 on the timeline' }).press('Enter');
  await expect(news).toHaveText(`The timeline shows August 2025: ${inMonth('2025-08')} events.`);
  // The same month again is said again: new words in the live region, not the old ones left as they were.
  const said = await news.locator('span').elementHandle();
  await page.getByRole('button', { name: 'Show August 2025 on the timeline' }).press('Enter');
  await expect.poll(() => said!.evaluate((el) => el.isConnected)).toBe(false);
  await expect(news).toHaveText(`The timeline shows August 2025: ${inMonth('2025-08')} events.`);
});
