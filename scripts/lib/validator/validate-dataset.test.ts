import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../run-script.ts';
import { loadFixtures, materialise, removeMaterialised } from './fixtures/materialise.ts';
import { formatProblem } from './format-problems.ts';
import { linters } from './linters/index.ts';
import { validateDataset } from './validate-dataset.ts';

afterAll(removeMaterialised);

/** How many rules read a field: those a note says will wait for it. */
const reading = (field: string) => linters.filter((l) => l.reads.some((r) => r === field)).length;

const run = (dataDir: string, today?: string) =>
  validateDataset({ dataDir, schemaDir: 'data/schema', displayRoot: dataDir, today });

describe('valid samples pass', () => {
  for (const [name, fixture] of loadFixtures('valid')) {
    it(`${name}: ${fixture.description}`, () => {
      const result = run(materialise(fixture), fixture.today);
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.events.length).toBe(Object.keys(fixture.files).length);
    });
  }
});

describe('invalid samples fail with their expected message', () => {
  for (const [name, fixture] of loadFixtures('invalid')) {
    it(`${name}: ${fixture.description}`, () => {
      const lines = run(materialise(fixture), fixture.today)
        .problems.filter((p) => p.severity === 'error')
        .map(formatProblem);
      expect(lines.length).toBeGreaterThan(0);
      for (const expected of fixture.expect ?? []) {
        expect(
          lines.some((line) => line.includes(expected)),
          `expected "${expected}" in:\n${lines.join('\n')}`,
        ).toBe(true);
      }
      // Every line names a file under the fixture's events/ folder.
      for (const line of lines) expect(line).toMatch(/^events\/\S+: /);
    });
  }
});

it('has at least one failing sample for every rule', () => {
  const ruleMessages: Record<string, string> = {
    'file-layout': 'must equal the file name',
    'schema-reference': 'is missing: add "$schema"',
    'unique-ids': 'is also the id of',
    'former-ids': 'is still the id of an event',
    'calendar-dates': 'is not a real calendar date',
    'end-after-start': 'must not be before start',
    'plan-dates-in-order': 'is after the start',
    'plausible-dates': 'years after today, past',
    'not-in-the-future': 'is after today',
    'plain-text': 'must be plain text',
    'http-urls': 'must be an http(s) address',
    'tracking-params': 'has tracking parameters',
    'unique-sources': 'is cited twice',
    'placeholder-sources': 'is a placeholder address',
    'list-safe-publishers': 'must not contain a semicolon',
    'source-details': 'for the same page. A page has one',
    'key-event-sources': 'needs sources from at least two publishers',
    'status-change': 'is required for a cancelled event',
    'discrepancy-sources': 'accounts/',
    'calls-have-no-place': 'must be left out for a call',
    'safe-counts': 'is too large to be a count',
    'exchange-figures': 'is required for a prisoner exchange',
    'known-codes': 'is not a known',
    'known-languages': 'is not a known language',
    'participant-parties': "is not among the event's parties",
    'related-links': 'no event has the id',
    'related-dates': 'check both start dates, or choose another relation',
    'follows-loops': '"follows" closes a loop',
  };
  const expected = loadFixtures('invalid').flatMap(([, f]) => f.expect ?? []);
  const warnOnly = new Set(['probable-duplicates', 'source-dates', 'stale-plans']);
  for (const linter of linters.filter((l) => !warnOnly.has(l.name))) {
    const marker = ruleMessages[linter.name];
    expect(marker, `no sample message recorded for rule ${linter.name}`).toBeDefined();
    expect(
      expected.some((e) => e.includes(marker!)),
      `no invalid sample for rule ${linter.name}`,
    ).toBe(true);
  }
});

it('warns about a probable duplicate without failing', () => {
  const dir = materialise({
    description: 'two unlinked events with the same date, kind and parties',
    files: {
      'events/2025/2025-05-16-sample-talks.json': { $extends: 'base' },
      'events/2025/2025-05-16-sample-talks-again.json': {
        $extends: 'base',
        id: '2025-05-16-sample-talks-again',
      },
    },
  });
  const { problems } = run(dir);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(problems.map(formatProblem)).toEqual([
    'warning: events/2025/2025-05-16-sample-talks.json: may duplicate 2025-05-16-sample-talks-again (same date, kind and parties): merge them, or link them with "related" if both are right',
  ]);
});

