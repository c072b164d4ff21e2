import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CSP_META_POLICY } from '../scripts/lib/vite-plugin-csp.ts';
import { builtAssets } from './support/built-assets.ts';
import { builtDataset } from './support/dataset.ts';
import { hostileTexts, payload, plantHostileEvent } from './support/hostile-event.ts';
import { expectNotBlank, findInjectedTraces, guardPage } from './support/page-guards.ts';
import { walkThrough } from './support/walk-through.ts';

// What app-shell.spec.ts and timeline.spec.ts already cover (a 404, HTML, one truncation, an array, a 500,
// a held request, one malformed event, markup in title/summary/one source) is not repeated here.

const DATA = '**/data/events.json';
const dataset = builtDataset();
const json = (body: string) => ({ status: 200, contentType: 'application/json', body });

test.describe('content security policy and requests', () => {
  test('the built page sets the policy before any script or stylesheet', async ({ page }) => {
    await page.goto('/');
    const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
    await expect(meta, 'the build adds the policy (cspPlugin in vite.config.ts)').toHaveCount(1);
    await expect(meta).toHaveAttribute('content', CSP_META_POLICY);
    const beforeMeta = await meta.evaluate((el) =>
      [...document.querySelectorAll('script, link[rel="stylesheet"], style')]
        .filter((other) => !(el.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING))
        .map((other) => other.outerHTML),
    );
    expect(beforeMeta).toEqual([]);
  });

  test('a walk through the app breaks no CSP rule and asks nothing of another origin', async ({ page }) => {
    const guards = await guardPage(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await walkThrough(page);
    await page.waitForLoadState('networkidle');
    const origin = new URL(page.url()).origin;
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url.endsWith('/data/events.json'))).toBe(true);
    expect(await guards.violations()).toEqual([]);
    expect(guards.errors).toEqual([]);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the chronology still shows without a network', async ({ page, context }) => {
    const guards = await guardPage(page);
    await page.goto('/?view=list');
    await expect(page.locator('[data-list-event-id]')).toHaveCount(dataset.events.length);
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), {
        message: 'registerServiceWorker() is called from src/main.tsx',
      })
      .toBe(true);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Installing stored every file of the build, the chunks of views not opened yet included.
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const lists = await Promise.all(names.map(async (n) => (await caches.open(n)).keys()));
      return lists.flat().map((r) => new URL(r.url).pathname);
    });
    expect(stored).toEqual(
      expect.arrayContaining([
        '/',
        '/data/events.json',
        '/data/event.schema.json',
        ...builtAssets().map((f) => `/assets/${f}`),
      ]),
    );
    // A worker controls the pages loaded after it, not the one that registered it.
    await page.reload();
    await expect(page.locator('[data-list-event-id]')).toHaveCount(dataset.events.length);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length} events`);
    await expect(page.locator('[data-list-event-id]')).toHaveCount(dataset.events.length);
    // The timeline's code is a chunk of its own, which this page has not loaded before going offline.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    // A shared link works offline too: the query string is view state, not another page.
    const id = dataset.events.at(-1)!.id;
    await page.goto(`/?event=${encodeURIComponent(id)}`);
    await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(
      dataset.events.at(-1)!.title,
    );
    expect(guards.errors).toEqual([]);
    // The About section offers the dataset and its schema to download: both links work offline.
    // Saved as files: the app stays in its tab.
    const app = page.url();
    for (const [name, file, saved] of [
      ['the full dataset (JSON)', '/data/events.json', `diplomatic-timeline-${dataset.version}.json`],
      ['its JSON Schema', '/data/event.schema.json', 'diplomatic-timeline-event.schema.json'],
    ] as const) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', file);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(saved);
      expect(await download.failure(), `${file} offline`).toBeNull();
      expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(
        JSON.parse(readFileSync(`${process.env.E2E_DIST ?? 'dist'}${file}`, 'utf8')),
      );
      expect(page.url()).toBe(app);
    }
    await expect(page.getByTestId('event-panel')).toBeVisible();
  });
});

test.describe("the timeline's code", () => {
  test('when it never arrives, the data is shown anyway, with the timeline marked as loading', async ({
    page,
  }) => {
    // Held for ever: neither answered nor failed.
    await page.route('**/assets/TimelineView-*.js', () => undefined);
    await page.goto('/');
    await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length} events`);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline…' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeEnabled();
  });
});

test.describe("the event panel's code", () => {
  test('arrives while the page is idle, before a first click needs it', async ({ page }) => {
    const panelCode = page.waitForResponse(/\/assets\/EventPanel-[\w-]+\.js$/);
    await page.goto('/');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    expect((await panelCode).ok()).toBe(true);
  });

  test('when it is slow, an event opened by a link shows as loading, then opens', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/EventPanel-*.js', async (route) => {
      await held;
      await route.continue();
    });
    const event = dataset.events[0]!;
    await page.goto(`/?event=${encodeURIComponent(event.id)}`);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the event…' })).toBeVisible();
    release();
    await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(event.title);
  });
});

