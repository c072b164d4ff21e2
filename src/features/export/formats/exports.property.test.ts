import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../lib/data/dataset';
import { eventsToCsv } from './to-csv';
import { eventsToIcs } from './to-ics';
import { eventsToJson } from './to-json';
import { vocabulary } from './tricky-events.fixture';
import { unescapeText, vevents } from './ics-test-helpers';

// Whatever an editor writes in a field, an export must give it back: the same text from CSV (bar the
// formula guard), JSON and ICS (bar the control characters RFC 5545 forbids).

/** Any Unicode text, with the characters that break writers of CSV and ICS mixed in. */
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(
        ',',
        ';',
        '"',
        "'",
        '\n',
        '\r\n',
        '\r',
        '\t',
        '\\',
        '\\n',
        ' ',
        '=',
        '+',
        '-',
        '@',
        ' | ',
      ),
      fc.constantFrom('\u0000', '\u0007', '\u2028', 'Переговоры', 'İstanbul', '🇺🇦', 'e\u0301'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const day = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** A calendar date at day, month or year precision, as event files write it. */
const partialDate = fc.tuple(day, fc.constantFrom(10, 10, 7, 4)).map(([d, n]) => d.slice(0, n));

const source = fc.record(
  {
    url: fc.webUrl(),
    title: text,
    publisher: text,
    language: fc.constantFrom('en', 'uk', 'ru', 'tr', 'id'),
    published: day,
    archiveUrl: fc.webUrl(),
  },
  { requiredKeys: ['url', 'title', 'publisher', 'language'] },
);

const party = fc.constantFrom(...Object.keys(vocabulary.parties), 'XX');

const eventId = fc
  .tuple(partialDate, fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/))
  .map(([date, slug]) => `${date}-${slug}`);

/** A valid event with random text in every text field; optional fields present or absent. */
const event: fc.Arbitrary<EventRecord> = fc
  .record(
    {
      slug: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/),
      title: text,
      summary: text,
      kind: fc.constantFrom(
        'negotiation-round',
        'summit',
        'meeting',
        'call',
        'agreement',
        'prisoner-exchange',
        'statement',
      ),
      status: fc.constantFrom('held', 'planned', 'postponed', 'cancelled'),
      track: fc.constantFrom('russia-ukraine', 'us-russia'),
      start: partialDate,
      end: day,
      dateNote: text,
      announced: partialDate,
      location: fc.record(
        { place: text, venue: text, country: party },
        { requiredKeys: ['place', 'country'] },
      ),
      parties: fc.array(party, { minLength: 1, maxLength: 4 }),
      participants: fc.array(fc.record({ name: text, role: text, party }), { maxLength: 3 }),
      outcomes: fc.array(text, { maxLength: 3 }),
      statusChange: fc.record({ date: partialDate, reason: text, source: fc.webUrl() }),
      exchange: fc.record(
        { toUkraine: fc.nat(5000), toRussia: fc.nat(5000), note: text },
        { requiredKeys: [] },
      ),
      discrepancies: fc.array(
        fc.record({
          topic: text,
          accounts: fc.array(fc.record({ claim: text, source: fc.webUrl() }), { minLength: 2, maxLength: 3 }),
        }),
        { maxLength: 2 },
      ),
      related: fc.array(
        fc.record({ id: eventId, relation: fc.constantFrom('follows', 'part-of', 'led-to', 'see-also') }),
        { maxLength: 3 },
      ),
      sources: fc.array(source, { minLength: 1, maxLength: 3 }),
      tags: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 3 }),
      formerIds: fc.array(eventId, { maxLength: 2 }),
    },
    {
      requiredKeys: ['slug', 'title', 'summary', 'kind', 'status', 'track', 'start', 'parties', 'sources'],
    },
  )
  .map(({ slug, end, ...fields }) => ({
    ...fields,
    id: `${fields.start}-${slug}`,
    // An end is only ever at the start's precision and never before it.
    ...(end !== undefined && fields.start.length === 10 && end >= fields.start ? { end } : {}),
  })) as fc.Arbitrary<EventRecord>;

const events = fc.uniqueArray(event, { minLength: 1, maxLength: 5, selector: (e) => e.id });

// The same rule as to-csv.ts: a cell a spreadsheet would run as a formula gets an apostrophe.
/** A list of free text as the CSV writes it: a bar inside an item is a broken bar, so that the cell splits. */
const textList = (items: string[]) => items.map((t) => t.replace(/\|/g, '¦')).join(' | ');
const guarded = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** Each account of each discrepancy, with its topic: one item of the discrepancy cells. */
const accounts = (e: EventRecord) =>
  (e.discrepancies ?? []).flatMap((d) => d.accounts.map((a) => ({ ...a, topic: d.topic })));