it('warns, without failing, about a planned event whose start passed more than a few days ago', () => {
  const planned = (id: string, start: string) => ({
    $extends: 'base',
    id,
    title: `Sample planned talks ${id}`,
    start,
    status: 'planned',
    kind: 'meeting',
    sources: [
      {
        url: `https://site-a.test/${id}`,
        title: 'Sample article',
        publisher: 'Example Daily',
        language: 'en',
      },
    ],
  });
  const dir = materialise({
    description: 'planned events whose start passed 23 days, 8 days (a month) and 7 days ago',
    files: {
      'events/2025/2025-05-16-sample-talks.json': planned('2025-05-16-sample-talks', '2025-05-16'),
      'events/2025/2025-05-sample-talks.json': planned('2025-05-sample-talks', '2025-05'),
      'events/2025/2025-06-01-sample-talks.json': planned('2025-06-01-sample-talks', '2025-06-01'),
      'events/2025/2025-06-20-sample-talks.json': planned('2025-06-20-sample-talks', '2025-06-20'),
    },
  });
  const { problems } = run(dir, '2025-06-08');
  expect(problems.map(formatProblem)).toEqual([
    'warning: events/2025/2025-05-16-sample-talks.json: /status: is "planned", but the start "2025-05-16" has passed (23 days before today, 2025-06-08): if it took place, make it "held"; if it was called off or moved, "cancelled" or "postponed", with a statusChange',
    'warning: events/2025/2025-05-sample-talks.json: /status: is "planned", but the start "2025-05" has passed (its last day, 2025-05-31, was 8 days before today, 2025-06-08): if it took place, make it "held"; if it was called off or moved, "cancelled" or "postponed", with a statusChange',
  ]);
});

it('warns about a same-day event of the same title filed under another kind and parties', () => {
  const dir = materialise({
    description: 'two unlinked events with the same date and title, told apart by kind and parties',
    files: {
      'events/2025/2025-05-16-sample-talks.json': { $extends: 'base' },
      'events/2025/2025-05-16-sample-talks-summit.json': {
        $extends: 'base',
        id: '2025-05-16-sample-talks-summit',
        kind: 'summit',
        parties: ['RU', 'UA', 'TR', 'US'],
      },
    },
  });
  const { problems } = run(dir);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(problems.map(formatProblem)).toEqual([
    'warning: events/2025/2025-05-16-sample-talks.json: may duplicate 2025-05-16-sample-talks-summit (same date and title): merge them, or link them with "related" if both are right',
  ]);
});

describe('a same-day event that cites a source another event of that day cites', () => {
  const source = {
    url: 'https://site-c.test/live',
    title: 'Talks in Istanbul: live updates (descriptive title)',
    publisher: 'Example Wire',
    language: 'en',
  };
  // Another title, kind and parties than the base event: only the shared report gives the pair away.
  const memorandum = (related?: { id: string; relation: string }[]) => ({
    $extends: 'base',
    id: '2025-05-16-sample-memorandum',
    title: 'Russia hands over a sample memorandum',
    kind: 'proposal',
    parties: ['RU', 'UA'],
    location: null,
    participants: null,
    sources: [source],
    ...(related ? { related } : {}),
  });
  const talks = (related?: { id: string; relation: string }[]) => ({
    $extends: 'base',
    sources: [...(JSON.parse(readFileSync(BASE, 'utf8')) as { sources: unknown[] }).sources, source],
    ...(related ? { related } : {}),
  });
  const BASE = 'scripts/lib/validator/fixtures/base-event.json';

  it('warns about a probable duplicate without failing', () => {
    const dir = materialise({
      description: 'two unlinked events of one day that cite one live blog',
      files: {
        'events/2025/2025-05-16-sample-talks.json': talks(),
        'events/2025/2025-05-16-sample-memorandum.json': memorandum(),
      },
    });
    expect(run(dir).problems.map(formatProblem)).toEqual([
      'warning: events/2025/2025-05-16-sample-talks.json: may duplicate 2025-05-16-sample-memorandum (same date, and both cite "https://site-c.test/live"): merge them, or link them with "related" if both are right',
    ]);
  });

  it('counts the page written differently as the same page', () => {
    const elsewhere = { ...source, url: 'HTTP://www.site-c.test/live/#latest' };
    const dir = materialise({
      description: 'two unlinked events of one day that cite one live blog, written two ways',
      files: {
        'events/2025/2025-05-16-sample-talks.json': talks(),
        'events/2025/2025-05-16-sample-memorandum.json': { ...memorandum(), sources: [elsewhere] },
      },
    });
    expect(run(dir).problems.map(formatProblem)).toEqual([
      'warning: events/2025/2025-05-16-sample-talks.json: may duplicate 2025-05-16-sample-memorandum (same date, and both cite "https://site-c.test/live"): merge them, or link them with "related" if both are right',
    ]);
  });

  it('says nothing of a pair linked in either direction', () => {
    const link = (id: string) => [{ id, relation: 'see-also' }];
    for (const files of [
      { talks: talks(link('2025-05-16-sample-memorandum')), memorandum: memorandum() },
      { talks: talks(), memorandum: memorandum([{ id: '2025-05-16-sample-talks', relation: 'part-of' }]) },
    ]) {
      const dir = materialise({
        description: 'two linked events of one day that cite one live blog',
        files: {
          'events/2025/2025-05-16-sample-talks.json': files.talks,
          'events/2025/2025-05-16-sample-memorandum.json': files.memorandum,
        },
      });
      expect(run(dir).problems.map(formatProblem)).toEqual([]);
    }
  });

  it('says nothing of events of different days that cite one page', () => {
    const dir = materialise({
      description: 'a round and the exchange it agreed, reported in one article',
      files: {
        'events/2025/2025-05-16-sample-talks.json': talks(),
        'events/2025/2025-05-17-sample-memorandum.json': {
          ...memorandum(),
          id: '2025-05-17-sample-memorandum',
          start: '2025-05-17',
        },
      },
    });
    expect(run(dir).problems.map(formatProblem)).toEqual([]);
  });
});

