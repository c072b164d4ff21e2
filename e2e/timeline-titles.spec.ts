import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';

test.use({ viewport: { width: 1366, height: 768 } });

/** Pairs of items of one lane whose boxes overlap: stacking them by the wrong sizes draws them over each other. */
const overlaps = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const lane of document.querySelectorAll('.vis-foreground .vis-group')) {
      const boxes = [...lane.querySelectorAll<HTMLElement>('.vis-item')]
        .filter((item) => item.querySelector('[data-event-id]'))
        .map((item) => ({
          id: item.querySelector<HTMLElement>('[data-event-id]')!.dataset.eventId!,
          box: item.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width > 0);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
            found.push(`${boxes[i]!.id} / ${boxes[j]!.id}`);
        }
    }
    return found;
  });

const timelineHeight = async (page: Page) => (await page.locator('.vis-timeline').boundingBox())!.height;
const anchorage = (page: Page) => page.locator('.vis-item [data-event-id="2025-08-15-anchorage-summit"]');

test('zoomed out, events are drawn as marks and the lanes stay short; zoomed in, the titles come back', async ({
  page,
}) => {
  await openApp(page, '/?view=timeline');
  await expect(anchorage(page)).toBeVisible();
  // The whole chronology: every event's title would stack the lanes about 4,500 px deep.
  await expect(page.getByTestId('timeline-marks-hint')).toBeVisible();
  await expect(anchorage(page).locator('.tl-item__title')).toBeHidden();
  await expect(anchorage(page).locator('.tl-item__mark')).toBeVisible();
  expect(await timelineHeight(page)).toBeLessThan(2 * 768);
  // Each mark still names its event, and its tooltip gives the title.
  await expect(anchorage(page)).toHaveAccessibleName(/^Trump–Putin summit in Anchorage, Alaska\. Summit/);
  await anchorage(page).hover();
  await expect(page.getByRole('tooltip')).toContainText('Trump–Putin summit in Anchorage, Alaska');
  expect(await overlaps(page)).toEqual([]);

  // A search leaves few events: their titles fit, drawn again at their full width without overlaps.
  await page.getByLabel('Search events').fill('Istanbul');
  await expect(page.getByTestId('timeline-marks-hint')).toBeHidden();
  const first = page.locator('.vis-item [data-event-id="2025-05-16-istanbul-talks-round-1"] .tl-item__title');
  await expect(first).toBeVisible();
  await expect.poll(() => overlaps(page)).toEqual([]);

  // Back to every event: marks again, stacked again by their own size.
  await page.getByLabel('Search events').fill('');
  await expect(page.getByTestId('timeline-marks-hint')).toBeVisible();
  await expect.poll(() => overlaps(page)).toEqual([]);
  expect(await timelineHeight(page)).toBeLessThan(2 * 768);

  // Zoomed in on one summer, there is room for the titles.
  await page.goto('/?view=timeline&from=2025-06&to=2025-09');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(anchorage(page).locator('.tl-item__title')).toBeVisible();
  await expect(page.getByTestId('timeline-marks-hint')).toBeHidden();
  await expect.poll(() => overlaps(page)).toEqual([]);
});

/**
 * The boxes a finger can tap to open an event (its item, with the mark's link where that reaches past a
 * period's narrow band), of those drawn, and the pairs of them that overlap.
 */
const tapTargets = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.vis-foreground .vis-item.tl')]
      .filter((item) => item.getBoundingClientRect().width > 0 && item.querySelector('[data-event-id]'))
      .map((item) => {
        const a = item.getBoundingClientRect();
        const link = item.querySelector<HTMLElement>('[data-event-id]')!;
        const b = link.getBoundingClientRect();
        const box = {
          left: Math.min(a.left, b.left),
          right: Math.max(a.right, b.right),
          top: Math.min(a.top, b.top),
          bottom: Math.max(a.bottom, b.bottom),
        };
        return { id: link.dataset.eventId!, ...box };
      });
    const small = boxes
      .filter((b) => b.right - b.left < 23.5 || b.bottom - b.top < 23.5)
      .map((b) => `${b.id} ${Math.round(b.right - b.left)}×${Math.round(b.bottom - b.top)}`);
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5
        )
          overlapping.push(`${a.id} / ${b.id}`);
      }
    return { count: boxes.length, small, overlapping };
  });

