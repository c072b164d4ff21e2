import { expect, test } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

// On a phone the event panel is a sheet over the lower three quarters of the screen, and the list that
// "Show this thread" narrows is under it. Before, a tap on the button changed nothing the reader could
// see: the button and the words beside it stayed as they were, and a second tap did nothing either.
// The button now shows that the thread is on (pressed, the words beside it saying what is shown), and
// a second tap shows all the events again.

const dataset = builtDataset();
const total = dataset.events.length;
const summit = '2025-10-budapest-summit';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('"Show this thread" shows on the sheet that the thread is shown, and a second tap shows all again', async ({
  page,
}) => {
  await openApp(page, `/?view=list&event=${summit}`);
  const panel = page.getByTestId('event-panel');
  const show = panel.getByRole('button', { name: 'Show this thread' });
  const row = panel.locator('.panel__thread');
  await show.scrollIntoViewIfNeeded();
  const before = (await row.textContent())!;
  const size = Number(/(\d+) events/.exec(before)![1]);
  const look = () =>
    show.evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.backgroundColor} ${style.color}`;
    });
  const unpressed = await look();
  await expect(show).toHaveAttribute('aria-pressed', 'false');

  await show.tap();
  await expect(page.getByTestId('showing')).toHaveText(`Showing ${size} of ${total} events`);
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(row).toHaveText(`Show this thread Shown: ${size} events`);
  // Pressed, it looks it: not only to a screen reader.
  await expect.poll(look).not.toBe(unpressed);
  await expect(show).toBeInViewport();

  await show.tap();
  await expect(page.getByTestId('showing')).toHaveText(`Showing ${total} of ${total} events`);
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await expect(row).toHaveText(before);
  await expect(page).not.toHaveURL(/[?&]thread=/);
  await expect(page.getByTestId('event-panel')).toBeVisible();
});