it("warns, without failing, when the sources' dates do not fit the event's year", () => {
  // One site each: pages of one site count as one outlet.
  const source = (published: string) => ({
    url: `https://site-${published}.test/a`,
    title: 'Sample article',
    publisher: `Example ${published}`,
    published,
    language: 'en',
  });
  const dir = materialise({
    description: 'a held event dated a year after all its sources, and one dated two years before them',
    files: {
      'events/2026/2026-05-16-sample-talks.json': {
        $extends: 'base',
        id: '2026-05-16-sample-talks',
        start: '2026-05-16',
        sources: [source('2025-05-16'), source('2025-05-17')],
      },
      'events/2023/2023-05-17-sample-talks.json': {
        $extends: 'base',
        id: '2023-05-17-sample-talks',
        start: '2023-05-17',
        parties: ['US', 'RU'],
        participants: null,
        sources: [source('2025-05-18'), source('2025-06-01')],
      },
      // A report on the evening before, dated where it was written, and one the day after: both fit.
      'events/2025/2025-05-20-sample-talks.json': {
        $extends: 'base',
        id: '2025-05-20-sample-talks',
        start: '2025-05-20',
        parties: ['UA', 'TR'],
        sources: [source('2025-05-19'), source('2025-05-21')],
      },
    },
  });
  const { problems } = run(dir);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(problems.map(formatProblem)).toEqual([
    'warning: events/2023/2023-05-17-sample-talks.json: /start: is "2023-05-17", but the earliest dated source was published on 2025-05-18, more than 180 days after the event: check the year, or add a source from the time',
    'warning: events/2026/2026-05-16-sample-talks.json: /start: is "2026-05-16", but every dated source was published before it (the latest on 2025-05-17): a source cannot report as held what had not yet happened; check the year',
  ]);
});

it('says once that a year is out of range, though the event is also held in the future', () => {
  const dir = materialise({
    description: 'a held event and its source dated 2205, a slip for 2025',
    files: {
      'events/2205/2205-05-16-sample-talks.json': {
        $extends: 'base',
        id: '2205-05-16-sample-talks',
        start: '2205-05-16',
        sources: [
          {
            url: 'https://site-a.test/a',
            title: 'Sample article',
            publisher: 'Example Daily',
            published: '2205-05-16',
            language: 'en',
          },
          { url: 'https://site-b.test/b', title: 'Пример статьи', publisher: 'Пример', language: 'ru' },
        ],
      },
    },
  });
  const why = (got: string) =>
    `is more than 5 years after today, past 2031-03-01 (got "${got}"): a planned event can be in the future, but not decades ahead; did you mean 2025?`;
  expect(run(dir, '2026-03-01').problems.map(formatProblem)).toEqual([
    `events/2205/2205-05-16-sample-talks.json: /sources/0/published (the first source): ${why('2205-05-16')}`,
    `events/2205/2205-05-16-sample-talks.json: /start: ${why('2205-05-16')}`,
  ]);
});

it('says once what is wrong with an address', () => {
  const dir = materialise({
    description: 'a data: address with markup in it, which the schema, plain-text and http-urls all reject',
    files: {
      'events/2025/2025-05-16-sample-talks.json': {
        $extends: 'base',
        sources: [
          {
            url: 'https://site-a.test/a',
            title: 'Sample article',
            publisher: 'Example Daily',
            language: 'en',
            archiveUrl: 'data:text/html,<b>hi</b>',
          },
          { url: 'https://site-b.test/b', title: 'Пример статьи', publisher: 'Пример', language: 'ru' },
        ],
      },
    },
  });
  expect(run(dir).problems.map(formatProblem)).toEqual([
    'events/2025/2025-05-16-sample-talks.json: /sources/0/archiveUrl (the first source): must be an http(s) address (got "data:text/html,<b>hi</b>"): copy the address from the browser\'s address bar (it starts https:// or http://)',
    `note: events/2025/2025-05-16-sample-talks.json: once the errors above in "sources" are fixed, ${reading('sources')} more rules will check this file: run the validator again then`,
  ]);
});

