import { expect, test, type Page } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// A keyboard-only reader and a screen-reader user on the real dataset: what each Tab stop shows, and
// what a live region says after an action, once. Each test here failed before its fix.

const dataset = builtDataset();
const total = dataset.events.length;

/** The ring drawn around the focused element: its outline, as the page's style sheets give it. */
const ring = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { what: el.outerHTML.slice(0, 80), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });

for (const scheme of ['light', 'dark'] as const) {
  test(`in the ${scheme} scheme every Tab stop of the date boxes shows the focus ring, their picker buttons too`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, '/');
    await page.getByRole('searchbox', { name: 'Search events' }).focus();
    // Chromium's month box is three stops (month, year, the picker's button): from "From" to "Kind".
    const kind = page.locator('details[data-facet="kinds"] summary');
    for (let step = 1; step <= 10; step++) {
      await page.keyboard.press('Tab');
      if (await kind.evaluate((s) => s === document.activeElement)) break;
      const now = await ring(page);
      expect(now.style, `Tab ×${step}: ${now.what}`).toBe('solid');
      expect(now.width, `Tab ×${step}: ${now.what}`).toBeGreaterThanOrEqual(2);
    }
    await expect(kind).toBeFocused();
  });
}

/** Every text the page's live regions take on from now, in order. */
async function recordLiveRegions(page: Page) {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const live = () =>
      [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].filter(
        (el) => el.getAttribute('aria-live') !== 'off',
      );
    // Words put in anew are said again, though they are the words that were there (the app's announcer).
    const seen = new Map<Element, { text: string; nodes: Node[] }>();
    const look = () => {
      for (const el of live()) {
        const text = (el.textContent ?? '').trim();
        const nodes = [...el.childNodes];
        const before = seen.get(el);
        const anew = !before || before.text !== text || nodes.some((n) => !before.nodes.includes(n));
        if (text !== '' && anew) said.push(text);
        seen.set(el, { text, nodes });
      }
    };
    look();
    said.length = 0;
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('typing a search says the count once, when the typing stops, not at each keystroke', async ({
    page,
  }) => {
    await openApp(page, '/?view=list');
    const box = page.getByRole('searchbox', { name: 'Search events' });
    await box.focus();
    const said = await recordLiveRegions(page);
    await page.keyboard.type('zelensky', { delay: 120 });
    const shown = Number(/Showing (\d+)/.exec((await page.getByTestId('showing').textContent())!)![1]);
    expect(shown).toBeLessThan(total);
    await expect.poll(said).toEqual([`Showing ${shown} of ${total} events`]);
    // A filter chosen in a menu is said at once.
    const kind = page.locator('details[data-facet="kinds"]');
    await kind.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await said()).length).toBe(2);
    expect((await said())[1]).toMatch(/^Showing \d+ of \d+ events$/);
  });

  test('"Show this thread" says the thread and its count once', async ({ page }) => {
    const summit = '2025-08-15-anchorage-summit';
    await openApp(page, `/?view=list&event=${summit}`);
    const said = await recordLiveRegions(page);
    const show = page.getByTestId('event-panel').getByRole('button', { name: 'Show this thread' });
    await show.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('showing')).not.toHaveText(`Showing ${total} of ${total} events`);
    await page.waitForTimeout(1500);
    const heard = await said();
    const counts = heard.filter((text) => /\b\d+ events\b/.test(text));
    expect(counts, heard.join(' / ')).toHaveLength(1);
    await expect(show).toBeFocused();
  });
  test('each toolbar button says the span it leaves, once, Fit all where the timeline already fits too', async ({
    page,
  }) => {
    await openApp(page, '/?view=timeline');
    await expect(page.locator('.vis-item [data-event-id]').first()).toBeVisible();
    const said = await recordLiveRegions(page);
    const toolbar = page.getByRole('toolbar', { name: 'Timeline navigation' });
    // The timeline opens fitted: Fit all leaves it where it is, and says so.
    const presses = ['Fit all', 'Zoom in', 'Fit all', 'Latest'];
    for (const [i, name] of presses.entries()) {
      await toolbar.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await said()).length, `after ${name}`).toBe(i + 1);
      await page.waitForTimeout(700);
      expect(await said(), `after ${name}`).toHaveLength(i + 1);
      expect((await said())[i], `after ${name}`).toMatch(/^The timeline shows /);
    }
  });
});

/** The focused timeline item: its event, its lane (by position from the top) and its start on the screen. */
const focusedItem = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const group = el.closest('.vis-foreground > .vis-group');
    const lanes = group ? [...group.parentElement!.children] : [];
    return {
      id: el.dataset.eventId ?? el.dataset.clusterId ?? null,
      lane: group ? lanes.indexOf(group) : -1,
    };
  });

for (const [device, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a laptop', { width: 1280, height: 800 }],
] as const) {
  test(`on ${device}, Tab goes on through the timeline's items, lane by lane in date order, never back to one passed`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // A window with items drawn off both edges: following the focus to one moves the window.
    await openApp(page, '/?view=timeline&event=2025-08-15-anchorage-summit&span=2025-08-15,2026-02-11');
    await expect(page.getByTestId('event-panel')).toBeVisible();
    const start = new Map(dataset.events.map((e) => [e.id, e.start]));
    await page.locator('.timeline__skip').focus();
    const passed: { id: string | null; lane: number }[] = [];
    for (let step = 1; step <= 25; step++) {
      await page.keyboard.press('Tab');
      const now = await focusedItem(page);
      if (now.lane === -1) break;
      const where = `Tab ×${step}: ${passed.map((p) => `${p.lane}:${p.id}`).join(' → ')} → ${now.lane}:${now.id}`;
      expect(
        passed.some((p) => p.id === now.id && p.lane === now.lane),
        where,
      ).toBe(false);
      const last = passed.at(-1);
      if (last && last.lane === now.lane && start.has(now.id!) && start.has(last.id!))
        expect(start.get(now.id!)! >= start.get(last.id!)!, where).toBe(true);
      if (last) expect(now.lane, where).toBeGreaterThanOrEqual(last.lane);
      passed.push(now);
    }
    expect(passed.length).toBeGreaterThan(3);
  });
}