// With titles every event's item stacked the lanes about 7,700 px deep upright; with marks of 28 px and
// vis-timeline's margins, 3.8 screens upright and 5.2 on its side. Packed edge to edge, each mark a box of
// 24 px (WCAG 2.5.8's smallest target), they take what is measured here: no smaller, since a lane's rows
// are as many as the marks that fall within 25 px of each other, which no packing changes.
for (const [viewport, screens] of [
  [{ width: 375, height: 667 }, 2.5],
  [{ width: 667, height: 375 }, 3.25],
] as const)
  test.describe(`on a ${viewport.width} × ${viewport.height} phone`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test(`the whole chronology is at most ${screens} screens tall, each mark a target of 24 px`, async ({
      page,
    }) => {
      await openApp(page, '/?view=timeline');
      await expect(anchorage(page)).toBeVisible();
      await expect(page.getByTestId('timeline-marks-hint')).toBeVisible();
      await expect.poll(() => timelineHeight(page)).toBeLessThan(screens * viewport.height);
      expect(await overlaps(page)).toEqual([]);
      const targets = await tapTargets(page);
      expect(targets.count).toBeGreaterThan(200);
      expect(targets.small).toEqual([]);
      expect(targets.overlapping).toEqual([]);
    });
  });

// Opening the event panel narrows the timeline. At a span where the titles fit its whole width but not
// the half beside the panel, the items turned to marks as an event opened, and back to titles as it
// closed: the item just clicked changed shape under the pointer, and the lanes jumped in height.
test('opening and closing an event leaves the items as they were: titles stay titles', async ({ page }) => {
  await openApp(page, '/?view=timeline&span=2025-03-01,2025-12-01');
  const item = page.locator('.vis-item [data-event-id="2025-05-16-istanbul-talks-round-1"]');
  await expect(item.locator('.tl-item__title')).toBeVisible();
  await expect(page.getByTestId('timeline-marks-hint')).toBeHidden();
  const drawing = page.locator('[data-testid="timeline"] .vis-panel.vis-center');
  const wide = (await drawing.boundingBox())!.width;
  const size = async () => {
    const box = (await item.boundingBox())!;
    return { width: Math.round(box.width), height: Math.round(box.height) };
  };
  const before = await size();

  await item.click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  // Drawn at the width the panel leaves it.
  await expect.poll(async () => (await drawing.boundingBox())!.width).toBeLessThan(0.7 * wide);
  await page.waitForTimeout(300);
  await expect(item.locator('.tl-item__title')).toBeVisible();
  await expect(page.getByTestId('timeline-marks-hint')).toBeHidden();
  expect(await size()).toEqual(before);

  await page.getByRole('button', { name: 'Close the event details' }).click();
  await expect(page.getByTestId('event-panel')).toBeHidden();
  await expect.poll(async () => (await drawing.boundingBox())!.width).toBe(wide);
  await page.waitForTimeout(300);
  await expect(item.locator('.tl-item__title')).toBeVisible();
  expect(await size()).toEqual(before);
});

// The titles kept as the panel opens can stack the half of the drawing it leaves past two screens (at nine
// months on a laptop, 1,864 px): the reader's next zoom chooses again, for the drawing beside the panel.
test('with an event open, a zoom chooses titles or marks for the drawing beside the panel', async ({
  page,
}) => {
  await openApp(page, '/?view=timeline&span=2025-03-01,2025-12-01');
  const item = page.locator('.vis-item [data-event-id="2025-05-16-istanbul-talks-round-1"]');
  await item.click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(item.locator('.tl-item__title')).toBeVisible();
  expect(await timelineHeight(page)).toBeGreaterThan(2 * 768);

  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.getByTestId('timeline-marks-hint')).toBeVisible();
  await expect.poll(() => timelineHeight(page)).toBeLessThan(2 * 768);
  await expect(page.getByTestId('event-panel')).toBeVisible();
});