it('suggests a code or an id only when it is close, and never the event itself', () => {
  const dir = materialise({
    description: 'unknown parties and countries, near and far, and a link one letter off its own id',
    files: {
      'events/2025/2025-05-16-sample-talks.json': {
        $extends: 'base',
        location: { place: 'London', country: 'UK' },
        parties: ['RU', 'XX', 'UK', 'USA'],
        participants: [{ name: 'Sample Person', role: 'Head of delegation', party: 'QQQQ' }],
        related: [{ id: '2025-05-16-sample-talk', relation: 'see-also' }],
      },
    },
  });
  expect(
    run(dir)
      .problems.filter((p) => p.severity === 'error')
      .map(formatProblem),
  ).toEqual([
    'events/2025/2025-05-16-sample-talks.json: /location/country: "UK" is not a known country: did you mean "GB"? (add it to "parties" in vocabulary.json with "type": "country" if it is new)',
    'events/2025/2025-05-16-sample-talks.json: /participants/0/party (the first participant): "QQQQ" is not a known party (add it to vocabulary.json if it is new)',
    'events/2025/2025-05-16-sample-talks.json: /parties/1 (the second party): "XX" is not a known party (add it to vocabulary.json if it is new)',
    'events/2025/2025-05-16-sample-talks.json: /parties/2 (the third party): "UK" is not a known party: did you mean "GB"? (add it to vocabulary.json if it is new)',
    'events/2025/2025-05-16-sample-talks.json: /parties/3 (the fourth party): "USA" is not a known party: did you mean "US"? (add it to vocabulary.json if it is new)',
    'events/2025/2025-05-16-sample-talks.json: /related/0/id (the first related link): no event has the id "2025-05-16-sample-talk": correct the id (it is the other event\'s file name) or remove the link',
  ]);
});

describe('every problem in one run, though a file fails the schema', () => {
  const source = {
    url: 'https://site-a.test/a',
    title: 'Sample article',
    publisher: 'Example Daily',
    published: '2025-05-16',
    language: 'en',
  };

  it('reports a wrong link beside an unknown field, with nothing left for a second run', () => {
    const dir = materialise({
      description: 'an unknown field, a wrong related id and an unknown party in one file',
      files: {
        'events/2025/2025-05-16-sample-talks.json': {
          $extends: 'base',
          sumary: 'typo',
          parties: ['RU', 'UA', 'WXYZW'],
          related: [{ id: '2024-01-01-other-meeting', relation: 'follows' }],
        },
      },
    });
    const result = run(dir);
    // Checked by the rules, but never passed on to the site.
    expect(result.events).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual([
      'events/2025/2025-05-16-sample-talks.json: /parties/2 (the third party): "WXYZW" is not a known party (add it to vocabulary.json if it is new)',
      'events/2025/2025-05-16-sample-talks.json: /related/0/id (the first related link): no event has the id "2024-01-01-other-meeting": correct the id (it is the other event\'s file name) or remove the link',
      'events/2025/2025-05-16-sample-talks.json: /sumary: unknown field: did you mean "summary"?',
    ]);
  });

  it('runs the rules on the sound fields of a file with a broken one, and says which rules wait', () => {
    const dir = materialise({
      description:
        'a file with no sources, a wrong link, an id another file has and a misspelt party; and a file with a broken id whose source differs from another citation of the page',
      files: {
        'events/2025/2025-05-16-sample-talks.json': {
          $extends: 'base',
          sources: [],
          parties: ['RU', 'UA', 'TRR'],
          related: [{ id: '2025-05-14-sample-call', relation: 'see-also' }],
        },
        'events/2025/2025-05-16-sample-talks-copy.json': {
          $extends: 'base',
          id: '2025-05-16-sample-talks',
          sources: [
            { ...source, publisher: 'Example Weekly' },
            { ...source, url: 'https://site-c.test/c' },
          ],
        },
        'events/2025/2025-05-17-sample-reply.json': {
          $extends: 'base',
          id: '2025-05-17-Sample-Reply',
          start: '2025-05-17',
          parties: ['UA', 'US'],
          sources: [source, { ...source, url: 'https://site-b.test/b', publisher: 'Пример' }],
        },
      },
    });
    const lines = run(dir).problems.map(formatProblem);
    const a = 'events/2025/2025-05-16-sample-talks.json';
    const copy = 'events/2025/2025-05-16-sample-talks-copy.json';
    const reply = 'events/2025/2025-05-17-sample-reply.json';
    for (const line of [
      `${a}: /id: "2025-05-16-sample-talks" is also the id of ${copy}`,
      `${copy}: /id: "2025-05-16-sample-talks" is also the id of ${a}`,
      `${a}: /parties/2 (the third party): "TRR" is not a known party: did you mean "TR"?`,
      `${a}: /related/0/id (the first related link): no event has the id "2025-05-14-sample-call": correct the id`,
      `${copy}: /sources/0/publisher (the first source): is "Example Weekly", but ${reply} (/sources/0) gives "Example Daily" for the same page`,
      `${reply}: /sources/0/publisher (the first source): is "Example Daily", but ${copy} (/sources/0) gives "Example Weekly" for the same page`,
      `note: ${a}: once the errors above in "sources" are fixed, ${reading('sources')} more rules will check this file: run the validator again then`,
      `note: ${reply}: once the errors above in "id" are fixed, ${reading('id')} more rules will check this file: run the validator again then`,
    ])
      expect(
        lines.some((l) => l.startsWith(line)),
        `expected "${line}" in:\n${lines.join('\n')}`,
      ).toBe(true);
    // The note follows the errors of its file.
    expect(lines.indexOf(lines.find((l) => l.startsWith(`note: ${a}`))!)).toBe(
      lines.findLastIndex((l) => l.includes(`${a}:`)),
    );
  });

  it('says that the rules wait for a file that is not an event at all', () => {
    const dir = materialise({
      description: 'a file holding an array, and one that is not JSON',
      files: {
        'events/2025/2025-05-16-sample-talks.json': [],
        'events/2025/2025-05-17-sample-talks.json': '{ "id": ',
      },
    });
    const notes = run(dir)
      .problems.filter((p) => p.severity === 'note')
      .map(formatProblem);
    expect(notes).toEqual([
      'note: events/2025/2025-05-16-sample-talks.json: once the errors above are fixed, the other rules will check this file too: run the validator again then',
      'note: events/2025/2025-05-17-sample-talks.json: once the errors above are fixed, the other rules will check this file too: run the validator again then',
    ]);
  });
});

