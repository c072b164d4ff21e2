import { expect, type Page } from '@playwright/test';

/** Opens the built app at `path` and waits until the dataset has loaded (its summary is shown). */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('dataset-summary')).toBeVisible();
}