test.describe('a broken data file', () => {
  const wrongShapes = [
    '{}',
    '{"events":"x"}',
    '{"version":1,"events":[]}',
    'null',
    '"events"',
    '{"version":"1","events":[],"vocabulary":{}}',
  ];
  for (const body of wrongShapes) {
    test(`${body} is reported as the wrong shape`, async ({ page }) => {
      const guards = await guardPage(page);
      await page.route(DATA, (route) => route.fulfill(json(body)));
      await page.goto('/');
      await expect(page.getByRole('alert').getByRole('heading')).toHaveText(/wrong shape/i);
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
      await expectNotBlank(page);
      expect(guards.errors).toEqual([]);
    });
  }

  const cut = JSON.stringify(dataset);
  test('an empty file is reported as empty', async ({ page }) => {
    const guards = await guardPage(page);
    await page.route(DATA, (route) => route.fulfill(json('')));
    await page.goto('/');
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText('The data file is empty.');
    await expectNotBlank(page);
    expect(guards.errors).toEqual([]);
  });

  const damaged: [string, { status: number; body: string | Buffer; contentType?: string }][] = [
    ['the real file cut in half', json(cut.slice(0, Math.floor(cut.length / 2)))],
    [
      'binary',
      {
        status: 200,
        contentType: 'application/json',
        body: Buffer.from([0x1f, 0x8b, 0x08, 0xff, 0xfe, 0x00]),
      },
    ],
  ];
  for (const [name, response] of damaged) {
    test(`a file that is ${name} is reported as damaged`, async ({ page }) => {
      const guards = await guardPage(page);
      await page.route(DATA, (route) => route.fulfill(response));
      await page.goto('/');
      await expect(page.getByRole('alert').getByRole('heading')).toHaveText(/damaged/i);
      await expectNotBlank(page);
      expect(guards.errors).toEqual([]);
    });
  }

  test('a request that fails on the network says the data could not be reached', async ({ page }) => {
    const guards = await guardPage(page);
    await page.route(DATA, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText(/could not be reached/i);
    await expectNotBlank(page);
    expect(guards.errors).toEqual([]);
  });

  test('a file whose every event is malformed says so and shows an empty chronology', async ({ page }) => {
    const guards = await guardPage(page);
    const events = [1, 'x', null, {}, { id: 'no-title' }];
    await page.route(DATA, (route) => route.fulfill(json(JSON.stringify({ ...dataset, events }))));
    await page.goto('/?view=list');
    await expect(page.getByTestId('dataset-summary')).toContainText('0 events');
    await expect(page.getByText(`${events.length} events in the data file could not be shown`)).toBeVisible();
    await expect(page.getByText('“no-title”')).toBeVisible();
    await expectNotBlank(page);
    expect(guards.errors).toEqual([]);
  });

  test('more malformed events than the notice names are counted, for the eye and a screen reader', async ({
    page,
  }) => {
    const guards = await guardPage(page);
    const events = [...dataset.events, ...Array.from({ length: 57 }, (_, i) => ({ id: `broken-${i}` }))];
    await page.route(DATA, (route) => route.fulfill(json(JSON.stringify({ ...dataset, events }))));
    await page.goto('/?view=list');
    const notice = page.getByRole('status').filter({ hasText: 'could not be shown' });
    await expect(notice).toContainText('57 events in the data file could not be shown');
    await expect(notice.getByRole('listitem')).toHaveCount(20);
    await expect(notice.locator('ul + p')).toHaveText('…and 37 more, 57 in all');
    // What assistive technology is given: the words without the ellipsis.
    expect(await notice.locator('ul + p').ariaSnapshot()).toBe('- paragraph: and 37 more, 57 in all');
    expect(guards.errors).toEqual([]);
  });

  test('a very slow file shows progress all the while, then the data', async ({ page }) => {
    const guards = await guardPage(page);
    // At least five seconds, and never before the checks below are done, however slow the machine.
    let checked!: () => void;
    const done = new Promise<void>((resolve) => (checked = resolve));
    await page.route(DATA, async (route) => {
      await Promise.all([done, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await route.continue();
    });
    await page.goto('/');
    const loading = page.getByRole('status').filter({ hasText: 'Loading the chronology' });
    for (const wait of [0, 1500, 1500]) {
      await page.waitForTimeout(wait);
      await expect(loading).toBeVisible();
      await expect(loading.getByRole('progressbar', { name: 'Loading the data' })).toBeVisible();
      await expectNotBlank(page);
    }
    checked();
    await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length} events`, {
      timeout: 15_000,
    });
    await expect(loading).toHaveCount(0);
    expect(guards.errors).toEqual([]);
  });

  test('an event whose kind, status or track is a name every object has is left out, not a crash', async ({
    page,
  }) => {
    const guards = await guardPage(page);
    const odd = { kind: '__proto__', status: 'toString', track: 'constructor' };
    const events = dataset.events.map((e, i) => {
      const field = Object.keys(odd)[i];
      return field ? { ...e, [field]: odd[field as keyof typeof odd] } : e;
    });
    await page.route(DATA, (route) => route.fulfill(json(JSON.stringify({ ...dataset, events }))));
    const kept = dataset.events[3]!;
    for (const view of ['/', '/?view=list', `/?event=${encodeURIComponent(kept.id)}`]) {
      await page.goto(view);
      await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length - 3} events`);
      await expect(page.getByText('3 events in the data file could not be shown')).toBeVisible();
      await expect(page.getByText('"track" cannot be "constructor"')).toBeVisible();
      await expectNotBlank(page);
    }
    await expect(page.getByTestId('event-panel').getByRole('heading', { level: 2 })).toHaveText(kept.title);
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    expect(guards.errors).toEqual([]);
  });

  test('an id, a relation or a vocabulary name that a hand-edited file gets wrong is no crash', async ({
    page,
  }) => {
    const guards = await guardPage(page);
    const [first, second, third] = dataset.events;
    const events = dataset.events.map((e, i) =>
      i === 0
        ? { ...e, id: 'toString' }
        : i === 1
          ? {
              ...e,
              related: [{ id: third!.id, relation: '__proto__' }],
              sources: e.sources.map((s) => ({ ...s, language: undefined })),
            }
          : e,
    );
    const party = second!.parties[0]!;
    const track = second!.track;
    const vocabulary = {
      parties: { ...dataset.vocabulary.parties, [party]: { name: { nested: true } } },
      tracks: { ...dataset.vocabulary.tracks, [track]: { name: { x: 1 }, order: 'first' } },
    };
    await page.route(DATA, (route) =>
      route.fulfill(json(JSON.stringify({ ...dataset, vocabulary, events }))),
    );
    for (const view of ['/', '/?view=list', `/?event=${encodeURIComponent(second!.id)}`]) {
      await page.goto(view);
      await expect(page.getByText('"id" cannot be "toString"')).toBeVisible();
      await expectNotBlank(page);
    }
    const panel = page.getByTestId('event-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(second!.title);
    // A name that is not text shows as its code; a relation the app does not know, as it is written.
    await expect(panel).toContainText(party);
    await expect(panel.getByText(third!.title)).toBeVisible();
    await expect(panel).not.toContainText('undefined');
    await expect(panel).not.toContainText('[object Object]');
    await page.locator('details[data-facet="tracks"] summary').click();
    await expect(page.locator('details[data-facet="tracks"]')).toContainText(track);
    expect(first!.id).not.toBe('toString');
    expect(guards.errors).toEqual([]);
  });

  test('a link to an event with a title of 1 MB says the file holds it but it could not be shown', async ({
    page,
  }) => {
    const guards = await guardPage(page);
    const last = dataset.events.at(-1)!;
    const huge = { ...last, id: `${last.start}-huge-title`, title: 'Huge '.repeat(200_000) };
    await page.route(DATA, (route) =>
      route.fulfill(json(JSON.stringify({ ...dataset, events: [...dataset.events, huge] }))),
    );
    await page.goto(`/?event=${huge.id}`);
    await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length} events`);
    await expect(page.getByText(`“${huge.id}”: "title" is longer than 10,000 characters`)).toBeVisible();
    // Not "not found; it may have been renamed or removed": the reader would look for it under another id.
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText(
      `The event “${huge.id}” in the link is in the data file but could not be shown: it is malformed.`,
    );
    await expect(notices).not.toContainText('renamed or removed');
    await expect(page.locator('.vis-item-content').first()).toBeVisible();
    await expectNotBlank(page);
    expect(guards.errors).toEqual([]);
  });

  test('an event whose optional fields have the wrong type is left out, not a crash', async ({ page }) => {
    const guards = await guardPage(page);
    const events = dataset.events.map((e, i) => (i === 0 ? { ...e, tags: 5, participants: 3 } : e));
    await page.route(DATA, (route) => route.fulfill(json(JSON.stringify({ ...dataset, events }))));
    await page.goto('/');
    await expect(page.getByTestId('dataset-summary')).toContainText(`${dataset.events.length - 1} events`);
    await expect(page.getByText('1 event in the data file could not be shown')).toBeVisible();
    await expect(page.getByText(`“${dataset.events[0]!.id}”`)).toBeVisible();
    await expectNotBlank(page);
    expect(guards.errors).toEqual([]);
  });
});

test.describe('hostile content', () => {
  test('an event planted in events.json with markup in every field renders inert everywhere', async ({
    page,
  }) => {
    const guards = await guardPage(page);
    const { planted, event } = plantHostileEvent(dataset);
    await page.route(DATA, (route) => route.fulfill(json(JSON.stringify(planted))));
    await page.goto(`/?event=${encodeURIComponent(event.id)}`);

    const panel = page.getByTestId('event-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
    for (const text of hostileTexts(event)) await expect(panel).toContainText(text);
    await expect(panel.getByRole('link')).toHaveCount(0);
    await expect(panel.locator('.source__unsafe')).toHaveCount(event.sources.length * 2);

    const item = page.locator(`.vis-item [data-event-id="${event.id}"]`);
    await expect(item.locator('.tl-item__title')).toHaveText(event.title);
    await expect(
      page.locator('.vis-labelset .vis-label').filter({ hasText: payload('track name') }),
    ).toHaveCount(1);
    // Focus shows the same tooltip as hovering does, and reaches the item wherever the panel is.
    // The timeline may still be settling (scrolling the selection into view): try focus again until it holds.
    await expect(async () => {
      await item.focus();
      await expect(page.getByRole('tooltip')).toContainText(event.title, { timeout: 1000 });
    }).toPass();
    expect(await findInjectedTraces(page)).toEqual([]);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const entry = page.locator(`[data-list-event-id="${event.id}"]`);
    await expect(entry.getByRole('link')).toHaveText(event.title);
    await expect(entry).toContainText(event.location!.place);
    // The list's source addresses are for paper: they are drawn while the page is printed.
    await page.emulateMedia({ media: 'print' });
    await expect(entry.locator('.list-entry__sources li')).toHaveText(
      event.sources.map((s) => `${s.publisher}: (not a web address)`),
    );
    expect(await findInjectedTraces(page)).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await expect(entry.locator('.list-entry__sources')).toHaveCount(0);
    for (const facet of ['parties', 'tracks', 'tags']) {
      await page.locator(`details[data-facet="${facet}"] > summary`).click();
    }
    await page.getByRole('searchbox', { name: 'Search events' }).fill('pwned');
    await expect(page.getByTestId('showing')).toHaveText(`Showing 1 of ${planted.events.length} events`);

    expect(await findInjectedTraces(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('a[href^="javascript"]').length)).toBe(0);
    expect(await guards.violations()).toEqual([]);
    expect(guards.errors).toEqual([]);
  });

  for (const [name, viewport] of [
    ['a laptop', { width: 1280, height: 900 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    test(`on ${name}, a title of 10,000 letters without a space wraps in the list instead of widening the page`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const last = dataset.events.at(-1)!;
      const long = { ...last, id: `${last.start}-long-title`, title: 'L'.repeat(10_000) };
      await page.route(DATA, (route) =>
        route.fulfill(json(JSON.stringify({ ...dataset, events: [...dataset.events, long] }))),
      );
      await page.goto('/?view=list');
      const title = page.locator(`[data-list-event-id="${long.id}"]`).getByRole('link');
      await expect(title).toHaveText(long.title);
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(widths[0], 'the page scrolls sideways').toBeLessThanOrEqual(widths[1]!);
      const box = (await title.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    });
  }

  for (const [name, viewport] of [
    ['a laptop', { width: 1280, height: 900 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    test(`on ${name}, a dataset version of 10,000 letters is shown whole and wraps instead of widening the page`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const version = `2026.${'v'.repeat(10_000)}`;
      await page.route(DATA, (route) => route.fulfill(json(JSON.stringify({ ...dataset, version }))));
      await page.goto('/');
      await expect(page.getByTestId('dataset-summary')).toContainText(version);
      await expect(page.getByTestId('about-version')).toHaveText(version);
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(widths[0], 'the page scrolls sideways').toBeLessThanOrEqual(widths[1]!);
    });
  }

  test('a shared link with markup in its parameters shows it as text and runs nothing', async ({ page }) => {
    const guards = await guardPage(page);
    const params = new URLSearchParams({
      q: '<script>window.__pwned=1</script>',
      kind: '<img src=x onerror=window.__pwned=2>',
      tag: '<svg onload=window.__pwned=3>',
      event: '<iframe src=javascript:window.__pwned=4>',
      view: 'javascript:window.__pwned=5',
      from: '<b>',
      '<img src=x onerror=window.__pwned=6>': '1',
    });
    await page.goto(`/?${params}`);
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('<img src=x onerror=window.__pwned=2>');
    await expect(notices).toContainText('<svg onload=window.__pwned=3>');
    await expect(notices).toContainText('<iframe src=javascript:window.__pwned=4>');
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
      '<script>window.__pwned=1</script>',
    );
    expect(await findInjectedTraces(page)).toEqual([]);
    expect(await guards.violations()).toEqual([]);
    expect(guards.errors).toEqual([]);
  });
});