it('refuses a track the site cannot use, though the schema lets its key through', () => {
  const dir = materialise({
    description: 'an event in a track named "constructor"',
    files: { 'events/2025/2025-05-16-sample-talks.json': { $extends: 'base', track: 'constructor' } },
  });
  const path = join(dir, 'vocabulary.json');
  const vocabulary = JSON.parse(readFileSync(path, 'utf8')) as { tracks: object };
  const tracks = { ...vocabulary.tracks, constructor: { name: 'Constructive talks', order: 9 } };
  writeFileSync(path, JSON.stringify({ ...vocabulary, tracks }));
  const result = run(dir);
  expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
    `vocabulary.json: /tracks/constructor: "constructor" is a name every JavaScript object has, which the site cannot use for a track: choose another key and use it in the events' "track"`,
  ]);
});

it('refuses two tracks in one place, naming both, since the order of their lanes would be left to chance', () => {
  const dir = materialise({
    description: 'a vocabulary whose new track takes the order of an existing one',
    files: { 'events/2025/2025-05-16-sample-talks.json': { $extends: 'base' } },
  });
  const path = join(dir, 'vocabulary.json');
  const vocabulary = JSON.parse(readFileSync(path, 'utf8')) as { tracks: Record<string, { order: number }> };
  const taken = vocabulary.tracks['us-russia']!.order;
  const highest = Math.max(...Object.values(vocabulary.tracks).map((t) => t.order));
  const tracks = { ...vocabulary.tracks, 'energy-talks': { name: 'Energy talks', order: taken } };
  writeFileSync(path, JSON.stringify({ ...vocabulary, tracks }));
  const result = run(dir);
  expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
    `vocabulary.json: /tracks/energy-talks/order: is ${taken}, as is the order of the track "us-russia": the timeline would put their two lanes in either order; give each track an order of its own, e.g. ${highest + 1} to put "energy-talks" last`,
  ]);
  // The events are still checked and served: the lanes are only out of order.
  expect(result.events).toHaveLength(1);
});

