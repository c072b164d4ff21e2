import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../lib/data/dataset';
import { WITHHELD_ADDRESS } from '../../../lib/safe-url';
import { holdsScript, scriptAddresses } from './script-addresses.fixture';
import { CSV_COLUMNS, csvColumns, eventsToCsv } from './to-csv';
import {
  budapest,
  exchange,
  formula,
  istanbul,
  jakarta,
  trickyEvents,
  vocabulary,
  yearOnly,
} from './tricky-events.fixture';

const permalink = (id: string) => `https://example.org/timeline/#/event/${encodeURIComponent(id)}`;

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('eventsToCsv', () => {
  it('starts with a BOM and a header, and ends every record with CRLF', () => {
    const csv = eventsToCsv(trickyEvents, vocabulary);
    expect(csv.slice(0, 4)).toBe('\uFEFFid,');
    expect(csv.slice(1).split('\r\n')[0]).toBe(csvColumns(false).join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.endsWith('\r\n\r\n')).toBe(false);
    // Outside quoted cells every line break is CRLF: removing the quoted cells leaves no bare LF or CR.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n|\r[^\n]/);
  });

  it('round-trips every field of an event with Cyrillic, Turkish, quotes, commas, semicolons and newlines', () => {
    const rows = parse(eventsToCsv([istanbul], vocabulary, { permalink }));
    expect(rows).toEqual([
      {
        id: '2025-05-16-istanbul-talks-round-1',
        start: '2025-05-16',
        end: '',
        date_precision: 'day',
        title: 'Переговоры в Стамбуле, раунд 1; "первый"',
        kind: 'negotiation-round',
        status: 'held',
        track: 'russia-ukraine',
        place: 'İstanbul',
        venue: 'Dolmabahçe Sarayı',
        country: 'TR',
        parties: 'RU; UA; TR',
        party_names: 'Russia; Ukraine; Türkiye',
        participants:
          "Vladimir Medinsky (Head of Russia's delegation, presidential aide, RU); İbrahim Kalın (Head of MİT, TR)",
        outcomes: 'Agreed a 1,000-for-1,000 prisoner exchange | Each side to write "its vision"; later',
        summary: istanbul.summary,
        status_change_date: '',
        status_change_reason: '',
        source_urls:
          'https://www.hurriyetdailynews.com/istanbul-talks-209262 https://censor.net/ru/news/3552673/peregovory-v-stambule',
        source_publishers: 'Hürriyet Daily News; Цензор.НЕТ',
        permalink: 'https://example.org/timeline/#/event/2025-05-16-istanbul-talks-round-1',
        date_note: '',
        announced: '',
        exchange_to_ukraine: '',
        exchange_to_russia: '',
        exchange_note: '',
        discrepancy_topics: '',
        discrepancy_claims: '',
        discrepancy_sources: '',
        related_ids: '',
        related_relations: '',
        tags: '',
        status_change_source: '',
        source_titles: 'T | T',
        source_published: '',
        source_languages: 'en; ru',
        source_archive_urls: '',
        former_ids: '',
      },
    ]);
  });

  it('keeps month and year precision, ranges and status changes as written', () => {
    const rows = parse(eventsToCsv([budapest, yearOnly, jakarta], vocabulary));
    expect(rows.map((r) => [r.id, r.start, r.end, r.date_precision])).toEqual([
      ['2025-10-budapest-summit', '2025-10', '', 'month'],
      ['2024-black-sea-contacts', '2024', '', 'year'],
      ['2025-12-30-pertemuan-jakarta', '2025-12-30', '2026-01-02', 'day'],
    ]);
    expect(rows[0]).toMatchObject({
      status: 'cancelled',
      status_change_date: '2025-10-22',
      status_change_reason: 'It "did not feel right"; no date, no venue, no agenda.',
      status_change_source: 'https://example.org/b',
      venue: '',
      participants: '',
      outcomes: '',
      source_publishers: 'People’s Daily (Xinhua)',
    });
    expect(rows[2]?.summary).toBe(jakarta.summary);
    expect(rows[2]?.party_names).toBe('Indonesia; Russia; Ukraine');
    expect(Object.keys(rows[0] ?? {})).not.toContain('permalink');
  });

  it('puts an apostrophe before cells a spreadsheet would run as formulas, and only those', () => {
    const [row] = parse(eventsToCsv([formula], vocabulary));
    expect(row?.title).toBe(`'${formula.title}`);
    // Papa's own pattern misses this one: the cell goes on after a newline.
    expect(row?.summary).toBe(`'${formula.summary}`);
    expect(row?.outcomes).toBe("'-5 on the list | +3 later");
    expect(row?.id).toBe(formula.id);
    expect(row?.end).toBe('2025-06-02');
  });

  it('guards a cell that starts with a tab or a carriage return', () => {
    const [row] = parse(eventsToCsv([{ ...formula, title: '\t=1+1', summary: '\r=1+1' }], vocabulary));
    expect(row?.title).toBe("'\t=1+1");
    expect(row?.summary).toBe("'\r=1+1");
  });

  it('names an unknown party by its code rather than dropping it', () => {
    const [row] = parse(eventsToCsv([{ ...yearOnly, parties: ['RU', 'XX'] }], vocabulary));
    expect(row?.party_names).toBe('Russia; XX');
  });

  it('writes the header alone for no events', () => {
    expect(eventsToCsv([], vocabulary, { permalink })).toBe(`\uFEFF${csvColumns(true).join(',')}\r\n`);
  });

  it('keeps the columns of earlier files, permalink included, at their positions, and adds the rest after', () => {
    const header = (options: { permalink?: typeof permalink }) =>
      eventsToCsv([], vocabulary, options).slice(1, -2).split(',');
    const earlier =
      'id,start,end,date_precision,title,kind,status,track,place,venue,country,parties,party_names,' +
      'participants,outcomes,summary,status_change_date,status_change_reason,source_urls,source_publishers';
    const later =
      'date_note,announced,exchange_to_ukraine,exchange_to_russia,exchange_note,discrepancy_topics,' +
      'discrepancy_claims,discrepancy_sources,related_ids,related_relations,tags,status_change_source,' +
      'source_titles,source_published,source_languages,source_archive_urls,former_ids';
    expect(header({ permalink })).toEqual([...earlier.split(','), 'permalink', ...later.split(',')]);
    expect(header({})).toEqual([...earlier.split(','), ...later.split(',')]);
    expect(CSV_COLUMNS.join(',')).toBe(earlier);
  });

  it('records the dataset version on every row, in a last column that moves no other', () => {
    const csv = eventsToCsv([istanbul, budapest], vocabulary, { permalink, datasetVersion: '2026.11.27.2' });
    expect(csv.slice(1).split('\r\n')[0]).toBe([...csvColumns(true), 'dataset_version'].join(','));
    const rows = parse(csv);
    expect(rows.map((r) => r.dataset_version)).toEqual(['2026.11.27.2', '2026.11.27.2']);
    expect(rows.map((r) => r.permalink)).toEqual([permalink(istanbul.id), permalink(budapest.id)]);
  });

  it('gives the figures of a prisoner exchange as numbers in their own columns', () => {
    const csv = eventsToCsv([exchange], vocabulary, { permalink });
    const [header, cells] = Papa.parse<(string | number)[]>(csv.slice(1), {
      newline: '\r\n',
      skipEmptyLines: true,
      dynamicTyping: true,
    }).data;
    // Read by position, as a spreadsheet formula or a script would.
    expect(cells?.[header!.indexOf('exchange_to_ukraine')]).toBe(115);
    expect(cells?.[header!.indexOf('exchange_to_russia')]).toBe(115);
    const [row] = parse(csv);
    expect(row).toMatchObject({
      exchange_to_ukraine: '115',
      exchange_to_russia: '115',
      exchange_note: exchange.exchange?.note,
      date_note: exchange.dateNote,
      announced: '2024-08-23',
      tags: 'prisoner-exchange; uae-mediation; kursk',
      party_names: 'Ukraine; Russia; United Arab Emirates',
    });
  });

  it('writes 0 as 0, and leaves a figure the sources do not give empty', () => {
    const rows = parse(
      eventsToCsv(
        [
          { ...exchange, exchange: { toUkraine: 12, toRussia: 0 } },
          { ...exchange, exchange: { toUkraine: 4, note: 'Children returned' } },
          yearOnly,
        ],
        vocabulary,
      ),
    );
    expect(rows.map((r) => [r.exchange_to_ukraine, r.exchange_to_russia, r.exchange_note])).toEqual([
      ['12', '0', ''],
      ['4', '', 'Children returned'],
      ['', '', ''],
    ]);
  });

  it('gives every account of a discrepancy, with its topic and source, in parallel lists', () => {
    const [row] = parse(eventsToCsv([exchange], vocabulary));
    expect(row?.discrepancy_topics).toBe(
      'Number released | Number released | Date, by time zone | Date, by time zone',
    );
    const topics = row!.discrepancy_topics!.split(' | ');
    const claims = row!.discrepancy_claims!.split(' | ');
    const sources = row!.discrepancy_sources!.split(' ');
    expect(claims).toHaveLength(topics.length);
    expect(sources).toHaveLength(topics.length);
    // Grouped back by topic, the cells give the event's discrepancies as written.
    const rebuilt: { topic: string; accounts: { claim: string; source: string }[] }[] = [];
    topics.forEach((topic, i) => {
      if (rebuilt.at(-1)?.topic !== topic) rebuilt.push({ topic, accounts: [] });
      rebuilt.at(-1)!.accounts.push({ claim: claims[i]!, source: sources[i]! });
    });
    expect(rebuilt).toEqual(exchange.discrepancies);
  });

  it('gives related events as ids with their relations, the n-th relation for the n-th id', () => {
    const [row] = parse(eventsToCsv([exchange], vocabulary));
    expect(row?.related_ids).toBe(
      '2024-06-25-prisoner-exchange-90-for-90; 2024-09-14-prisoner-exchange-103-for-103',
    );
    expect(row?.related_relations).toBe('follows; see-also');
  });

  it("gives each source's headline, date, language and archived copy, the n-th item for the n-th address", () => {
    const [row] = parse(eventsToCsv([exchange], vocabulary));
    const separators = {
      source_urls: ' ',
      source_titles: ' | ',
      source_published: '; ',
      source_languages: '; ',
      source_archive_urls: '; ',
    };
    const lists = Object.entries(separators).map(([column, separator]) => row![column]!.split(separator));
    for (const items of lists) expect(items).toHaveLength(exchange.sources.length);
    expect(exchange.sources.map((_, i) => lists.map((items) => items[i]))).toEqual([
      ['https://example.org/kyiv', 'Додому повернулися 115 захисників', '', 'uk', ''],
      [
        'https://example.org/moscow',
        'Обмен: 115 на 115; посредник — ОАЭ',
        '2024-08-24',
        'ru',
        'https://web.archive.org/web/2024/https://example.org/moscow',
      ],
      ['https://example.org/asia?a=1;b=2', 'T', '2024-08-25', 'en', ''],
    ]);
    expect(row?.former_ids).toBe('2024-08-24-prisoner-exchange; 2024-08-24-uae-swap');
  });

  it('splits every list of free text into exactly its items, even where an item holds a bar', () => {
    // As in the data: "Here are the highlights of PM Modi's meeting with Zelensky in Ukraine | India News".
    const barred: EventRecord = {
      ...exchange,
      outcomes: ['Agreed | signed', 'Next round'],
      sources: [{ ...exchange.sources[0], title: 'Highlights | India News' }, ...exchange.sources.slice(1)],
      discrepancies: [
        {
          topic: 'Count | by side',
          accounts: [
            { claim: 'One|two', source: 'https://example.org/kyiv' },
            { claim: 'Three', source: 'https://example.org/moscow' },
          ],
        },
      ],
    };
    const [row] = parse(eventsToCsv([barred], vocabulary));
    const titles = row!.source_titles!.split(' | ');
    expect(titles).toHaveLength(barred.sources.length);
    expect(titles[0]).toBe('Highlights ¦ India News');
    expect(row!.outcomes!.split(' | ')).toEqual(['Agreed ¦ signed', 'Next round']);
    expect(row!.discrepancy_topics!.split(' | ')).toEqual(['Count ¦ by side', 'Count ¦ by side']);
    expect(row!.discrepancy_claims!.split(' | ')).toEqual(['One¦two', 'Three']);
  });

  it('guards the new text cells against formulas too, but not the figures', () => {
    const [row] = parse(
      eventsToCsv(
        [
          {
            ...exchange,
            dateNote: '+1 day in Asia',
            exchange: { toUkraine: 5, toRussia: 5, note: '@mediator' },
            discrepancies: [
              {
                topic: '=1+1',
                accounts: [
                  { claim: '-5 on one list', source: 'https://example.org/kyiv' },
                  { claim: 'five', source: 'https://example.org/moscow' },
                ],
              },
            ],
          },
        ],
        vocabulary,
      ),
    );
    expect(row).toMatchObject({
      date_note: "'+1 day in Asia",
      exchange_note: "'@mediator",
      discrepancy_topics: "'=1+1 | =1+1",
      discrepancy_claims: "'-5 on one list | five",
      exchange_to_ukraine: '5',
    });
  });

  it('withholds every address the page will not link to, keeping each list item in its place', () => {
    const csv = eventsToCsv([scriptAddresses], vocabulary, { permalink });
    expect(holdsScript(csv)).toBe(false);
    const [row] = parse(csv);
    const W = WITHHELD_ADDRESS;
    expect(row!.source_urls!.split(' ')).toEqual(['https://example.org/safe', W, W, W, W]);
    expect(row!.source_publishers).toBe('Example; Publisher 1; Publisher 2; Publisher 3; Publisher 4');
    expect(row!.source_archive_urls!.split('; ')).toEqual([
      W,
      'https://web.archive.org/web/2025/https://example.org/safe',
      '',
      '',
      '',
    ]);
    expect(row!.status_change_source).toBe(W);
    expect(row!.discrepancy_sources!.split(' ')).toEqual([W, 'https://example.org/safe']);
  });
});
