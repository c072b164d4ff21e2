import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// Every title that opens an event is a link to the page as the reader has it with that event open: a
// researcher opens it in a new tab or copies its address, and a plain click still opens it in place.
// Before, they were buttons: no address to open or copy, and Ctrl or the middle button did nothing more.

const CALL = '2025-10-16-trump-putin-call';
const SUMMIT = '2025-10-budapest-summit';
const title = (id: string) => builtDataset().events.find((e) => e.id === id)!.title;

/** The list, narrowed by a search and a party, with the view chosen: what a link must keep. */
const READING = '/?q=budapest&party=US&view=list';

const listTitle = (page: Page, id: string) => page.locator(`[data-list-event-id="${id}"] [data-list-entry]`);
const heading = (page: Page) => page.getByTestId('event-panel').getByRole('heading', { level: 2 });

/** A mark on the page's window, gone if the browser loads a page. */
const markPage = (page: Page) => page.evaluate(() => ((window as { mark?: number }).mark = 1));
const marked = (page: Page) => page.evaluate(() => (window as { mark?: number }).mark);

/** Opens `link`'s address in a page of its own, as "Open in new tab" does. */
async function openAlone(page: Page, link: Locator): Promise<Page> {
  const href = await link.getAttribute('href');
  expect(href).not.toBeNull();
  const other = await page.context().newPage();
  await openApp(other, new URL(href!, page.url()).href);
  return other;
}

test('a list title links to the page as it is with its event open, and that address shows the event', async ({
  page,
}) => {
  await openApp(page, READING);
  const link = listTitle(page, SUMMIT);
  await expect(page.getByRole('link', { name: title(SUMMIT), exact: true })).toHaveCount(1);
  await expect(link).toHaveAttribute('href', `/?q=budapest&party=US&view=list&event=${SUMMIT}`);

  const other = await openAlone(page, link);
  await expect(heading(other)).toHaveText(title(SUMMIT));
  await expect(other.getByRole('searchbox', { name: 'Search events' })).toHaveValue('budapest');
  await expect(other.getByTestId('list-view')).toBeVisible();
  await expect(other).toHaveURL(/\?q=budapest&party=US&view=list&event=2025-10-budapest-summit$/);
  await other.close();
});

test('a list title’s address follows the filters, so that a copied address is the page as it is now', async ({
  page,
}) => {
  await openApp(page, READING);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('summit');
  await expect(listTitle(page, SUMMIT)).toHaveAttribute(
    'href',
    `/?q=summit&party=US&view=list&event=${SUMMIT}`,
  );
  // What the browser's "Copy link address" takes: the link's address as it stands when its menu opens.
  const copied = await listTitle(page, SUMMIT).evaluate((a) => (a as HTMLAnchorElement).href);
  expect(new URL(copied).search).toBe(`?q=summit&party=US&view=list&event=${SUMMIT}`);
});

test('a plain click on a list title opens its event in place, without loading a page', async ({ page }) => {
  await openApp(page, READING);
  await markPage(page);
  await listTitle(page, SUMMIT).click();
  await expect(heading(page)).toHaveText(title(SUMMIT));
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(/\?q=budapest&party=US&view=list&event=2025-10-budapest-summit$/);
  expect(await marked(page)).toBe(1);
  // Back closes it, as it did: the click was a step of the app's history, not a page loaded.
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  expect(await marked(page)).toBe(1);
});

/** Presses Space on `link`, as a keyboard does: whether the page's default for it, a scroll, was kept from happening. */
async function spaceKept(page: Page, link: Locator): Promise<boolean> {
  await link.focus();
  await page.evaluate(() =>
    document.addEventListener(
      'keydown',
      (e) => ((window as { spaceKept?: boolean }).spaceKept = e.defaultPrevented),
      { once: true },
    ),
  );
  await page.keyboard.press('Space');
  return page.evaluate(() => (window as { spaceKept?: boolean }).spaceKept!);
}

// On a link, Enter follows it and Space scrolls the page (WAI-ARIA: links activate on Enter only). Before,
// Space opened the event too, as when titles were buttons: a keyboard reader could not scroll from one.
test('Enter on a list title opens its event; Space scrolls the page, as on any link, and opens nothing', async ({
  page,
}) => {
  // The whole list: a page long enough to scroll.
  await openApp(page, '/?view=list');
  await markPage(page);
  await listTitle(page, SUMMIT).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(title(SUMMIT));
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(listTitle(page, SUMMIT)).toBeFocused();

  const before = await page.evaluate(() => window.scrollY);
  expect(await spaceKept(page, listTitle(page, SUMMIT)), 'Space kept from scrolling').toBe(false);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(page).toHaveURL(/\?view=list$/);
  expect(await marked(page)).toBe(1);
});