it('names the key meant when a vocabulary key is in the wrong case, and changes nothing', () => {
  const dir = materialise({
    description: 'a vocabulary with a party and a track key in the wrong case',
    files: {},
  });
  const path = join(dir, 'vocabulary.json');
  const vocabulary = JSON.parse(readFileSync(path, 'utf8')) as { parties: object; tracks: object };
  const text = JSON.stringify({
    ...vocabulary,
    parties: { ...vocabulary.parties, xk: { name: 'Kosovo', type: 'country' }, X: { name: 'Too short' } },
    tracks: { ...vocabulary.tracks, 'Energy-Talks': { name: 'Energy talks', order: 9 } },
  });
  writeFileSync(path, text);
  expect(run(dir).problems.map(formatProblem)).toEqual([
    'vocabulary.json: /parties/X: the key has the wrong form (got "X"): Party code (ISO 3166-1 alpha-2 for countries, an upper-case acronym for organisations) to its English name.',
    'vocabulary.json: /parties/xk: the key has the wrong case (got "xk"): did you mean "XK"?',
    'vocabulary.json: /tracks/Energy-Talks: the key has the wrong case (got "Energy-Talks"): did you mean "energy-talks"?',
  ]);
  expect(readFileSync(path, 'utf8')).toBe(text);
});

it('blames a broken file once, not every event that links to it', () => {
  const linking = (id: string) => ({
    $extends: 'base',
    id,
    start: id.slice(0, 10),
    related: [{ id: '2025-05-16-sample-talks', relation: 'see-also' }],
  });
  const dir = materialise({
    description: 'two events linking to one whose file does not parse and one that fails the schema',
    files: {
      'events/2025/2025-05-16-sample-talks.json': '{ "id": "2025-05-16-sample-talks",, }',
      'events/2025/2025-05-17-sample-follow-up.json': linking('2025-05-17-sample-follow-up'),
      'events/2025/2025-05-18-sample-schema.json': {
        $extends: 'base',
        id: '2025-05-18-sample-schema',
        start: '2025-05-18',
        kind: 7,
      },
      'events/2025/2025-05-19-sample-reply.json': {
        ...linking('2025-05-19-sample-reply'),
        related: [{ id: '2025-05-18-sample-schema', relation: 'see-also' }],
      },
    },
  });
  const files = run(dir)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => p.file);
  expect([...new Set(files)]).toEqual([
    'events/2025/2025-05-16-sample-talks.json',
    'events/2025/2025-05-18-sample-schema.json',
  ]);
});

it('ignores hidden files with a warning, without failing', () => {
  const dir = materialise({
    description: 'an event beside a .DS_Store, a .gitkeep and an editor swap file',
    files: {
      'events/.DS_Store': 'Bud1',
      'events/2025/.gitkeep': '',
      'events/2025/.2025-05-16-sample-talks.json.swp': 'b0VIM 9.0',
      'events/2025/2025-05-16-sample-talks.json': { $extends: 'base' },
    },
  });
  const result = run(dir);
  expect(result.problems.map(formatProblem)).toEqual([
    'warning: events/.DS_Store: is a hidden file, not an event: ignored (delete it)',
    'warning: events/2025/.2025-05-16-sample-talks.json.swp: is a hidden file, not an event: ignored (delete it)',
    'warning: events/2025/.gitkeep: is a hidden file, not an event: ignored (delete it)',
  ]);
  expect(result.events.map((e) => e.id)).toEqual(['2025-05-16-sample-talks']);
});

