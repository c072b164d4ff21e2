import { describe, expect, it, vi } from 'vitest';
import { generateEvents } from '../../../../scripts/lib/synthetic/generate-events';
import { inParts, inSlices } from './slices';
import { eventsToCsv, eventsToCsvInSlices } from './to-csv';
import { eventsToIcs, eventsToIcsInSlices } from './to-ics';
import { eventsToJson, eventsToJsonInSlices } from './to-json';
import { trickyEvents, vocabulary } from './tricky-events.fixture';

describe('inSlices', () => {
  it('pauses each time the budget is spent, and gives every value in order', async () => {
    // Each value costs 15 ms of a fake clock: with a budget of 40 ms the work pauses after every third.
    let clock = 0;
    const work = function* () {
      for (let i = 0; i < 10; i++) {
        clock += 15;
        yield i;
      }
    };
    const log: string[] = [];
    const values = await inSlices(
      (function* () {
        for (const v of work()) {
          log.push(String(v));
          yield v;
        }
      })(),
      async () => void log.push('pause'),
      40,
      () => clock,
    );
    expect(values).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log.join(' ')).toBe('0 1 2 pause 3 4 5 pause 6 7 8 pause 9');
  });

  it('cuts the items into parts of at most the size given', () => {
    expect([...inParts([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...inParts([], 2)]).toEqual([]);
  });
});

describe('exports written in slices', () => {
  // More than one part of events (200 each), the tricky ones among them, so that a slice's seams show.
  const events = [
    ...trickyEvents,
    ...generateEvents(450, 5),
    ...trickyEvents.map((e) => ({ ...e, id: `${e.id}-2` })),
  ];
  const dataset = { version: '2026.11.29', generatedAt: '2026-11-29T00:00:00.000Z', vocabulary };
  const permalink = (id: string) => `https://example.org/timeline/?event=${id}`;
  const stamp = new Date(Date.UTC(2026, 10, 29, 12, 0, 0));
  // The pieces are those of the parts whatever the pauses: a pause that does nothing shows every seam.
  const pause = async () => {};

  /** The file's bytes, and the text's as UTF-8. */
  const bytes = async (file: Blob) => Buffer.from(await file.arrayBuffer());
  const utf8 = (text: string) => Buffer.from(text, 'utf8');

  it('give the file the whole export gives, byte for byte', async () => {
    for (const list of [events, events.slice(0, 1), []]) {
      const csvOptions = { permalink, datasetVersion: 'v' };
      const csv = await eventsToCsvInSlices(list, vocabulary, csvOptions, pause);
      expect((await bytes(csv)).equals(utf8(eventsToCsv(list, vocabulary, csvOptions)))).toBe(true);
      expect(csv.type).toBe('text/csv;charset=utf-8');
      const options = { filter: 'Kind: Summit', permalink: 'https://example.org/timeline/?kind=summit' };
      const json = await eventsToJsonInSlices(list, dataset, options, pause);
      expect((await bytes(json)).equals(utf8(eventsToJson(list, dataset, options)))).toBe(true);
      const icsOptions = {
        stamp,
        permalink,
        vocabulary,
        datasetVersion: 'v',
        view: { description: 'x', address: 'https://e.org/' },
      };
      const ics = await eventsToIcsInSlices(list, icsOptions, pause);
      const whole = eventsToIcs(list, icsOptions);
      expect((await bytes(ics.file)).equals(utf8(whole.text))).toBe(true);
      expect(ics.skipped).toEqual(whole.skipped);
    }
    // The JSON is still the dataset's shape, the events in their order.
    const parsed = JSON.parse(await (await eventsToJsonInSlices(events, dataset, {}, pause)).text()) as {
      events: { id: string }[];
    };
    expect(parsed.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('write each fragment into the file as it comes: no text of the whole file is encoded at once', async () => {
    // Made from the whole text, the Blob of the JSON of 50,000 events was one task of over half a second.
    const longest: number[] = [];
    const Real = globalThis.Blob;
    class Watched extends Real {
      constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        longest.push(Math.max(0, ...(parts ?? []).map((p) => (typeof p === 'string' ? p.length : 0))));
      }
    }
    vi.stubGlobal('Blob', Watched);
    try {
      const whole = eventsToJson(events, dataset, {});
      const file = await eventsToJsonInSlices(events, dataset, {}, pause);
      expect(file.size).toBe(utf8(whole).length);
      expect(Math.max(...longest)).toBeLessThan(whole.length / 2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
