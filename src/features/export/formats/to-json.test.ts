import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../lib/data/dataset';
import { parseDataset } from '../../../lib/data/parse-dataset';
import { WITHHELD_ADDRESS } from '../../../lib/safe-url';
import { holdsScript, scriptAddresses } from './script-addresses.fixture';
import { eventsToJson } from './to-json';
import { budapest, istanbul, jakarta, vocabulary } from './tricky-events.fixture';

const dataset = {
  version: '2026.11.27',
  generatedAt: '2026-11-27T20:47:27.054Z',
  vocabulary,
  events: [istanbul, budapest, jakarta],
};

describe('eventsToJson', () => {
  it('writes the shape of data/events.json with only the given events, which the app reads back', () => {
    const text = eventsToJson([jakarta, istanbul], dataset);
    const json: unknown = JSON.parse(text);
    expect(Object.keys(json as object)).toEqual(['version', 'generatedAt', 'vocabulary', 'events']);
    expect(json).toEqual({
      version: '2026.11.27',
      generatedAt: '2026-11-27T20:47:27.054Z',
      vocabulary,
      events: [jakarta, istanbul],
    });
    const parsed = parseDataset(json);
    expect(parsed.ok && parsed.skipped).toEqual([]);
    // Read back in date order, as the app reads every file.
    expect(parsed.ok && parsed.dataset.events).toEqual([istanbul, jakarta]);
  });

  it('keeps Cyrillic, Turkish and Indonesian text, quotes and newlines exactly', () => {
    const json = JSON.parse(eventsToJson([istanbul, jakarta], dataset)) as typeof dataset;
    expect(json.events[0]?.title).toBe('Переговоры в Стамбуле, раунд 1; "первый"');
    expect(json.events[0]?.summary).toBe(istanbul.summary);
    expect(json.events[1]?.summary).toBe(jakarta.summary);
  });

  it('adds the filter description when there is one, after the version and build time', () => {
    const json = JSON.parse(
      eventsToJson([budapest], dataset, { filter: 'Status: cancelled; 2025' }),
    ) as object;
    expect(Object.keys(json)).toEqual(['version', 'generatedAt', 'filter', 'vocabulary', 'events']);
    expect(json).toMatchObject({ filter: 'Status: cancelled; 2025', events: [budapest] });
  });

  it('records the address that reopens the view, after its description', () => {
    const address = 'https://example.org/?status=cancelled&from=2025-01&to=2025-12';
    const json = JSON.parse(
      eventsToJson([budapest], dataset, { filter: 'Status: cancelled; 2025', permalink: address }),
    ) as object;
    expect(Object.keys(json)).toEqual([
      'version',
      'generatedAt',
      'filter',
      'permalink',
      'vocabulary',
      'events',
    ]);
    expect(json).toMatchObject({ version: '2026.11.27', permalink: address });
  });

  it('is pretty-printed and ends with a newline', () => {
    const text = eventsToJson([], dataset);
    expect(text).toMatch(/^\{\n {2}"version": "2026.11.27",\n/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ events: [] });
  });

  it('withholds every address the page will not link to, and leaves events without one as they are', () => {
    const text = eventsToJson([istanbul, scriptAddresses], dataset);
    expect(holdsScript(text)).toBe(false);
    const [kept, event] = (JSON.parse(text) as { events: EventRecord[] }).events;
    expect(kept).toEqual(istanbul);
    const W = WITHHELD_ADDRESS;
    expect(event!.sources.map((s) => s.url)).toEqual(['https://example.org/safe', W, W, W, W]);
    expect(event!.sources.map((s) => s.archiveUrl)).toEqual([
      W,
      'https://web.archive.org/web/2025/https://example.org/safe',
      undefined,
      undefined,
      undefined,
    ]);
    expect(event!.statusChange?.source).toBe(W);
    expect(event!.discrepancies?.[0]?.accounts.map((a) => a.source)).toEqual([W, 'https://example.org/safe']);
    // Everything else as it was.
    expect({ ...event, sources: [], statusChange: null, discrepancies: null }).toEqual({
      ...scriptAddresses,
      sources: [],
      statusChange: null,
      discrepancies: null,
    });
  });
});