describe('a vocabulary or schema that cannot be used', () => {
  const event = { 'events/2025/2025-05-16-sample-talks.json': { $extends: 'base' } };
  const withVocabulary = (write: (path: string) => void) => {
    const dir = materialise({ description: 'an event and a broken vocabulary', files: event });
    rmSync(join(dir, 'vocabulary.json'));
    write(join(dir, 'vocabulary.json'));
    return run(dir);
  };
  const lines = (result: ReturnType<typeof run>) => result.problems.map(formatProblem);

  it('says in one line what is wrong with the vocabulary and how to fix it', () => {
    // A data folder outside the repository: git cannot restore its files.
    const restore =
      "copy it back from where it came from (git does not track it in this repository; the project's own is data/vocabulary.json)";
    expect(lines(withVocabulary(() => {}))).toEqual([`vocabulary.json: is missing: ${restore}`]);
    expect(lines(withVocabulary((path) => mkdirSync(path)))).toEqual([
      'vocabulary.json: is a folder: it must be a file holding one JSON object with the "parties" and "tracks" events use',
    ]);
    expect(lines(withVocabulary((path) => writeFileSync(path, '')))).toEqual([
      'vocabulary.json: is empty: it must hold one JSON object with the "parties" and "tracks" events use',
    ]);
    expect(lines(withVocabulary((path) => symlinkSync('vocabulary.json', path)))).toEqual([
      'vocabulary.json: is a symbolic link that leads back to itself: replace it with the file itself',
    ]);
    expect(lines(withVocabulary((path) => writeFileSync(path, '{ "parties": {} } {}')))).toEqual([
      'vocabulary.json:1:19: is not valid JSON: text after the closing }: the file holds one JSON object; delete what follows',
    ]);
  });

  it('still checks the events against the schema, and says that the other rules were not run', () => {
    const result = withVocabulary(() => {});
    expect(result.fileCount).toBe(1);
    expect(result.schemaOnly).toBe(true);
    expect(run(materialise({ description: 'a good dataset', files: event })).schemaOnly).toBe(false);
  });

  it('says in one line what is wrong with a schema, and checks nothing', () => {
    const dir = materialise({ description: 'an event', files: event });
    const schemas = mkdtempSync(join(tmpdir(), 'dt-schema-'));
    const check = () =>
      validateDataset({ dataDir: dir, schemaDir: schemas, displayRoot: schemas }).problems.map(formatProblem);
    try {
      cpSync('data/schema/vocabulary.schema.json', join(schemas, 'vocabulary.schema.json'));
      expect(check()).toEqual([
        "event.schema.json: is missing: copy it back from where it came from (git does not track it in this repository; the project's own is data/schema/event.schema.json)",
      ]);
      writeFileSync(join(schemas, 'event.schema.json'), '{ "type": "object", }');
      expect(check()).toEqual([
        'event.schema.json:1:19: is not valid JSON: a comma after the last item: remove it',
      ]);
      writeFileSync(join(schemas, 'event.schema.json'), '{ "type": "object", "enmu": ["a"] }');
      expect(check()).toEqual([
        'event.schema.json: is not a schema the validator can use (strict mode: unknown keyword: "enmu"): fix it, or copy it back from where it came from (git does not track it in this repository; the project\'s own is data/schema/event.schema.json)',
      ]);
      cpSync('data/schema/event.schema.json', join(schemas, 'event.schema.json'));
      rmSync(join(schemas, 'vocabulary.schema.json'));
      expect(check()).toEqual([
        "vocabulary.schema.json: is missing: copy it back from where it came from (git does not track it in this repository; the project's own is data/schema/vocabulary.schema.json)",
      ]);
    } finally {
      rmSync(schemas, { recursive: true, force: true });
    }
  });
});

describe('a folder where a file is expected, a file where a folder is, and what is neither', () => {
  it('reports an events/ that is a file, not a stack trace', () => {
    const dir = materialise({ description: 'no events folder', files: {} });
    rmSync(join(dir, 'events'), { recursive: true });
    writeFileSync(join(dir, 'events'), '');
    expect(run(dir).problems.map(formatProblem)).toEqual([
      'events: is not a folder: event files live in events/<year>/<id>.json',
    ]);
  });

  it('reports an empty folder named as an event file, which was passed over without a word', () => {
    const dir = materialise({ description: 'an event and a folder named like one', files: {} });
    mkdirSync(join(dir, 'events/2025/2025-05-16-sample-talks.json'), { recursive: true });
    expect(run(dir).problems.map(formatProblem)).toEqual([
      'events/2025/2025-05-16-sample-talks.json: is a folder, not an event file: an event is one file, events/<year>/<id>.json',
    ]);
  });

  it('reports a named pipe among the events, which was passed over without a word', () => {
    const dir = materialise({ description: 'a pipe among the events', files: {} });
    mkdirSync(join(dir, 'events/2025'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'events/2025/2025-05-16-sample-talks.json')]);
    expect(run(dir).problems.map(formatProblem)).toEqual([
      'events/2025/2025-05-16-sample-talks.json: is not a regular file (a named pipe, socket or device): delete it',
    ]);
  });
});