test('Space on a related event, a notice’s “Open it” or a timeline item is the browser’s: it opens nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, `${READING}&event=${CALL}`);
  const related = page.getByTestId('event-panel').getByRole('link', { name: title(SUMMIT), exact: true });
  expect(await spaceKept(page, related), 'a related event').toBe(false);
  await expect(heading(page)).toHaveText(title(CALL));

  await openApp(page, '/?view=list&event=2025-10-budapest-sumit');
  const open = page.getByTestId('notices').getByRole('link', { name: 'Open it' });
  expect(await spaceKept(page, open), '“Open it”').toBe(false);
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(open).toBeVisible();

  await openApp(page, '/?span=2025-07-01,2026-01-01');
  const item = page.locator(`.vis-item a[data-event-id="${SUMMIT}"]`);
  expect(await spaceKept(page, item), 'a timeline item').toBe(false);
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(page.locator('.vis-item.vis-selected')).toHaveCount(0);
  // Enter still opens it, as the timeline's help says.
  await item.press('Enter');
  await expect(heading(page)).toHaveText(title(SUMMIT));
  await expect(heading(page)).toBeFocused();
});

/**
 * Dispatches a click with `init` on `link`: whether the app took it over (prevented the browser's
 * default), as seen once it has handled it (React listens at its root, below the document).
 */
type ClickInit = Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> & {
  button?: number;
};
const appPrevents = (link: Locator, init: ClickInit) =>
  link.evaluate((a, init) => {
    let prevented: boolean | null = null;
    const listen = (e: Event) => {
      prevented = e.defaultPrevented;
      // A click left to the browser would follow the link: kept here, where only the answer counts.
      e.preventDefault();
    };
    document.addEventListener('click', listen, { once: true });
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    return prevented;
  }, init);

test('a click with a modifier key or another button is left to the browser, and opens nothing in place', async ({
  page,
}) => {
  await openApp(page, READING);
  const link = listTitle(page, SUMMIT);
  for (const init of [
    { ctrlKey: true },
    { metaKey: true },
    { shiftKey: true },
    { altKey: true },
    { button: 1 },
  ])
    expect(await appPrevents(link, init), JSON.stringify(init)).toBe(false);
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  // The measure sees a click the app takes.
  expect(await appPrevents(link, {}), 'a plain click').toBe(true);
  await expect(heading(page)).toHaveText(title(SUMMIT));
});

test('Ctrl-click and the middle button open the event in a new tab and leave this page as it is', async ({
  page,
}) => {
  await openApp(page, READING);
  const link = listTitle(page, SUMMIT);
  for (const click of [
    () => link.click({ modifiers: ['ControlOrMeta'] }),
    () => link.click({ button: 'middle' }),
  ]) {
    const [tab] = await Promise.all([page.context().waitForEvent('page'), click()]);
    await tab.waitForLoadState();
    await expect(tab).toHaveURL(/\?q=budapest&party=US&view=list&event=2025-10-budapest-summit$/);
    await expect(heading(tab)).toHaveText(title(SUMMIT));
    await tab.close();
    await expect(page.getByTestId('event-panel')).toHaveCount(0);
    await expect(page).toHaveURL(/\?q=budapest&party=US&view=list$/);
  }
});

test('a related event in the panel is a link to the page as it is with that event open', async ({ page }) => {
  await openApp(page, `${READING}&event=${CALL}`);
  const panel = page.getByTestId('event-panel');
  const related = panel.getByRole('link', { name: title(SUMMIT), exact: true });
  await expect(related).toHaveAttribute('href', `/?q=budapest&party=US&view=list&event=${SUMMIT}`);

  const other = await openAlone(page, related);
  await expect(heading(other)).toHaveText(title(SUMMIT));
  await expect(other.getByRole('searchbox', { name: 'Search events' })).toHaveValue('budapest');
  await other.close();

  // A plain click opens it in place, as before.
  await markPage(page);
  await related.click();
  await expect(heading(page)).toHaveText(title(SUMMIT));
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(/\?q=budapest&party=US&view=list&event=2025-10-budapest-summit$/);
  expect(await marked(page)).toBe(1);
  // And the Ctrl-click on the way back is the browser's: a new tab, this panel left as it is.
  const back = panel.getByRole('link', { name: title(CALL), exact: true });
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    back.click({ modifiers: ['ControlOrMeta'] }),
  ]);
  await tab.waitForLoadState();
  await expect(heading(tab)).toHaveText(title(CALL));
  await tab.close();
  await expect(heading(page)).toHaveText(title(SUMMIT));
});

test('a related event’s link keeps the timeline’s span, as the address does', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, `/?span=2025-09-01,2025-12-01&event=${CALL}`);
  const related = page.getByTestId('event-panel').getByRole('link', { name: title(SUMMIT), exact: true });
  // A span implies the timeline (withImpliedView), which the app's own address then names.
  await expect(related).toHaveAttribute('href', `/?view=timeline&event=${SUMMIT}&span=2025-09-01,2025-12-01`);
  const other = await openAlone(page, related);
  await expect(heading(other)).toHaveText(title(SUMMIT));
  await expect(other.locator(`.vis-item.vis-selected [data-event-id="${SUMMIT}"]`)).toHaveCount(1);
  await other.close();
});

