import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, eventsToCsv } from './to-csv';
import {
  budapest,
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
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
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
    expect(eventsToCsv([], vocabulary, { permalink })).toBe(
      `\uFEFF${[...CSV_COLUMNS, 'permalink'].join(',')}\r\n`,
    );
  });
});