describe('the command line', () => {
  const bad = () =>
    materialise({
      description: 'one bad file',
      files: {
        'events/2025/2025-05-16-sample-talks.json': {
          $extends: 'base',
          sources: [
            { url: 'javascript:alert(1)', title: 'Sample article', publisher: 'Example', language: 'en' },
          ],
        },
      },
    });

  const cli = (dataDir: string, env: Record<string, string> = {}) =>
    runScript('scripts/validate.ts', ['--data', dataDir], {
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    });

  it('exits 1 and names file, field and fix', () => {
    const dir = bad();
    const out = cli(dir);
    expect(out.status).toBe(1);
    // The line and column of the field, and the item of the list in words.
    expect(out.stderr).toContain(
      '/events/2025/2025-05-16-sample-talks.json:32:14: /sources/0/url (the first source): must be an http(s) address (got "javascript:alert(1)")',
    );
    expect(out.stderr).toContain('(file:line:column)');
  });

  it('names the data folder it was given, not data/, in what to do', () => {
    const dir = materialise({
      description: 'an event filed under the wrong year and one with an unknown party',
      files: {
        'events/2024/2025-05-16-sample-talks.json': { $extends: 'base' },
        'events/2025/2025-05-17-sample-talks.json': {
          $extends: 'base',
          id: '2025-05-17-sample-talks',
          start: '2025-05-17',
          parties: ['RU', 'XX'],
        },
      },
    });
    const shown = relative(process.cwd(), dir);
    const out = cli(dir);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(
      `${shown}/events/2024/2025-05-16-sample-talks.json: belongs in ${shown}/events/2025/ because the event starts in 2025: move the file`,
    );
    expect(out.stderr).toContain(`(add it to ${shown}/vocabulary.json if it is new)`);
    expect(out.stderr).not.toContain('data/');
  });

  it('prints GitHub annotations with the line of the field when GITHUB_ACTIONS is set', () => {
    const out = cli(bad(), { GITHUB_ACTIONS: 'true' });
    expect(out.stdout).toMatch(
      /^::error file=[^,]+2025-05-16-sample-talks\.json,line=\d+,col=\d+,title=.*must be an http\(s\) address/m,
    );
  });

  it('answers a mistyped flag with usage, not a stack trace', () => {
    const out = runScript('scripts/validate.ts', ['--dta', 'data']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("Unknown option '--dta'");
    expect(out.stderr).toContain('Usage: npm run validate [-- --data <dir>] [-- --quiet]');
    expect(out.stderr).not.toContain('node:internal');
  });

  it('answers a missing or broken vocabulary with one line and exit 1, not a stack trace', () => {
    const dir = bad();
    const shown = relative(process.cwd(), join(dir, 'vocabulary.json'));
    rmSync(join(dir, 'vocabulary.json'));
    let out = cli(dir);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(
      `${shown}: is missing: copy it back from where it came from (git does not track it in this repository; the project's own is data/vocabulary.json)\n`,
    );
    expect(out.stderr).toContain('checked against the schema only');
    const missing = out.stderr;
    mkdirSync(join(dir, 'vocabulary.json'));
    out = cli(dir);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`${shown}: is a folder: it must be a file holding`);
    for (const raw of ['ENOENT', 'EISDIR', 'node:internal', '    at '])
      expect(missing + out.stderr).not.toContain(raw);
  });

  it('refuses a named pipe in place of the vocabulary rather than wait for ever to read it', () => {
    const dir = bad();
    rmSync(join(dir, 'vocabulary.json'));
    execFileSync('mkfifo', [join(dir, 'vocabulary.json')]);
    // In a child process with a time limit, which reading the pipe would block; runScript starts node itself,
    // not npx, so that the limit stops the process that reads.
    // Also in CI, where each problem is located in its file for the annotations.
    for (const GITHUB_ACTIONS of ['', 'true']) {
      const out = runScript('scripts/validate.ts', ['--data', dir], {
        timeout: 30_000,
        env: { ...process.env, GITHUB_ACTIONS },
      });
      expect(out.status, GITHUB_ACTIONS).toBe(1);
      expect(out.stderr).toContain(
        'vocabulary.json: is not a regular file (a pipe or a device): it must be a file holding one JSON object',
      );
    }
  });

  it('answers a --data that is not a folder with usage, not with problems inside it', () => {
    for (const [dir, why] of [
      ['dtaa', 'there is no such folder'],
      ['data/vocabulary.json', 'it is a file, not a folder'],
    ] as const) {
      const out = runScript('scripts/validate.ts', ['--data', dir]);
      expect(out.status).toBe(2);
      expect(out.stderr).toContain(
        `--data ${dir}: ${why}: give the data folder, which holds events/ and vocabulary.json`,
      );
      expect(out.stderr).not.toContain('cannot be read');
    }
  });

  it('answers a --data that is a symbolic link to itself with usage, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-loop-'));
    try {
      symlinkSync('loop', join(dir, 'loop'));
      const out = runScript('scripts/validate.ts', ['--data', join(dir, 'loop')]);
      expect(out.status).toBe(2);
      expect(out.stderr).toContain(`--data ${join(dir, 'loop')}: there is no such folder`);
      expect(out.stderr).not.toContain('ELOOP');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its options and exit codes with --help or -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const out = runScript('scripts/validate.ts', [flag]);
      expect(out.status, flag).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toContain('Usage: npm run validate');
      for (const text of ['--data <dir>', '--quiet', '-h, --help', 'Exit status: 0'])
        expect(out.stdout).toContain(text);
    }
  });

  it('exits 0 on a valid dataset and never changes a file', () => {
    const dir = materialise(loadFixtures('valid').find(([n]) => n === 'full-event')![1]);
    const file = join(dir, 'events/2025/2025-05-16-sample-talks.json');
    const before = [readFileSync(file, 'utf8'), statSync(file).mtimeMs];
    const out = cli(dir);
    expect(out.status).toBe(0);
    expect([readFileSync(file, 'utf8'), statSync(file).mtimeMs]).toEqual(before);
    expect(readdirSync(join(dir, 'events/2025'))).toEqual(['2025-05-16-sample-talks.json']);
  });
});
