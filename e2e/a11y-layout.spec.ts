import { expect, test, type Locator, type Page } from '@playwright/test';
import { contrast, styleOf } from './support/contrast';

// Accessibility that lives in the style sheets: what the phone's event sheet covers (WCAG 2.4.11), the
// selection in forced colours, the contrast of the focus ring, of the selection's marks and of the Kind
// menu's marks (1.4.11) in the light and the dark colour scheme, and CSS text kept out of names.

const EVENT = '2025-08-15-anchorage-summit';
const entryTitle = (page: Page) => page.locator(`[data-list-event-id="${EVENT}"] [data-list-entry]`);

/** In the browser: true if a point in the middle of the element (or of one of its lines) hits it. */
function reachable(el: Element): boolean {
  return [...el.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .some((r) => {
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
}

const notCovered = (locator: Locator) => locator.evaluate(reachable);

/** What the focused element is and whether anything lies over it. */
const focused = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    return { what: el.outerHTML.slice(0, 120), reachable: (${reachable})(el) };
  })()`) as Promise<{ what: string; reachable: boolean }>;

/** Scrolls the page so that the element's top is at this share of the window's height. */
async function placeAt(locator: Locator, share: number) {
  await locator.evaluate((el, at) => {
    window.scrollBy({ top: el.getBoundingClientRect().top - window.innerHeight * at, behavior: 'instant' });
  }, share);
}

async function openFromList(page: Page) {
  await page.goto('/?view=list');
  const title = entryTitle(page);
  // Low on the screen, where the sheet will come up.
  await placeAt(title, 0.6);
  await title.click();
  const panel = page.getByTestId('event-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  return panel;
}

for (const [name, viewport] of [
  ['a phone (360×740)', { width: 360, height: 740 }],
  ['a laptop at 200% zoom (640×400)', { width: 640, height: 400 }],
] as const) {
  test.describe(`the event sheet on ${name}`, () => {
    test.use({ viewport });

    test('leaves the tapped list entry in sight', async ({ page }) => {
      await openFromList(page);
      await expect.poll(() => notCovered(entryTitle(page))).toBe(true);
    });

    test('leaves in sight what Tab and Shift+Tab reach from it, 15 steps each way', async ({ page }) => {
      const panel = await openFromList(page);
      const heading = panel.getByRole('heading', { level: 2 });
      for (const key of ['Shift+Tab', 'Tab']) {
        await heading.focus();
        for (let step = 1; step <= 15; step++) {
          await page.keyboard.press(key);
          const now = await focused(page);
          expect(now.reachable, `${key} ×${step} focuses ${now.what}, covered`).toBe(true);
        }
      }
    });

    test('lets the last entry and the footer scroll above it', async ({ page }) => {
      const panel = await openFromList(page);
      const sheetTop = (await panel.boundingBox())!.y;
      const last = page.locator('[data-list-entry]').last();
      await last.evaluate((el) => el.scrollIntoView({ block: 'nearest', behavior: 'instant' }));
      expect(await notCovered(last)).toBe(true);
      await page.evaluate(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
      );
      const about = page.locator('.about');
      expect((await about.boundingBox())!.y + (await about.boundingBox())!.height).toBeLessThanOrEqual(
        sheetTop + 1,
      );
      expect(await notCovered(about.getByRole('link').last())).toBe(true);
    });

    test('keeps its close button in sight while it scrolls', async ({ page }) => {
      const panel = await openFromList(page);
      const scrolls = await panel.evaluate((el) => el.scrollHeight > el.clientHeight + 100);
      expect(scrolls, 'the panel is long enough to scroll').toBe(true);
      await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }));
      const close = page.getByRole('button', { name: 'Close the event details' });
      expect(await notCovered(close)).toBe(true);
      // Focus going back up the panel stops below the pinned head.
      const links = panel.getByRole('link');
      await links.last().focus();
      for (let step = 0; step < 4; step++) {
        await page.keyboard.press('Shift+Tab');
        const now = await focused(page);
        expect(now.reachable, `${now.what} is under the panel's head`).toBe(true);
      }
    });
  });
}

test.describe('the event sheet on a phone, from the timeline', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('leaves the tapped item in sight', async ({ page }) => {
    // Opened once by a link, so that the timeline shows the item whatever its window at opening.
    await page.goto(`/?view=timeline&event=${EVENT}`);
    await page.getByRole('button', { name: 'Close the event details' }).click();
    const item = page.locator(`.vis-item [data-event-id="${EVENT}"]`);
    await expect(item).toBeVisible();
    await placeAt(item, 0.6);
    await item.click();
    await expect(page.getByTestId('event-panel')).toBeVisible();
    await expect.poll(() => notCovered(item)).toBe(true);
  });
});

const look = (locator: Locator) =>
  locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      fill: `${s.backgroundColor} / ${s.color}`,
      edge: `${s.borderLeftStyle} ${s.borderLeftWidth} ${s.borderLeftColor}`,
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    };
  });

