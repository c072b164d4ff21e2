import { expect, type Page } from '@playwright/test';

/** The timeline's window as the page holds it (data-window-start and -end on its canvas). */
export async function visibleWindow(page: Page): Promise<{ start: number; end: number }> {
  const canvas = page.getByTestId('timeline');
  return {
    start: Number(await canvas.getAttribute('data-window-start')),
    end: Number(await canvas.getAttribute('data-window-end')),
  };
}

/** Resolves once the window is set and has stopped moving: the same for a few frames running. */
export async function settled(page: Page): Promise<{ start: number; end: number }> {
  let last = await visibleWindow(page);
  await expect
    .poll(async () => {
      await page.waitForTimeout(300);
      const now = await visibleWindow(page);
      const still = now.end > 0 && now.start === last.start && now.end === last.end;
      last = now;
      return still;
    })
    .toBe(true);
  return last;
}
