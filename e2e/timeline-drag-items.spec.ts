import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/open-app';
import { settled, visibleWindow } from './support/timeline-window';

// A drag begun on an event's title pans the timeline as one begun on the empty lanes does. Before, it
// opened the event pressed (the drag carried it along under the pointer, and the release clicked it), or
// it did not move the timeline at all: the browser dragged the item's link away instead.

test.use({ viewport: { width: 1280, height: 800 } });

const SPAN = '/?span=2022-03-01,2022-09-01';

async function opened(page: Page) {
  await openApp(page, SPAN);
  await expect(page.locator('.vis-item a.tl-item').first()).toBeVisible();
  // The opening window is settled: a drag starts from it.
  await expect.poll(async () => (await visibleWindow(page)).end).toBeGreaterThan(0);
}

for (const dx of [300, -300]) {
  test(`a drag of ${dx} px begun on an event's title moves the timeline and opens no event`, async ({
    page,
  }) => {
    await opened(page);
    const ids = await page
      .locator('.vis-item a.tl-item')
      .evaluateAll((items) => items.slice(0, 3).map((a) => (a as HTMLElement).dataset.eventId!));
    expect(ids).toHaveLength(3);
    const drawing = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    for (const id of ids) {
      await openApp(page, SPAN);
      const item = page.locator(`.vis-item a[data-event-id="${id}"]`);
      await expect(item).toBeVisible();
      const before = await settled(page);
      const box = (await item.locator('.tl-item__title').boundingBox())!;
      const [x, y] = [box.x + 10, box.y + box.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y, { steps: 12 });
      await page.mouse.up();
      // Dragged right, the timeline shows earlier dates, by the time the pointer travelled over.
      const shift = (-dx / drawing.width) * (before.end - before.start);
      await expect
        .poll(async () => ((await visibleWindow(page)).start - before.start) / shift, { message: id })
        .toBeGreaterThan(0.8);
      expect(((await visibleWindow(page)).start - before.start) / shift, id).toBeLessThan(1.2);
      await page.waitForTimeout(300);
      expect(new URL(page.url()).searchParams.get('event'), id).toBeNull();
      await expect(page.getByTestId('event-panel'), id).toHaveCount(0);
    }
    // A click, with no move, still opens the event under the pointer.
    await openApp(page, SPAN);
    const last = page.locator(`.vis-item a[data-event-id="${ids[2]}"]`);
    await last.click();
    await expect(page).toHaveURL(new RegExp(`event=${ids[2]}`));
    await expect(page.getByTestId('event-panel')).toBeVisible();
  });
}

test('the browser does not drag an event’s link away from the timeline', async ({ page }) => {
  await opened(page);
  await expect(page.locator('.vis-item a.tl-item').first()).toHaveAttribute('draggable', 'false');
});
