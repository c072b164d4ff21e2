import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import { sampleEvent, sampleFile } from './sample-dataset.fixture';

const event = sampleEvent;
const file = sampleFile;

describe('parseDataset', () => {
  it('accepts a well-formed file', () => {
    const result = parseDataset(file([event]));
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['2025-05-16-a']);
  });

  it('rejects a wrong overall shape with a reason', () => {
    for (const bad of [
      null,
      [],
      'x',
      { events: [] },
      { version: '1', events: {} },
      { version: '1', events: [] },
    ]) {
      const result = parseDataset(bad);
      expect(result.ok).toBe(false);
    }
  });

  it('keeps the ids an event had before', () => {
    const renamed = { ...event, formerIds: ['2025-05-15-a'] };
    const result = parseDataset(file([renamed]));
    expect(result.ok && result.dataset.events[0]!.formerIds).toEqual(['2025-05-15-a']);
  });

  it('leaves out events whose optional fields have the wrong type', () => {
    const bad = [
      { ...event, id: 't', tags: 5 },
      { ...event, id: 'f', formerIds: '2025-05-15-a' },
      { ...event, id: 'g', formerIds: [7] },
      { ...event, id: 'p', participants: 3 },
      { ...event, id: 'o', outcomes: {} },
      { ...event, id: 'd', discrepancies: [{ topic: 'x', accounts: null }] },
      { ...event, id: 'l', location: 'Istanbul' },
      { ...event, id: 'x', exchange: { toUkraine: '390' } },
      {
        ...event,
        id: 's',
        sources: [{ url: 'https://example.org', title: 'T', publisher: 'P', published: 2025 }],
      },
    ];
    const result = parseDataset(file([event, ...bad]));
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['2025-05-16-a']);
    expect(result.ok && result.skipped.map((s) => s.id)).toEqual(bad.map((b) => b.id));
  });

  it('leaves out malformed events and says which and why', () => {
    const result = parseDataset(file([event, { ...event, id: 'b', start: '2025-02-30' }, 7, { ...event }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events).toHaveLength(1);
    expect(result.skipped).toEqual([
      { index: 1, id: 'b', reason: '"start" is not a date' },
      { index: 2, id: undefined, reason: 'not an object' },
      { index: 3, id: '2025-05-16-a', reason: 'its id is used twice' },
    ]);
  });

  it('leaves out an event whose title has nothing to see, as one whose title is empty', () => {
    // Drawn, it was a row whose only link had no visible words, under a blank heading in the panel.
    const result = parseDataset(
      file([
        { ...event, id: 'zw', title: '\u200B\u200C\u200D\uFEFF' },
        { ...event, id: 'shy', title: '\u00AD \u2060 ' },
        { ...event, id: 'empty', title: '' },
        { ...event, id: 'ok', title: '\u200BTalks' },
      ]),
    );
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['ok']);
    expect(result.ok && result.skipped).toEqual([
      { index: 0, id: 'zw', reason: '"title" has no visible text' },
      { index: 1, id: 'shy', reason: '"title" has no visible text' },
      { index: 2, id: 'empty', reason: '"title" is missing or not text' },
    ]);
  });

  it('leaves out an event with a direction control in any of its text, naming the field, as the validator does', () => {
    // U+202E in a place ran on backwards into the country's name after it; in a publisher, into the
    // date and language of the source. The validator refuses these characters in every event file: a
    // served file that did not come through it is refused the same way, and says so.
    const cases: [Record<string, unknown>, string][] = [
      [
        { location: { place: '\u202Elemog', country: 'BY' } },
        '"location.place" contains the direction control U+202E',
      ],
      [{ title: 'Talks \u2066in\u2069 Gomel' }, '"title" contains the direction control U+2066'],
      [
        {
          participants: [
            { name: 'A', role: 'B', party: 'RU' },
            { name: '\u202Bx', role: 'y', party: 'UA' },
          ],
        },
        '"participants[1].name" contains the direction control U+202B',
      ],
      [
        { sources: [{ url: 'https://example.org', title: 'T', publisher: '\u202A29B', language: 'en' }] },
        '"sources[0].publisher" contains the direction control U+202A',
      ],
      [{ tags: ['talks\u2069'] }, '"tags[0]" contains the direction control U+2069'],
      [{ comment: { deep: ['\u202Dx'] } }, '"comment.deep[0]" contains the direction control U+202D'],
      // The marks of direction too: invisible, they turn the neutral characters beside them (a bracket, a
      // number) the other way, and the validator refuses them with the rest.
      [{ title: 'Talks in Gomel (2022)\u200F' }, '"title" contains the direction control U+200F'],
      [
        { participants: [{ name: '\u200EA', role: 'B', party: 'RU' }] },
        '"participants[0].name" contains the direction control U+200E',
      ],
      [{ summary: 'Said \u061C(12)' }, '"summary" contains the direction control U+061C'],
    ];
    const result = parseDataset(file(cases.map(([change], i) => ({ ...event, id: `e${i}`, ...change }))));
    expect(result.ok && result.dataset.events).toEqual([]);
    expect(result.ok && result.skipped).toEqual(
      cases.map(([, reason], i) => ({ index: i, id: `e${i}`, reason })),
    );
  });

  it('keeps right-to-left text', () => {
    // Arabic and Hebrew are welcome in sources: the letters set their own direction.
    const arabic = {
      ...event,
      sources: [{ url: 'https://example.org', title: 'عنوان (٢)', publisher: 'الشروق', language: 'ar' }],
    };
    const result = parseDataset(file([arabic]));
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && result.dataset.events[0]).toEqual(arabic);
  });

  it('reads a deeply nested field without running out of stack', () => {
    let deep: unknown = '\u202Ex';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = parseDataset(file([{ ...event, extra: deep }]));
    expect(result.ok && result.skipped.map((s) => s.reason.slice(0, 9))).toEqual(['"extra[0]']);
  });

  it('leaves out events whose kind, status or track is a name every object has', () => {
    // These look up tables (labels, marks, the timeline's lanes), where "constructor" or "__proto__"
    // finds Object's own member instead of nothing, and the page fell over.
    const bad = [
      { ...event, id: 'k', kind: '__proto__' },
      { ...event, id: 's', status: 'toString' },
      { ...event, id: 't', track: 'constructor' },
    ];
    const result = parseDataset(file([event, ...bad]));
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['2025-05-16-a']);
    expect(result.ok && result.skipped.map((s) => s.reason)).toEqual([
      '"kind" cannot be "__proto__"',
      '"status" cannot be "toString"',
      '"track" cannot be "constructor"',
    ]);
  });

  it('puts a file out of date order in order, a month before its days, and keeps the order of equal dates', () => {
    const at = (id: string, start: string) => ({ ...event, id, start });
    const result = parseDataset(
      file([
        at('c', '2025-05-16'),
        at('a', '2024'),
        at('d', '2025-05'),
        at('e', '2025-05-16'),
        at('b', '2024-12-31'),
      ]),
    );
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['a', 'b', 'd', 'c', 'e']);
  });

  it('leaves out events whose kind or status would add CSS classes of their own', () => {
    const bad = [
      { ...event, id: 'k', kind: 'summit visually-hidden' },
      { ...event, id: 's', status: 'held"><b' },
    ];
    const unknown = [
      { ...event, id: 'new', kind: 'working-group' },
      { ...event, id: 'lane', track: 'US–Russia <b>' },
    ];
    const result = parseDataset(file([event, ...bad, ...unknown]));
    // A kind the app does not know yet is still shown, as a plain item; a track of any text gets a lane.
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['2025-05-16-a', 'new', 'lane']);
    expect(result.ok && result.skipped.map((s) => s.reason)).toEqual([
      '"kind" is not a lower-case word with hyphens',
      '"status" is not a lower-case word with hyphens',
    ]);
  });

  it('leaves out events whose id is a member of every object, which vis-timeline keys its items by', () => {
    const result = parseDataset(file([event, { ...event, id: 'toString' }, { ...event, id: '__proto__' }]));
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['2025-05-16-a']);
    expect(result.ok && result.skipped.map((s) => s.reason)).toEqual([
      '"id" cannot be "toString"',
      '"id" cannot be "__proto__"',
    ]);
  });

  it('leaves out impossible dates and counts, which the panel would show as they are', () => {
    const last = new Date().getUTCFullYear() + 5;
    const bad = [
      { ...event, id: 'far', start: '9999-12-31' },
      { ...event, id: 'early', start: '2013-12' },
      { ...event, id: 'ahead', start: `${last + 1}` },
      { ...event, id: 'backwards', start: '2022-02-28', end: '2021-01-01' },
      { ...event, id: 'announced', announced: '0001-01-01' },
      {
        ...event,
        id: 'change',
        statusChange: { date: '2025-13-45', reason: 'no', source: 'https://a.example/' },
      },
      { ...event, id: 'published', sources: [{ ...event.sources[0], published: 'yesterday' }] },
      { ...event, id: 'negative', exchange: { toUkraine: -5.5 } },
      { ...event, id: 'huge', exchange: { toRussia: 1e308 } },
      { ...event, id: 'long', title: 'T'.repeat(10_001) },
    ];
    const fine = [
      { ...event, id: 'first', start: '2014', title: 'T'.repeat(10_000) },
      { ...event, id: 'planned', start: `${last}-01` },
      { ...event, id: 'range', start: '2025-05', end: '2025-05-02' },
    ];
    const result = parseDataset(file([...bad, ...fine]));
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['first', 'range', 'planned']);
    expect(result.ok && result.skipped.map((s) => s.reason)).toEqual([
      `"start" is not between 2014 and ${last}`,
      `"start" is not between 2014 and ${last}`,
      `"start" is not between 2014 and ${last}`,
      '"end" is before "start"',
      `"announced" is not between 2014 and ${last}`,
      '"statusChange" has the wrong shape',
      'a source lacks url, title or publisher, or has a field of the wrong type',
      '"exchange" has the wrong shape',
      '"exchange" has the wrong shape',
      '"title" is longer than 10,000 characters',
    ]);
  });

  it('keeps only the names of parties and tracks that are text; a code finds nothing else', () => {
    const result = parseDataset({
      ...file([event]),
      vocabulary: {
        parties: { UA: { name: 'Ukraine' }, RU: { name: { nested: true } }, XX: 'x' },
        tracks: {
          talks: { name: 'Talks', order: 0 },
          odd: { name: { x: 1 }, order: 'first' },
          late: { name: 'Late', order: 'z' },
        },
      },
    });
    if (!result.ok) throw new Error(result.reason);
    const { parties, tracks } = result.dataset.vocabulary;
    expect(Object.keys(parties)).toEqual(['UA']);
    expect(Object.keys(tracks)).toEqual(['talks']);
    expect(parties['constructor']).toBeUndefined();
    expect(tracks['toString']).toBeUndefined();
  });
});