/** A detail some sources lack, one item per source; an empty cell when none has it. */
function perSource(
  e: EventRecord,
  detail: (s: EventRecord['sources'][number]) => string | undefined,
): string {
  const items = e.sources.map((s) => detail(s) ?? '');
  return items.some((item) => item !== '') ? items.join('; ') : '';
}

describe('CSV export', () => {
  it('gives back every field when parsed', () => {
    fc.assert(
      fc.property(events, (list) => {
        const csv = eventsToCsv(list, vocabulary);
        const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
          header: true,
          newline: '\r\n',
          skipEmptyLines: true,
        });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toHaveLength(list.length);
        list.forEach((e, i) => {
          const row = parsed.data[i]!;
          const expected: Record<string, string> = {
            id: e.id,
            start: e.start,
            end: e.end ?? '',
            title: e.title,
            kind: e.kind,
            status: e.status,
            track: e.track,
            place: e.location?.place ?? '',
            venue: e.location?.venue ?? '',
            country: e.location?.country ?? '',
            parties: e.parties.join('; '),
            participants: (e.participants ?? []).map((p) => `${p.name} (${p.role}, ${p.party})`).join('; '),
            outcomes: textList(e.outcomes ?? []),
            summary: e.summary,
            status_change_date: e.statusChange?.date ?? '',
            status_change_reason: e.statusChange?.reason ?? '',
            source_urls: e.sources.map((s) => s.url).join(' '),
            source_publishers: e.sources.map((s) => s.publisher).join('; '),
            date_note: e.dateNote ?? '',
            announced: e.announced ?? '',
            exchange_to_ukraine: e.exchange?.toUkraine?.toString() ?? '',
            exchange_to_russia: e.exchange?.toRussia?.toString() ?? '',
            exchange_note: e.exchange?.note ?? '',
            discrepancy_topics: textList(accounts(e).map((a) => a.topic)),
            discrepancy_claims: textList(accounts(e).map((a) => a.claim)),
            discrepancy_sources: accounts(e)
              .map((a) => a.source)
              .join(' '),
            related_ids: (e.related ?? []).map((r) => r.id).join('; '),
            related_relations: (e.related ?? []).map((r) => r.relation).join('; '),
            tags: (e.tags ?? []).join('; '),
            status_change_source: e.statusChange?.source ?? '',
            source_titles: textList(e.sources.map((s) => s.title)),
            source_published: perSource(e, (s) => s.published),
            source_languages: e.sources.map((s) => s.language).join('; '),
            source_archive_urls: perSource(e, (s) => s.archiveUrl),
            former_ids: (e.formerIds ?? []).join('; '),
          };
          for (const [column, value] of Object.entries(expected)) {
            expect(row[column], `${column} of ${e.id}`).toBe(guarded(value));
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON export', () => {
  it('parses back to the same events', () => {
    fc.assert(
      fc.property(events, (list) => {
        const dataset = { version: '2026.01.01', generatedAt: '2026-01-01T00:00:00.000Z', vocabulary };
        expect(JSON.parse(eventsToJson(list, dataset))).toEqual({ ...dataset, events: list });
      }),
      { numRuns: 300 },
    );
  });
});

/** What RFC 5545 text can carry: CR and CRLF become LF, other control characters go. */
const icsText = (value: string) => value.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');

const PREFIX: Record<string, string> = { cancelled: 'Cancelled: ', postponed: 'Postponed: ' };

describe('ICS export', () => {
  it('gives back SUMMARY, UID (from the first id) and DTSTART of every event dated to the day', () => {
    const stamp = new Date(Date.UTC(2026, 0, 1));
    fc.assert(
      fc.property(events, (list) => {
        const { text: ics, skipped } = eventsToIcs(list, { stamp, vocabulary });
        const byDay = list.filter((e) => e.start.length === 10);
        expect(skipped).toEqual(list.filter((e) => e.start.length !== 10));
        expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
        const entries = vevents(ics);
        expect(entries).toHaveLength(byDay.length);
        byDay.forEach((e, i) => {
          const entry = entries[i]!;
          expect(entry.get('UID')).toBe(`${e.formerIds?.[0] ?? e.id}@diplomatic-timeline`);
          expect(entry.get('DTSTART;VALUE=DATE')).toBe(e.start.replace(/-/g, ''));
          expect(unescapeText(entry.get('SUMMARY') ?? '')).toBe(icsText((PREFIX[e.status] ?? '') + e.title));
        });
      }),
      { numRuns: 300 },
    );
  });
});