test('the notice’s “Open it” links to the event it offers', async ({ page }) => {
  await openApp(page, '/?view=list&event=2025-10-budapest-sumit');
  const open = page.getByTestId('notices').getByRole('link', { name: 'Open it' });
  await expect(open).toHaveAttribute('href', `/?view=list&event=${SUMMIT}`);
  await markPage(page);
  await open.click();
  await expect(heading(page)).toHaveText(title(SUMMIT));
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(await marked(page)).toBe(1);
});

test('a timeline item links to the page as it is with its event open: a click opens it here, Ctrl or the middle button in a new tab', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A span with the event in its middle, where a click finds it whatever the page's width.
  await openApp(page, '/?q=budapest&span=2025-07-01,2026-01-01');
  const item = page.locator(`.vis-item a[data-event-id="${SUMMIT}"]`);
  await expect(item).toHaveAttribute(
    'href',
    `/?q=budapest&view=timeline&event=${SUMMIT}&span=2025-07-01,2026-01-01`,
  );
  await expect(item).toHaveAccessibleName(new RegExp(`^${title(SUMMIT)}`));

  // The filters change, and so does its address, before anything reaches for it.
  await page.getByRole('searchbox', { name: 'Search events' }).fill('budapest summit');
  await expect(page).toHaveURL(/\?q=budapest\+summit&view=timeline&span=2025-07-01,2026-01-01$/);
  expect(await item.evaluate((a) => new URL((a as HTMLAnchorElement).href).search)).toBe(
    `?q=budapest+summit&view=timeline&event=${SUMMIT}&span=2025-07-01,2026-01-01`,
  );

  await markPage(page);
  for (const click of [
    () => item.click({ modifiers: ['ControlOrMeta'] }),
    () => item.click({ button: 'middle' }),
  ]) {
    const [tab] = await Promise.all([page.context().waitForEvent('page'), click()]);
    await tab.waitForLoadState();
    await expect(heading(tab)).toHaveText(title(SUMMIT));
    await tab.close();
    await expect(page.getByTestId('event-panel')).toHaveCount(0);
    await expect(page.locator('.vis-item.vis-selected')).toHaveCount(0);
  }

  await item.click();
  await expect(heading(page)).toHaveText(title(SUMMIT));
  await expect(page).toHaveURL(/\?q=budapest\+summit&view=timeline&event=2025-10-budapest-summit&span=/);
  expect(await marked(page)).toBe(1);
});

/** The address of each item the timeline draws, as the page holds it, by its event. */
const itemAddresses = (page: Page) =>
  page
    .locator('.vis-item a.tl-item')
    .evaluateAll((items) => items.map((a) => [(a as HTMLElement).dataset.eventId!, a.getAttribute('href')]));

// A screen reader's list of links, a crawler or a test reads the addresses without the pointer or the
// focus going near an item. Before, an item's address was written as it was built and again only as the
// pointer, the focus or its menu reached it: it kept the filters and the span the timeline had then.
test('every drawn timeline item’s address follows the filters and the span, without being reached', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/?span=2025-07-01,2026-01-01');
  /** Every drawn item links to `query` with its event open. */
  const expectAddresses = async (query: string) => {
    const items = await itemAddresses(page);
    expect(items.length).toBeGreaterThan(0);
    for (const [id, href] of items)
      expect(href, id!).toBe(`/${query.replace('&span=', `&event=${id}&span=`)}`);
  };
  // Read in the task that writes the address: the items' addresses are written with it.
  const afterAddress = async (search: RegExp) => {
    await expect(page).toHaveURL(search);
    await expectAddresses(new URL(page.url()).search);
  };
  // The span implies the timeline, which the links name (the address as the app writes it).
  await expectAddresses('?view=timeline&span=2025-07-01,2026-01-01');

  await page.getByRole('searchbox', { name: 'Search events' }).fill('summit');
  await afterAddress(/\?q=summit&view=timeline&span=2025-07-01,2026-01-01$/);

  // A move of the timeline changes the span in the address, and brings other items into the drawing.
  await page.getByRole('button', { name: 'Earlier' }).click();
  await afterAddress(/\?q=summit&view=timeline&span=2025-0[3-5]-\d\d,2025-\d\d-\d\d$/);
});

// vis-timeline keeps a mouse's press from starting the browser's own drag of a link: this stays so.
test('a drag that starts on a timeline item still pans the timeline, not the link', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/?span=2025-07-01,2026-01-01');
  const item = page.locator(`.vis-item a[data-event-id="${SUMMIT}"]`);
  await expect(item).toBeVisible();
  const before = (await item.boundingBox())!;
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2 - 200, before.y + before.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await item.boundingBox())!.x - before.x)).toBeLessThan(-150);
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
});
