import { expect, test } from '@playwright/test';
import { builtDataset } from './support/dataset';
import { openApp } from './support/open-app';

const dataset = builtDataset();
const tagLabel = (tag: string) => tag.replace(/-/g, ' ');

// An event whose disagreeing accounts cite two articles of one publisher, and whose cancellation has a source.
const event = dataset.events.find(
  (e) =>
    e.statusChange?.source &&
    e.discrepancies?.some((d) =>
      d.accounts.some(
        (a) =>
          e.sources.filter((s) => s.publisher === e.sources.find((t) => t.url === a.source)?.publisher)
            .length > 1,
      ),
    ),
)!;

test('each disputed claim and the reason for a cancellation link to the very article that makes them', async ({
  page,
}) => {
  expect(event, 'the dataset has an event to test this with').toBeDefined();
  await openApp(page, `/?event=${event.id}`);
  const panel = page.getByTestId('event-panel');
  const number = (url: string) => event.sources.findIndex((s) => s.url === url) + 1;

  const accounts = event.discrepancies!.flatMap((d) => d.accounts);
  const items = panel.locator('dt:text-is("Sources disagree") + dd li li');
  await expect(items).toHaveCount(accounts.length);
  for (const [i, account] of accounts.entries()) {
    const item = items.nth(i);
    await expect(item).toContainText(account.claim);
    await expect(item).toContainText(`source ${number(account.source)})`);
    await expect(item.getByRole('link')).toHaveAttribute('href', account.source);
  }

  const why = panel.locator('p', { hasText: /^Why / });
  await expect(why).toContainText(`source ${number(event.statusChange!.source!)})`);
  await expect(why.getByRole('link')).toHaveAttribute('href', event.statusChange!.source!);
});

test("an event's tag and party filter the events by it, and say so", async ({ page }) => {
  const tagged = dataset.events.find((e) => e.tags?.includes('prisoner-exchange'))!;
  await openApp(page, `/?event=${tagged.id}&view=list`);
  const panel = page.getByTestId('event-panel');
  await panel.getByRole('button', { name: `${tagLabel('prisoner-exchange')}: filter by this tag` }).click();
  const withTag = dataset.events.filter((e) => e.tags?.includes('prisoner-exchange')).length;
  await expect(page.getByTestId('showing')).toHaveText(
    `Showing ${withTag} of ${dataset.events.length} events`,
  );
  await expect(page).toHaveURL(/[?&]tag=prisoner-exchange(&|$)/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Filtered by tag: prisoner exchange.' }),
  ).toHaveCount(1);

  const party = tagged.parties[0]!;
  const name = dataset.vocabulary.parties[party]!.name;
  await panel.getByRole('button', { name: `${name}: filter by this party` }).click();
  const both = dataset.events.filter(
    (e) => e.tags?.includes('prisoner-exchange') && e.parties.includes(party),
  );
  await expect(page.getByTestId('showing')).toHaveText(
    `Showing ${both.length} of ${dataset.events.length} events`,
  );
  await expect(page.getByRole('status').filter({ hasText: `Filtered by party: ${name}.` })).toHaveCount(1);
  // The panel stays on the event, which the filters still show.
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(tagged.title);
});

test('a party added to "all chosen parties" says that the events now need each of them', async ({ page }) => {
  const involving = (e: (typeof dataset.events)[number]) =>
    e.parties.includes('US') && e.parties.includes('RU');
  const meeting = dataset.events.find(involving)!;
  await openApp(page, `/?view=list&party=US&partymode=all&event=${meeting.id}`);
  const panel = page.getByTestId('event-panel');
  await panel.getByRole('button', { name: 'Russia: filter by this party' }).click();
  await expect(page.getByTestId('showing')).toHaveText(
    `Showing ${dataset.events.filter(involving).length} of ${dataset.events.length} events`,
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Filtered by parties: both United States and Russia.' }),
  ).toHaveCount(1);
});

test('a title with quotation marks is cited as it is, as APA gives the title of an entry', async ({
  page,
}) => {
  const quoted = dataset.events.find((e) => /["“]/.test(e.title))!;
  expect(quoted, 'the dataset has a title with quotation marks').toBeDefined();
  await openApp(page, `/?event=${quoted.id}`);
  await page.getByRole('button', { name: 'Cite this event' }).click();
  await expect(page.getByRole('dialog').locator('[data-format="Citation"]')).toHaveValue(
    new RegExp(`\\)\\. ${quoted.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[Data set entry\\]\\.`),
  );
});

test('each source title is marked with its language, for a screen reader to read it as such', async ({
  page,
}) => {
  // An event with sources in more than one language: the seed article is Indonesian.
  const mixed = dataset.events.find((e) => new Set(e.sources.map((s) => s.language)).size > 1)!;
  expect(mixed, 'the dataset has an event with sources in two languages').toBeDefined();
  await openApp(page, `/?event=${mixed.id}`);
  const titles = page.getByTestId('event-panel').locator('.source > a bdi');
  await expect(titles).toHaveCount(mixed.sources.length);
  expect(await titles.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual(
    mixed.sources.map((s) => s.language),
  );
});

test('a comma between parties or tags ends the line of the one before it, never begins a line', async ({
  page,
}) => {
  // At 1440 × 900 the tags of the first Istanbul round fill their line just before "ceasefire".
  const round = dataset.events.find((e) => e.id === '2025-05-16-istanbul-talks-round-1')!;
  expect(round.tags!.length).toBeGreaterThan(2);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, `/?event=${round.id}`);
  const tags = page.getByTestId('event-panel').locator('dt:text-is("Tags") + dd');
  await expect(tags).toHaveText(round.tags!.map(tagLabel).join(', '));
  // Where each comma is drawn: right after its tag, on that tag's last line.
  const places = await tags.evaluate((dd) =>
    [...dd.querySelectorAll('li')].slice(0, -1).map((li) => {
      const comma = document.createRange();
      const walk = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      let text: Node | null = null;
      while (!text && walk.nextNode())
        if (walk.currentNode.textContent!.includes(',')) text = walk.currentNode;
      if (!text) return null;
      comma.setStart(text, text.textContent!.indexOf(','));
      comma.setEnd(text, text.textContent!.indexOf(',') + 1);
      const c = comma.getBoundingClientRect();
      const b = li.querySelector('button')!.getBoundingClientRect();
      return {
        sameLine: c.top + c.height / 2 > b.bottom - 24 && c.top + c.height / 2 < b.bottom,
        after: c.left >= b.right - 1,
      };
    }),
  );
  expect(places).toEqual(places.map(() => ({ sameLine: true, after: true })));
});