test.describe('the selection', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('stays marked in forced colours: view button, list entry, timeline item', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`/?view=list&event=${EVENT}`);
    const views = page.getByRole('group', { name: 'View' });
    const pressed = await look(views.getByRole('button', { pressed: true }));
    const unpressed = await look(views.getByRole('button', { pressed: false }));
    expect.soft(pressed.fill, 'the pressed view button looks like the other').not.toBe(unpressed.fill);

    const selected = page.locator(`[data-list-event-id="${EVENT}"]`);
    await expect(selected).toHaveAttribute('aria-current', 'true');
    const entry = await look(selected);
    const neighbour = await look(page.locator('[data-list-event-id]:not([aria-current])').first());
    expect
      .soft([entry.edge, entry.outline], 'the selected entry looks like the others')
      .not.toEqual([neighbour.edge, neighbour.outline]);

    await views.getByRole('button', { name: 'Timeline' }).click();
    // One item per lane the event is in.
    const items = page.locator('.vis-item.tl.vis-selected');
    await expect(items.first()).toBeVisible();
    const other = (await look(page.locator('.vis-item.tl:not(.vis-selected):not(.tl-cluster)').first()))
      .outline;
    for (const item of await items.all()) {
      expect.soft((await look(item)).outline, 'the selected item looks like the others').not.toBe(other);
    }
  });
});

/** The page's own background, on which the rings and marks are drawn: white in the light scheme. */
const pageBackground = (page: Page) => styleOf(page.locator('html'), 'backgroundColor');

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in the ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });

    test('a selected list entry has a mark of at least 3:1 on the page and beside its fill', async ({
      page,
    }) => {
      await page.goto(`/?view=list&event=${EVENT}`);
      const selected = page.locator(`[data-list-event-id="${EVENT}"]`);
      await expect(selected).toHaveAttribute('aria-current', 'true');
      const s = await selected.evaluate((el) => {
        const c = getComputedStyle(el);
        return { width: parseFloat(c.borderLeftWidth), mark: c.borderLeftColor, fill: c.backgroundColor };
      });
      expect(s.width).toBeGreaterThanOrEqual(3);
      expect(contrast(s.mark, await pageBackground(page))).toBeGreaterThanOrEqual(3);
      expect(contrast(s.mark, s.fill)).toBeGreaterThanOrEqual(3);
    });

    test('a selected timeline item has a ring of at least 3:1 on the page and on its fill', async ({
      page,
    }) => {
      // A point item (one day): its ring is drawn around the mark and the words.
      const point = '2025-05-16-istanbul-talks-round-1';
      await page.goto(`/?view=timeline&event=${point}`);
      const selected = page.locator('.vis-item.vis-point.tl.vis-selected .tl-item').first();
      await expect(selected).toBeVisible();
      const s = await selected.evaluate((el) => {
        const c = getComputedStyle(el);
        return { shadow: c.boxShadow, fill: c.backgroundColor };
      });
      const ring = /rgba?\([^)]*\)/.exec(s.shadow)?.[0] ?? '';
      const canvas = await styleOf(page.getByTestId('timeline'), 'backgroundColor');
      expect(contrast(ring, canvas), `${s.shadow} on ${canvas}`).toBeGreaterThanOrEqual(3);
      expect(contrast(ring, s.fill), `${s.shadow} on ${s.fill}`).toBeGreaterThanOrEqual(3);
    });

    test('the focus ring has at least 3:1 on the page and on the backgrounds it is drawn on', async ({
      page,
    }) => {
      await page.goto(`/?view=list&event=${EVENT}`);
      await expect(page.getByTestId('event-panel')).toBeVisible();
      const search = page.getByRole('searchbox', { name: 'Search events' });
      // A text field shows its ring however it got the focus.
      await search.focus();
      const ring = await search.evaluate((el) => getComputedStyle(el).outlineColor);
      expect(await search.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      const backgrounds = {
        'the page': await pageBackground(page),
        'the filter bar': await styleOf(page.locator('.filters'), 'backgroundColor'),
        'the event panel': await styleOf(page.getByTestId('event-panel'), 'backgroundColor'),
        'a selected entry': await styleOf(page.locator(`[data-list-event-id="${EVENT}"]`), 'backgroundColor'),
        'the pressed view button': await styleOf(
          page.getByRole('group', { name: 'View' }).getByRole('button', { pressed: true }),
          'backgroundColor',
        ),
      };
      for (const [name, background] of Object.entries(backgrounds)) {
        expect(contrast(ring, background), `${ring} on ${name} (${background})`).toBeGreaterThanOrEqual(3);
      }
    });

    test("each kind's mark in the Kind menu is in the kind's colour, as in the legend, at 3:1 or more on the menu", async ({
      page,
    }) => {
      await page.goto('/?view=timeline');
      const legend = page.locator('.legend');
      await expect(legend.locator('.legend__mark').first()).toBeVisible();
      const kinds = page.locator('details[data-facet="kinds"]');
      await kinds.locator('summary').click();
      const menu = kinds.locator('.facet__options');
      await expect(menu).toBeVisible();
      const menuFill = await styleOf(menu, 'backgroundColor');
      const marks = menu.locator('.facet__mark');
      expect(await marks.count()).toBeGreaterThanOrEqual(8);
      for (const mark of await marks.all()) {
        const kind = /tl--kind-([\w-]+)/.exec((await mark.getAttribute('class')) ?? '')![1]!;
        const color = await styleOf(mark, 'color');
        const inLegend = await styleOf(legend.locator(`.tl--kind-${kind} .legend__mark`), 'color');
        expect(color, `the ${kind} mark`).toBe(inLegend);
        expect(contrast(color, menuFill), `${color} on ${menuFill}`).toBeGreaterThanOrEqual(3);
      }
    });
  });
}

test('a facet menu is named by its title alone, not by the arrow drawn after it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const menu = page.locator('details[data-facet="kinds"]');
  const summary = menu.locator('summary');
  await expect(summary).toHaveAccessibleName('Kind');
  expect(await menu.ariaSnapshot()).toBe('- group: Kind');
  await summary.click();
  await expect(menu).toHaveAttribute('open');
  await expect(summary).toHaveAccessibleName('Kind');
});
