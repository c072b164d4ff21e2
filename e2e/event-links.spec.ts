import { expect, test } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

const ID = '2025-10-budapest-summit';
const event = builtDataset().events.find((e) => e.id === ID)!;

// A link pasted into chat or mail picks up the sentence's full stop, a bracket around it, a slash; a hand
// copying it may change the capitals. A mail program may break a long address with a zero-width space
// (%E2%80%8B) or a soft hyphen (%C2%AD) inside the id, and a pasted mark of direction (%E2%80%AE) comes
// along unseen.
const written = [
  `${ID}.`,
  `${ID})`,
  `${ID}/`,
  `${ID}%20`,
  `${ID}).`,
  '2025-10-BUDAPEST-summit',
  '2025-10-Budapest-Summit.',
  '2025-10-buda%E2%80%8Bpest-summit',
  '2025-10-budapest-sum%C2%ADmit',
  '%E2%80%AE2025-10-budapest-summit',
];

for (const id of written) {
  test(`a link to ${id} opens the event it means, without a notice`, async ({ page }) => {
    expect(event, `${ID} is in the dataset`).toBeDefined();
    await openApp(page, `/?event=${id}`);
    const panel = page.getByTestId('event-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
    await expect(page.getByTestId('notices')).toHaveCount(0);
    // The address then holds the id as the dataset writes it, to be shared on.
    await expect(page).toHaveURL(new RegExp(`/\\?event=${ID}$`));
  });
}

test('a link to an id one slip away offers the event it nearly names, and opens it on request', async ({
  page,
}) => {
  await openApp(page, '/?event=2025-10-budapest-sumit');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText(
    `The event “2025-10-budapest-sumit” in the link was not found. Did you mean “${ID}”?`,
  );
  await expect(notices).not.toContainText('renamed or removed');
  await expect(page.getByTestId('event-panel')).toHaveCount(0);

  await notices.getByRole('link', { name: 'Open it' }).click();
  const panel = page.getByTestId('event-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(notices).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/\\?event=${ID}$`));
});

test('a link to an id far from any other still says it may have been renamed or removed', async ({
  page,
}) => {
  await openApp(page, '/?event=1999-01-01-nothing-like-it.');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText(
    'The event “1999-01-01-nothing-like-it.” in the link was not found; it may have been renamed or removed.',
  );
  await expect(notices.getByRole('link', { name: 'Open it' })).toHaveCount(0);
});
